"""`counterlink employer`: resolve the claimed employer, trace its owners, match them against
the loaded lists, and flag what a research-security officer should look at."""

from __future__ import annotations

from datetime import date

from counterlink.ownership.flags import employer_flags, ordered, ownership_flags
from counterlink.ownership.graph import MAX_DEPTH, Graph, build
from counterlink.ownership.match import name_key, score
from counterlink.ownership.registry import Registry
from counterlink.ownership.report import (
    Company,
    EmployerReport,
    Flag,
    Owner,
    Query,
    Register,
    Share,
    StateLink,
    Trace,
)
from counterlink.ownership.resolve import by_name, by_number
from counterlink.ownership.trace import lenses, majority


def list_links(registry: Registry, name: str | None) -> list[StateLink]:
    """List entries whose name or alias has the same key as ``name`` (never a near name)."""
    key = name_key(name)
    if name is None or key is None:
        return []
    rows = registry.con.execute(
        "SELECT list, name, aliases, topics, end_date FROM list_entries "
        "WHERE list_contains(name_keys, ?)",
        [key],
    ).fetchall()
    links = []
    for list_name, entry, aliases, topics, end in rows:
        best = max(score(name, n) for n in [entry, *(aliases or [])] if name_key(n) == key)
        extra = f" [{', '.join(topics)}]" if topics else ""
        ended = f" (delisted {end})" if end else ""
        links.append(StateLink(list=list_name, entry=f"{entry}{extra}{ended}", score=best))
    return links


def _owners(registry: Registry, graph: Graph) -> tuple[list[Owner], list[list[str]]]:
    found, cycles = lenses(graph)
    owners = []
    for node_id, lens in found.items():
        node = graph.nodes[node_id]
        own_edges = [e for e in graph.edges if e.owner == node_id]
        links = list_links(registry, node.name)
        if node.kind == "state" and node.entry:
            links.insert(0, StateLink(list="register", entry=node.entry, score=1.0))
        lo, hi = lens.share.rounded()
        owners.append(
            Owner(
                id=node_id,
                name=node.name,
                kind=node.kind,
                country=node.country,
                direct=any(e.asset == graph.target for e in own_edges),
                ultimate=not graph.owners_of(node_id),
                share=Share(min=lo, max=hi),
                majority=lens.majority,
                controls=lens.controls,
                natures=sorted({n for e in own_edges for n in e.natures}),
                records=sorted({e.record for e in own_edges}),
                paths=lens.paths,
                state_links=links,
            )
        )
    # Riskiest first: state-linked, then by the largest possible share.
    owners.sort(
        key=lambda o: (not (o.kind == "state" or o.state_links), -o.share.max, len(o.paths[0]))
    )
    return owners, cycles


def check_employer(
    registry: Registry,
    name: str | None,
    number: str | None,
    as_of: date,
    max_depth: int = MAX_DEPTH,
) -> EmployerReport:
    files = registry.files()
    query = Query(name=name, number=number, as_of=as_of.isoformat())
    candidates: list[Company] = []
    company = by_number(registry, number) if number else None
    if company is None and name:
        company, candidates = by_name(registry, name)
    sources = sorted({f.source for f in files})
    dissolved = None
    if company is not None:
        row = registry.con.execute(
            "SELECT dissolved FROM companies WHERE number = ?", [company.number]
        ).fetchone()
        dissolved = row[0] if row else None
    flags = employer_flags(company, candidates, sources, number or name or "", as_of, dissolved)
    owners: list[Owner] = []
    trace = None
    if company is not None:
        graph = build(registry, company.number, as_of, max_depth)
        owners, cycles = _owners(registry, graph)
        seeds = {o.id for o in owners if o.kind == "state" or o.state_links}
        together = majority(graph, seeds)[graph.target] if seeds else None
        own_links = list_links(registry, company.name)
        flags += ownership_flags(graph, owners, cycles, together)
        if own_links:
            flags.insert(0, _self_listed(company, own_links))
        trace = Trace(
            max_depth=max_depth,
            depth_reached=graph.depth_reached,
            depth_limited=graph.depth_limited,
            cycles=cycles,
        )
    return EmployerReport(
        query=query,
        company=company,
        candidates=candidates,
        owners=owners,
        flags=ordered(flags),
        registers=[
            Register(
                source=f.source, file=f.path, date=f.date, records=f.records, complete=f.complete
            )
            for f in files
        ],
        trace=trace,
    )


def _self_listed(company: Company, links: list[StateLink]) -> Flag:
    return Flag(
        code="ownership.state_linked",
        title="The employer itself is on a loaded list",
        evidence=[
            f"{company.name} ({company.id}): {s.list}: {s.entry} (score {s.score})" for s in links
        ],
    )
