"""Findings on the employer and its ownership, riskiest first. Triggers and false-positive risks
are documented in docs/ownership.md; the obfuscation patterns come from OWNERSHIP.md §8."""

from __future__ import annotations

from datetime import date, timedelta

from counterlink.ownership.graph import Graph
from counterlink.ownership.interval import share_text
from counterlink.ownership.report import Company, Flag, Owner

# Riskiest first (the order flags are listed in).
ORDER = [
    "ownership.state_linked",
    "ownership.circular",
    "ownership.opaque_foreign_parent",
    "ownership.no_registrable_owner",
    "employer.not_found",
    "employer.dissolved",
    "ownership.layered",
    "employer.recently_incorporated",
    "ownership.recent_change",
]
RECENT_COMPANY = timedelta(days=365)
RECENT_CHANGE = timedelta(days=183)
LAYERS = 3
# PSC statements (CH psc_descriptions.yml) saying no registrable person exists or could be
# identified: "signficant" is Companies House's own spelling.
NO_OWNER = (
    "no-individual-or-entity-with-signficant-control",
    "psc-exists-but-not-identified",
    "psc-details-not-confirmed",
    "steps-to-find-psc-not-yet-completed",
    "psc-contacted-but-no-response",
    "restrictions-notice-issued-to-psc",
    "psc-has-failed-to-confirm-changed-details",
)
NO_OWNER_BODS = {
    "noBeneficialOwners",
    "subjectUnableToConfirmOrIdentifyBeneficialOwner",
    "interestedPartyHasNotProvidedInformation",
    "unknown",
}


def node_text(graph: Graph, node_id: str) -> str:
    """A node as a reader knows it: its name as the register writes it, and a UK company's
    number; the internal id only where no name is known."""
    node = graph.nodes.get(node_id)
    if node is None or not node.name:
        return node_id
    return f"{node.name} ({node_id})" if node_id.startswith("GB-COH-") else node.name


def path_text(graph: Graph, path: list[str]) -> str:
    """An ownership path, company first, each owner after an arrow pointing at what it owns."""
    return " ← ".join(node_text(graph, n) for n in path)


def employer_flags(
    company: Company | None,
    candidates: list[Company],
    sources: list[str],
    query: str,
    as_of: date,
    dissolved_on: date | None,
) -> list[Flag]:
    if company is None:
        near = f"; {len(candidates)} near names listed as candidates" if candidates else ""
        return [
            Flag(
                code="employer.not_found",
                title="No company of this name or number in the loaded registers",
                evidence=[
                    f"searched for {query!r} in: {', '.join(sources) or 'no registers'}" + near
                ],
            )
        ]
    flags: list[Flag] = []
    if company.status == "dissolved" or (dissolved_on is not None and dissolved_on <= as_of):
        when = f" on {dissolved_on}" if dissolved_on else ""
        flags.append(
            Flag(
                code="employer.dissolved",
                title="The company is dissolved",
                evidence=[f"{company.id}: status {company.status}{when}"],
            )
        )
    if company.incorporated:
        inc = date.fromisoformat(company.incorporated)
        if as_of - RECENT_COMPANY < inc <= as_of:
            flags.append(
                Flag(
                    code="employer.recently_incorporated",
                    title="Incorporated less than 12 months before the approach",
                    evidence=[f"{company.id}: incorporated {inc}, as of {as_of}"],
                )
            )
    return flags


def ownership_flags(
    graph: Graph, owners: list[Owner], cycles: list[list[str]], majority_all: str | None
) -> list[Flag]:
    flags: list[Flag] = []
    linked = [o for o in owners if o.kind == "state" or o.state_links]
    if linked:
        evidence = []
        for o in linked:
            why = "; ".join(f"{s.list}: {s.entry} (score {s.score})" for s in o.state_links)
            evidence.append(
                f"{o.name or o.id} ({o.kind}; {why}): look-through share "
                f"{share_text((o.share.min, o.share.max))}, majority {o.majority}, controls "
                f"{'yes' if o.controls else 'not shown'}; path {path_text(graph, o.paths[0])}"
            )
        if majority_all is not None and len(linked) > 1:
            evidence.append(
                f"all state-linked owners together (50 % rule, aggregated): {majority_all}"
            )
        flags.append(
            Flag(
                code="ownership.state_linked",
                title="An owner is a state, a state body or on a loaded list",
                evidence=evidence,
            )
        )
    if cycles:
        flags.append(
            Flag(
                code="ownership.circular",
                title="Circular ownership (cut)",
                evidence=[path_text(graph, c) for c in cycles],
            )
        )
    opaque = [
        o
        for o in owners
        if o.kind in ("company", "legal-person") and o.ultimate and graph.nodes[o.id].abroad
    ]
    if opaque:
        flags.append(
            Flag(
                code="ownership.opaque_foreign_parent",
                title="A corporate owner registered abroad whose owners are unknown",
                evidence=[f"{o.name or o.id} ({o.country}): {o.records[0]}" for o in opaque],
            )
        )
    empty = [s for s in graph.statements if s.code.startswith(NO_OWNER) or s.code in NO_OWNER_BODS]
    if empty:
        flags.append(
            Flag(
                code="ownership.no_registrable_owner",
                title="A statement that no registrable owner exists or could be identified",
                evidence=[f"{s.company}: {s.code} ({s.record})" for s in empty],
            )
        )
    deep = []
    for o in owners:
        for path in o.paths:
            layers = [n for n in path[1:] if graph.nodes[n].kind in ("company", "legal-person")]
            if len(layers) >= LAYERS:
                deep.append(f"{len(layers)} corporate layers: {path_text(graph, path)}")
                break
    if deep:
        flags.append(
            Flag(
                code="ownership.layered",
                title=f"{LAYERS} or more corporate layers to an ultimate owner",
                evidence=deep[:5],
            )
        )
    recent = sorted(
        {
            f"{record}: {what} {when}"
            for record, what, when in graph.changes
            if graph.as_of - RECENT_CHANGE <= when <= graph.as_of
        }
    )
    if recent:
        flags.append(
            Flag(
                code="ownership.recent_change",
                title="Owners notified or ceased within 6 months",
                evidence=recent,
            )
        )
    return flags


def ordered(flags: list[Flag]) -> list[Flag]:
    return sorted(flags, key=lambda f: ORDER.index(f.code))
