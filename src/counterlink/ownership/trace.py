"""The three lenses on each owner of a traced graph (OWNERSHIP.md §6–7).

1. Look-through share: over every simple path from the company up to the owner, the product of
   the edge intervals; the paths' products added, capped at 1. Cycles are cut (a path never
   revisits a node) and reported.
2. Majority-chain attribution (OFAC FAQ 401, BIS Affiliates Rule, EU best practices): a
   three-valued fixpoint. The seeds are "yes"; an entity is "yes" when its "yes" owners together
   certainly hold ≥ 50 %, "maybe" when its "yes"/"maybe" owners could, and then its whole stake
   counts upward (the cascade). Ownership only: control edges count as unknown shares.
3. Control (Companies Act 2006 Sch 1A, UK OFSI): one owner controls an entity it holds more
   than 50 % of the votes in (shares stand in when votes are not given), whose board it may
   appoint, or over which it has significant influence, directly or through entities it
   controls; no pooling across owners. A product of percentages alone never gives control.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from counterlink.ownership.graph import Edge, Graph
from counterlink.ownership.interval import UNKNOWN, ZERO, Interval

MAX_PATHS = 1000


@dataclass(frozen=True)
class Lenses:
    share: Interval
    majority: str  # yes | maybe | no
    controls: bool
    paths: list[list[str]]
    paths_capped: bool


def edge_paths(graph: Graph) -> tuple[dict[str, list[list[Edge]]], list[list[str]], bool]:
    """Every simple path (as edges, company first) to each owner; the cycles met; capped?"""
    by_asset: dict[str, list[Edge]] = {}
    for edge in graph.edges:
        by_asset.setdefault(edge.asset, []).append(edge)
    found: dict[str, list[list[Edge]]] = {}
    cycles: list[list[str]] = []
    total = 0
    capped = False
    stack: list[tuple[str, list[Edge], list[str]]] = [(graph.target, [], [graph.target])]
    while stack:
        node, path, on_path = stack.pop()
        for edge in by_asset.get(node, []):
            if edge.owner in on_path:
                cycle = [*on_path[on_path.index(edge.owner) :], edge.owner]
                if not any(set(cycle) == set(c) for c in cycles):
                    cycles.append(cycle)
                continue
            total += 1
            if total > MAX_PATHS:
                capped = True
                continue
            new = [*path, edge]
            found.setdefault(edge.owner, []).append(new)
            stack.append((edge.owner, new, [*on_path, edge.owner]))
    return found, cycles, capped


def look_through(paths: Iterable[list[Edge]]) -> Interval:
    total = ZERO
    for path in paths:
        product = Interval(1.0, 1.0)
        for edge in path:
            product = product * edge.share
        total = total + product
    return total


def majority(graph: Graph, seeds: set[str]) -> dict[str, str]:
    """The attribution of every node to the seeds together: yes / maybe / no."""
    rank = {"no": 0, "maybe": 1, "yes": 2}
    status = {node: ("yes" if node in seeds else "no") for node in graph.nodes}
    changed = True
    while changed:
        changed = False
        for node in graph.nodes:
            if node in seeds:
                continue
            sure, possible = ZERO, ZERO
            for edge in graph.owners_of(node):
                if status[edge.owner] == "yes":
                    sure = sure + edge.share
                if status[edge.owner] != "no":
                    possible = possible + edge.share
            new = "yes" if sure.at_least_half() else "maybe" if possible.may_reach_half() else "no"
            if rank[new] > rank[status[node]]:  # monotone: terminates on cycles
                status[node] = new
                changed = True
    return status


def controlled_by(graph: Graph, owner: str) -> set[str]:
    """Every node ``owner`` controls, itself included (fixpoint, so cycles terminate)."""
    controlled = {owner}
    changed = True
    while changed:
        changed = False
        for node in graph.nodes:
            if node in controlled:
                continue
            votes = ZERO
            for edge in graph.owners_of(node):
                if edge.owner not in controlled:
                    continue
                if edge.appoint or edge.influence:
                    votes = Interval(1.0, 1.0)
                    break
                got = edge.votes or (edge.share if edge.share != UNKNOWN else ZERO)
                votes = votes + got
            if votes.more_than_half():
                controlled.add(node)
                changed = True
    return controlled


def lenses(graph: Graph) -> tuple[dict[str, Lenses], list[list[str]]]:
    """Lenses of every owner of the target, and the cycles cut."""
    paths, cycles, capped = edge_paths(graph)
    result: dict[str, Lenses] = {}
    for owner, owner_paths in paths.items():
        attribution = majority(graph, {owner})[graph.target]
        node_paths = [[graph.target, *(e.owner for e in p)] for p in owner_paths]
        unique = list(dict.fromkeys(tuple(p) for p in node_paths))
        result[owner] = Lenses(
            share=look_through(owner_paths),
            majority=attribution,
            controls=graph.target in controlled_by(graph, owner),
            paths=[list(p) for p in unique],
            paths_capped=capped,
        )
    return result, cycles
