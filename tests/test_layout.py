"""The package reads as its architecture (docs/architecture.md): no import cycles between modules
or between top-level parts, small modules, a short package root, and layers that import
downwards only."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.importgraph import SRC, cycles, example_path, import_graph, part_graph

MAX_LINES = 800
MAX_ROOT_MODULES = 12

GRAPH = import_graph()


def _reachable(start: str) -> set[str]:
    seen: set[str] = set()
    todo = [start]
    while todo:
        for target in GRAPH[todo.pop()]:
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


def test_the_graph_reader_sees_function_local_imports() -> None:
    # cli/check.py imports the assessor inside the command, to start fast.
    assert "counterlink.assess" in GRAPH["counterlink.cli.check"]


def test_no_import_cycle_between_modules() -> None:
    found = [" -> ".join(example_path(GRAPH, c)) for c in cycles(GRAPH)]
    assert found == [], "import cycles:\n" + "\n".join(found)


def test_no_import_cycle_between_top_level_parts() -> None:
    parts = part_graph(GRAPH)
    found = [" -> ".join(example_path(parts, c)) for c in cycles(parts)]
    assert found == [], "cycles between parts of counterlink:\n" + "\n".join(found)


def test_no_module_is_too_long_to_read_at_once() -> None:
    long = {
        str(path.relative_to(SRC)): n
        for path in SRC.rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_the_package_root_stays_short() -> None:
    root = sorted(p.name for p in SRC.glob("*.py"))
    assert len(root) <= MAX_ROOT_MODULES, root
    assert not [name for name in root if name.startswith("cli_")]


# The layers of docs/architecture.md, bottom to top: a part imports only parts of lower layers
# (the front ends, on top, may also import each other: `counterlink serve` starts the web app).
LAYERS: list[list[str]] = [
    ["schema", "errors", "parallel"],
    ["jsonschema", "ingest", "model", "advice", "report"],
    ["sensitive"],
    ["textmodel"],
    # Below signals: the employer detector (signals/employer.py) reads the registers.
    ["ownership"],
    ["signals"],
    ["campaigns", "synth"],
    ["share"],
    ["watchlist"],
    ["assess"],
    ["learn"],
    ["store"],
    ["batch", "cli", "web"],
]


def test_every_part_has_a_layer() -> None:
    parts = set(part_graph(GRAPH)) - {"__init__"}
    placed = {p for layer in LAYERS for p in layer}
    assert parts == placed


def test_parts_import_only_lower_layers() -> None:
    rank = {part: i for i, layer in enumerate(LAYERS) for part in layer}
    top = len(LAYERS) - 1
    upward = sorted(
        (source, target)
        for source, targets in part_graph(GRAPH).items()
        for target in targets
        if source in rank
        and target in rank
        and rank[target] >= rank[source]
        and not rank[source] == rank[target] == top
    )
    assert upward == []


# (importer, must never reach): the layering of docs/architecture.md, checked transitively.
FORBIDDEN = [
    ("counterlink.learn.evaluate", "counterlink.learn.train"),
    ("counterlink.learn.sensitive", "counterlink.learn.evaluate"),
    ("counterlink.assess", "counterlink.learn"),
    ("counterlink.signals.registry", "counterlink.learn"),
    ("counterlink.campaigns", "counterlink.synth"),
    ("counterlink.share", "counterlink.store"),
    ("counterlink.share", "counterlink.watchlist"),
]


@pytest.mark.parametrize(("importer", "forbidden"), FORBIDDEN)
def test_layers_import_downwards(importer: str, forbidden: str) -> None:
    starts = [m for m in GRAPH if m == importer or m.startswith(importer + ".")]
    assert starts, f"{importer} does not exist"
    reached = set().union(*(_reachable(m) for m in starts))
    bad = sorted(m for m in reached if m == forbidden or m.startswith(forbidden + "."))
    assert bad == [], f"{importer} reaches {bad}"


@pytest.mark.parametrize("part", ["cli", "web", "batch"])
def test_no_core_part_imports_a_front_end(part: str) -> None:
    front = f"counterlink.{part}"
    bad = sorted(
        (source, target)
        for source, targets in GRAPH.items()
        for target in targets
        if (target == front or target.startswith(front + "."))
        and not source.startswith(("counterlink.cli", "counterlink.web", "counterlink.batch"))
    )
    assert bad == []


def test_checking_an_approach_loads_no_fitting_code() -> None:
    code = (
        "import sys\n"
        "from counterlink.assess import Assessor\n"
        "from counterlink.ingest.text import approach_from_text\n"
        "Assessor().assess(approach_from_text('Add me on WhatsApp, I pay per report.', "
        "source='t'))\n"
        "print(sorted(m for m in sys.modules if m.startswith(('sklearn', 'counterlink.learn'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
