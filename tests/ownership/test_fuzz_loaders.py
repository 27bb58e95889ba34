"""Every register loader, fed damaged copies of the fixtures, has two outcomes only: the file is
loaded, or the project's own error names it and nothing of it is left in the registry (all or
nothing). The damage is what real downloads suffer: a cut anywhere, a stray byte, a line
repeated, a value of the wrong type, a column renamed."""

from __future__ import annotations

import itertools
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counterlink.errors import CounterlinkError
from counterlink.ownership.load import load_file
from counterlink.ownership.registry import Registry, file_sha256

FIXTURES = Path(__file__).parent / "fixtures"
NAMES = [
    "psc-snapshot.jsonl",
    "basic-company-data.csv",
    "bods-state-chain.json",
    "targets.simple.csv",
    "entities.ftm.json",
]
EXAMPLES = int(os.environ.get("COUNTERLINK_FUZZ_EXAMPLES", "60"))
fuzz = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
_counter = itertools.count()
_ODD = ["", "null", "[]", "{}", "-1", "1e999", '"x"', "true", "\u0000", "\ufeff", "31/02/2020"]


@pytest.fixture(scope="module")
def registry() -> Iterator[Registry]:
    with (
        tempfile.TemporaryDirectory(prefix="counterlink-registers-fuzz-") as name,
        Registry(Path(name) / "registry.duckdb") as reg,
    ):
        yield reg


def _damage_json_values(text: str, draw: st.DrawFn) -> str:
    # Replace one value of one JSON line with an odd one, keeping the line valid JSON.
    lines = text.splitlines()
    index = draw(st.integers(0, len(lines) - 1))
    try:
        record = json.loads(lines[index])
    except json.JSONDecodeError:
        return text
    target = record.get("data", record) if isinstance(record, dict) else record
    if isinstance(target, dict) and target:
        key = draw(st.sampled_from(sorted(target)))
        target[key] = json.loads(draw(st.sampled_from(["null", "[]", "{}", "-1", '"x"'])))
        lines[index] = json.dumps(record)
    return "\n".join(lines) + "\n"


@st.composite
def damaged(draw: st.DrawFn) -> tuple[str, bytes]:
    name = draw(st.sampled_from(NAMES))
    text = (FIXTURES / name).read_text("utf-8")
    how = draw(st.sampled_from(["cut", "byte", "repeat", "value", "cell", "header"]))
    if how == "cut":
        raw = text.encode("utf-8")
        return name, raw[: draw(st.integers(0, len(raw)))]
    if how == "byte":
        raw = bytearray(text.encode("utf-8"))
        at = draw(st.integers(0, len(raw)))
        raw[at:at] = draw(st.binary(min_size=1, max_size=3))
        return name, bytes(raw)
    lines = text.splitlines()
    if how == "repeat":
        at = draw(st.integers(0, len(lines) - 1))
        lines.insert(at, lines[draw(st.integers(0, len(lines) - 1))])
        return name, ("\n".join(lines) + "\n").encode("utf-8")
    if how == "value" and name.endswith((".jsonl", ".json")):
        return name, _damage_json_values(text, draw).encode("utf-8")
    if name.endswith(".csv"):
        row = draw(st.integers(0 if how == "header" else 1, len(lines) - 1))
        cells = lines[row].split(",")
        cell = draw(st.integers(0, len(cells) - 1))
        cells[cell] = draw(st.sampled_from(_ODD)) if how == "cell" else "renamed"
        lines[row] = ",".join(cells)
        return name, ("\n".join(lines) + "\n").encode("utf-8")
    return name, text.encode("utf-8")


@fuzz
@given(case=damaged())
def test_a_damaged_register_is_loaded_or_refused_whole(
    registry: Registry, case: tuple[str, bytes]
) -> None:
    name, data = case
    folder = registry.path.parent / f"case-{next(_counter)}"
    folder.mkdir()
    path = folder / name
    path.write_bytes(data)
    try:
        result = load_file(registry, path)
    except CounterlinkError as exc:
        assert path.name in str(exc) or (exc.file and path.name in exc.file), exc
        assert registry.loaded(file_sha256(path)) is None, "a refused file left a record"
        return
    assert result.file.records >= 0


@pytest.mark.parametrize(
    "line",
    [
        {"id": "x", "schema": ["Company"], "properties": {"name": ["A"]}},
        {"id": "x", "schema": "Company", "properties": {"name": ["A"]}, "datasets": {"a": 1}},
    ],
)
def test_found_by_fuzzing_an_ftm_line_of_the_wrong_shape_is_refused_or_read(
    registry: Registry, line: dict[str, object]
) -> None:
    # Once a TypeError (a list as the schema) and a KeyError (datasets as an object).
    path = registry.path.parent / f"ftm-{next(_counter)}.json"
    path.write_text(json.dumps(line) + "\n", "utf-8")
    try:
        load_file(registry, path)
    except CounterlinkError as exc:
        assert exc.file and path.name in exc.file
        assert exc.field == "schema"
