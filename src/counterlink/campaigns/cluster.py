"""Links → campaigns: connected components over confident links, chained giants split by
community detection, and analyst judgements respected on every recomputation.

Judgements (JSON objects, e.g. one a line in a file, or rows in the web app's database):

* ``{"action": "merge", "members": [ids]}`` (also ``"confirm"``): these belong together;
* ``{"action": "split", "groups": [[ids], [ids], ...]}``: these groups never share a campaign,
  whatever links them (directly or through others);
* ``{"action": "exclude", "members": [ids]}``: these belong to no campaign.

Judgements name approaches, never campaign ids, so they survive any recomputation.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from counterlink.campaigns.indicators import Indicators
from counterlink.campaigns.model import Campaign, Link, Shared, campaign_id
from counterlink.errors import InvalidInput

# Components larger than this are checked for chaining: split into communities where only
# weak links hold them together.
GIANT = 300
ACTIONS = ("merge", "confirm", "split", "exclude")


def validate_judgement(item: Any, where: str = "judgement") -> dict[str, Any]:
    """A judgement checked for shape; a bad one is an error naming the field."""
    if not isinstance(item, dict):
        raise InvalidInput("a judgement must be a JSON object", file=where)
    action = item.get("action")
    if action not in ACTIONS:
        raise InvalidInput(
            f"action must be one of {', '.join(ACTIONS)}", file=where, field="action"
        )
    if action == "split":
        groups = item.get("groups")
        if (
            not isinstance(groups, list)
            or len(groups) < 2
            or not all(isinstance(g, list) and all(isinstance(m, str) for m in g) for g in groups)
        ):
            raise InvalidInput(
                "split needs 'groups': two or more lists of ids", file=where, field="groups"
            )
    else:
        members = item.get("members")
        if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
            raise InvalidInput(
                f"{action} needs 'members': a list of ids", file=where, field="members"
            )
    return item


class _Groups:
    """Union-find whose sets remember which side of each split judgement they are on."""

    def __init__(self, ids: Sequence[str], sides: Mapping[str, dict[int, int]]) -> None:
        self.parent = {i: i for i in ids}
        self.sides: dict[str, dict[int, int]] = {i: dict(sides.get(i, {})) for i in ids}

    def find(self, x: str) -> str:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        sa, sb = self.sides[ra], self.sides[rb]
        if any(sb.get(j, g) != g for j, g in sa.items()):
            return False  # an analyst split these apart
        if len(sa) < len(sb):
            ra, rb, sa, sb = rb, ra, sb, sa
        self.parent[rb] = ra
        sa.update(sb)
        return True


def cluster(
    items: Sequence[Indicators],
    links: Sequence[Link],
    judgements: Sequence[Mapping[str, Any]] = (),
    *,
    giant: int = GIANT,
    value_weights: Mapping[tuple[str, str], float] | None = None,
) -> list[Campaign]:
    """Campaigns (two members or more), largest first, each explained by its indicators."""
    ids = [item.id for item in items]
    known = set(ids)
    excluded: set[str] = set()
    must: list[list[str]] = []
    sides: dict[str, dict[int, int]] = defaultdict(dict)
    for j, judgement in enumerate(judgements):
        action = judgement["action"]
        if action == "exclude":
            excluded.update(m for m in judgement["members"] if m in known)
        elif action in ("merge", "confirm"):
            must.append([m for m in judgement["members"] if m in known])
        else:
            for g, group in enumerate(judgement["groups"]):
                for member in group:
                    if member in known:
                        sides[member][j] = g
    groups = _Groups(ids, sides)
    for group in must:
        for other in group[1:]:
            groups.union(group[0], other)
    usable = [link for link in links if link.a not in excluded and link.b not in excluded]
    for link in sorted(usable, key=lambda lk: (-lk.score, lk.a, lk.b)):
        groups.union(link.a, link.b)
    # Only approaches with a link or an analyst's merge can be in a campaign: the others (most
    # of a big input) are left out here rather than each made a group of one.
    joined = {m for lk in usable for m in (lk.a, lk.b)} | {m for g in must for m in g}
    members: dict[str, list[str]] = defaultdict(list)
    for i in ids:
        if i in joined and i not in excluded:
            members[groups.find(i)].append(i)
    by_id = {item.id: item for item in items}
    links_of: dict[str, list[Link]] = defaultdict(list)
    for link in usable:
        root = groups.find(link.a)
        if root == groups.find(link.b):
            links_of[root].append(link)
    clusters: list[tuple[list[str], list[Link]]] = []
    for root, group in members.items():
        if len(group) < 2:
            continue
        if len(group) > giant:
            clusters.extend(_split_giant(group, links_of[root], must))
        else:
            clusters.append((group, links_of[root]))
    campaigns = [
        _summarise(sorted(group), group_links, by_id, value_weights or {})
        for group, group_links in clusters
        if len(group) >= 2
    ]
    return sorted(campaigns, key=lambda c: (-len(c.members), c.id))


def _split_giant(
    group: list[str], links: list[Link], must: list[list[str]]
) -> list[tuple[list[str], list[Link]]]:
    """A large component split where it is only chained: the members joined by strong links
    (one shared value strong enough on its own, such as a handle) are never cut apart; the
    groups they form are split into communities (Louvain, seeded) over the weak links
    between them."""
    import networkx as nx

    strong = _Groups(group, {})
    for link in links:
        if link.shared and link.shared[0].weight >= 1.0:
            strong.union(link.a, link.b)
    for merged in must:  # an analyst's merge outranks the algorithm
        inside = [m for m in merged if m in strong.parent]
        for other in inside[1:]:
            strong.union(inside[0], other)
    blocks: dict[str, list[str]] = defaultdict(list)
    for member in group:
        blocks[strong.find(member)].append(member)
    if len(blocks) == 1:
        return [(group, links)]
    graph = nx.Graph()
    graph.add_nodes_from(sorted(blocks))
    for link in links:
        ra, rb = strong.find(link.a), strong.find(link.b)
        if ra != rb:
            weight = graph.get_edge_data(ra, rb, {"weight": 0.0})["weight"]
            graph.add_edge(ra, rb, weight=weight + link.score)
    communities = nx.community.louvain_communities(graph, weight="weight", seed=0)
    out = []
    for community in communities:
        part = sorted(m for root in community for m in blocks[root])
        if len(part) >= 2:
            kept = set(part)
            out.append((part, [lk for lk in links if lk.a in kept and lk.b in kept]))
    return out


def _summarise(
    members: list[str],
    links: list[Link],
    by_id: Mapping[str, Indicators],
    value_weights: Mapping[tuple[str, str], float],  # kept for callers; links carry weights
) -> Campaign:
    holders: dict[tuple[str, str], set[str]] = defaultdict(set)
    weights: dict[tuple[str, str], float] = {}
    for link in links:
        for shared in link.shared:
            key = (shared.kind, shared.value)
            holders[key].update((link.a, link.b))
            weights[key] = max(weights.get(key, 0.0), shared.weight)
    # Strongest explanation first: weight times how many members share the value.
    ranked = sorted(
        holders.items(),
        key=lambda item: (-weights[item[0]] * len(item[1]), item[0][0], item[0][1]),
    )
    indicators: list[dict[str, Any]] = [
        {
            "kind": kind,
            "value": value,
            "members": len(who),
            "weight": round(weights[(kind, value)], 4),
        }
        for (kind, value), who in ranked
    ]
    rows = [by_id[m] for m in members]
    dates = sorted(r.when for r in rows if r.when)
    sectors = Counter(r.sector for r in rows if r.sector)
    organisations = Counter(r.organisation for r in rows if r.organisation)
    personas = sorted({r.persona for r in rows if r.persona})
    return Campaign(
        id=campaign_id(members),
        members=members,
        indicators=indicators[:20],
        first_seen=dates[0] if dates else None,
        last_seen=dates[-1] if dates else None,
        targets={
            "sector": dict(sectors.most_common()),
            "organisation": dict(organisations.most_common()),
        },
        personas=personas,
        links=sorted(links, key=lambda lk: (lk.a, lk.b)),
    )


__all__ = ["Shared", "cluster", "validate_judgement"]
