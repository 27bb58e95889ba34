"""Read the import graph of ``src/counterlink`` from the source, without importing it.

Every ``import`` statement counts, including those inside functions and ``TYPE_CHECKING``
blocks: a function-local import only hides a cycle, it does not remove it.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from pathlib import Path

PACKAGE = "counterlink"
SRC = Path(__file__).resolve().parents[1] / "src" / PACKAGE


def module_files(src: Path = SRC) -> dict[str, Path]:
    """Map each dotted module name to its file (``pkg/__init__.py`` is ``pkg``)."""
    modules: dict[str, Path] = {}
    for path in sorted(src.rglob("*.py")):
        if "migrations" in path.relative_to(src).parts:
            continue  # Alembic scripts are loaded by Alembic, not imported
        parts = [PACKAGE, *path.relative_to(src).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join(parts)] = path
    return modules


def _imported_names(module: str, path: Path) -> Iterator[tuple[str, list[str]]]:
    """``(module, names)`` for each import: ``import a.b`` is ``("a.b", [])``."""
    is_package = path.name == "__init__.py"
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, []
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                if not is_package:
                    base = base[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            yield target, [alias.name for alias in node.names]


def import_graph(src: Path = SRC) -> dict[str, set[str]]:
    """Edges from each module to the project modules it imports."""
    files = module_files(src)
    graph: dict[str, set[str]] = {name: set() for name in files}
    for name, path in files.items():
        for base, names in _imported_names(name, path):
            # `from pkg import sub` imports the module pkg.sub; `from pkg import thing`, pkg.
            submodules = {f"{base}.{n}" for n in names} & files.keys()
            targets = submodules | ({base} if len(submodules) < len(names) or not names else set())
            graph[name].update(t for t in targets if t in files and t != name)
    return graph


def part_of(module: str) -> str:
    """The top-level part a module belongs to: ``counterlink.signals.x`` -> ``signals``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def part_graph(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    parts: dict[str, set[str]] = {}
    for source, targets in graph.items():
        mine = part_of(source)
        parts.setdefault(mine, set())
        for target in targets:
            theirs = part_of(target)
            # The package's own __init__ is the root of everything, not a part that layers.
            if theirs != mine and "__init__" not in (mine, theirs):
                parts[mine].add(theirs)
    return parts


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one node (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def example_path(graph: dict[str, set[str]], component: Iterable[str]) -> list[str]:
    """One closed path through a component, to make a failure message readable."""
    members = set(component)
    start = min(members)
    path = [start]
    seen = {start}
    node = start
    while True:
        nexts = sorted(t for t in graph[node] if t in members)
        if start in nexts and len(path) > 1:
            return [*path, start]
        unseen = [t for t in nexts if t not in seen]
        if not unseen:
            return [*path, nexts[0]] if nexts else path
        node = unseen[0]
        path.append(node)
        seen.add(node)
