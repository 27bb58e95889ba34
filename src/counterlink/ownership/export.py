"""The traced ownership graph of an employer report, as other tools read it.

* BODS 0.4 statements (openownership/data-standard, schema/statement.json and the three record
  schemas, ECOSYSTEM.md §3.2): one entity or person statement per node, one relationship
  statement per edge with its interests and share range, the register record as its source.
* FollowTheMoney entities (followthemoney's model, ECOSYSTEM.md §3.3): Company / Person /
  LegalEntity / PublicBody per node and one ``Ownership`` per edge, ``percentage`` as the range's
  text ("25–50%") and ``startDate`` the date the PSC was notified, as OpenSanctions maps the PSC
  register (opensanctions ``datasets/gb/coh/psc_parse.py``).

Both are written as JSON Lines, one statement or entity a line.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from typing import Any

from counterlink.ownership.graph import Edge, Graph, Node, build
from counterlink.ownership.interval import UNKNOWN, Interval, share_text
from counterlink.ownership.registry import Registry
from counterlink.ownership.report import EmployerReport

BODS_VERSION = "0.4"
PUBLISHER = "counterlink"
# The Companies House API serves a PSC record at its links.self path.
CH_API = "https://api.company-information.service.gov.uk"


@dataclass(frozen=True)
class Chain:
    """The graph an employer report was drawn from, with what the report says of each node."""

    graph: Graph
    report: EmployerReport
    started: dict[str, date]  # PSC record -> notified_on

    def state_linked(self, node_id: str) -> bool:
        owner = next((o for o in self.report.owners if o.id == node_id), None)
        return owner is not None and (owner.kind == "state" or bool(owner.state_links))

    def edges(self) -> list[Edge]:
        """Every current edge, once (two routes to one owner share their edges)."""
        seen: dict[tuple[str, str, str], Edge] = {}
        for e in self.graph.edges:
            seen.setdefault((e.owner, e.asset, e.record), e)
        return list(seen.values())


def traced_chain(registry: Registry, report: EmployerReport) -> Chain | None:
    """The graph behind ``report`` (rebuilt: a walk is milliseconds), or None without a
    company."""
    if report.company is None:
        return None
    as_of = date.fromisoformat(report.query.as_of)
    depth = report.trace.max_depth if report.trace else 12
    graph = build(registry, report.company.number, as_of, depth)
    records = sorted({e.record for e in graph.edges})
    started: dict[str, date] = {}
    if records:
        rows = registry.con.execute(
            "SELECT self_link, notified_on FROM pscs WHERE self_link IN (SELECT unnest(?))",
            [records],
        ).fetchall()
        started = {link: when for link, when in rows if when is not None}
    return Chain(graph, report, started)


# --- BODS 0.4 ---------------------------------------------------------------------------------


def _statement_id(*parts: str) -> str:
    # 64 hex characters: inside BODS's 32–64 length rule and stable for the same trace.
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def _bods_share(share: Interval) -> dict[str, float]:
    # BODS shares are percentages; an open bound is exclusiveMinimum / exclusiveMaximum.
    lo, hi = round(share.lo * 100, 4), round(share.hi * 100, 4)
    if lo == hi:
        return {"exact": lo}
    return {
        ("exclusiveMinimum" if share.lo_open else "minimum"): lo,
        ("exclusiveMaximum" if share.hi_open else "maximum"): hi,
    }


def _interests(edge: Edge, started: date | None) -> list[dict[str, Any]]:
    base: dict[str, Any] = {"directOrIndirect": "direct"}
    if started is not None:
        base["startDate"] = started.isoformat()
    found: list[dict[str, Any]] = []
    if edge.share != UNKNOWN:
        found.append({"type": "shareholding", "share": _bods_share(edge.share), **base})
    if edge.votes is not None:
        found.append({"type": "votingRights", "share": _bods_share(edge.votes), **base})
    if edge.appoint:
        found.append({"type": "appointmentOfBoard", **base})
    if edge.influence:
        found.append({"type": "otherInfluenceOrControl", **base})
    if not found:
        found.append({"type": "unknownInterest", **base})
    for interest in found:
        interest["details"] = ", ".join(edge.natures) or "no nature given"
    return found


def _bods_details(node: Node) -> tuple[str, dict[str, Any]]:
    if node.kind == "person":
        details: dict[str, Any] = {"personType": "knownPerson", "isComponent": False}
        if node.name:
            details["names"] = [{"type": "legal", "fullName": node.name}]
        if node.country:
            details["nationalities"] = [{"name": node.country}]
        return "person", details
    if node.kind == "unknown" and not node.id.startswith("bods:"):
        # A super-secure PSC: an individual Companies House does not name.
        return "person", {"personType": "anonymousPerson", "isComponent": False}
    kinds = {"company": "registeredEntity", "legal-person": "legalEntity"}
    etype: dict[str, str] = {"type": kinds.get(node.kind, "unknownEntity")}
    if node.kind == "state":
        is_state = (
            bool(node.entry)
            and "entityType state" in (node.entry or "")
            and ("stateBody" not in (node.entry or ""))
        )
        etype = {"type": "state"} if is_state else {"type": "stateBody", "subtype": "other"}
    details = {"isComponent": False, "entityType": etype}
    if node.name:
        details["name"] = node.name
    if node.country:
        details["jurisdiction"] = {"name": node.country}
    if node.number:
        details["identifiers"] = [{"id": node.number, "scheme": "GB-COH"}]
    return "entity", details


def _bods_source(description: str, record: str | None) -> dict[str, Any]:
    source: dict[str, Any] = {"type": ["officialRegister"], "description": description}
    if record and record.startswith("/company/"):
        source["url"] = CH_API + record
    return source


def bods_statements(chain: Chain, published: date | None = None) -> list[dict[str, Any]]:
    """Entity and person statements first (a relationship refers to records already stated),
    then one relationship statement per edge."""
    g = chain.graph
    as_of = g.as_of.isoformat()
    publication = {
        "publicationDate": (published or date.today()).isoformat(),
        "bodsVersion": BODS_VERSION,
        "publisher": {"name": PUBLISHER},
    }
    subject = g.target
    out: list[dict[str, Any]] = []
    linked = {e.owner for e in chain.edges()} | {e.asset for e in chain.edges()} | {subject}
    for node_id in [subject, *sorted(linked - {subject})]:
        node = g.nodes[node_id]
        record_type, details = _bods_details(node)
        annotations = []
        if chain.state_linked(node_id):
            owner = next(o for o in chain.report.owners if o.id == node_id)
            why = "; ".join(f"{s.list}: {s.entry}" for s in owner.state_links) or node.entry
            annotations.append(
                {
                    "motivation": "commenting",
                    "statementPointerTarget": "/",
                    "description": f"state-linked (counterlink): {why}",
                }
            )
        statement: dict[str, Any] = {
            "statementId": _statement_id(node_id, as_of),
            "statementDate": as_of,
            "declarationSubject": subject,
            "recordId": node_id,
            "recordType": record_type,
            "recordStatus": "new",
            "recordDetails": details,
            "publicationDetails": publication,
            "source": _bods_source("Companies House and the registers loaded in counterlink", None),
        }
        if annotations:
            statement["annotations"] = annotations
        out.append(statement)
    for edge in chain.edges():
        out.append(
            {
                "statementId": _statement_id(edge.owner, edge.asset, edge.record, as_of),
                "statementDate": as_of,
                "declarationSubject": subject,
                "recordId": f"rel:{edge.record}",
                "recordType": "relationship",
                "recordStatus": "new",
                "recordDetails": {
                    "isComponent": False,
                    "subject": edge.asset,
                    "interestedParty": edge.owner,
                    "interests": _interests(edge, chain.started.get(edge.record)),
                },
                "publicationDetails": publication,
                "source": _bods_source(f"register record {edge.record}", edge.record),
            }
        )
    return out


# --- FollowTheMoney ---------------------------------------------------------------------------

_FTM_SCHEMA = {
    "person": "Person",
    "company": "Company",
    "legal-person": "LegalEntity",
    "state": "PublicBody",
    "unknown": "LegalEntity",
}


def ftm_entities(chain: Chain) -> list[dict[str, Any]]:
    """Nodes and ``Ownership`` edges built through followthemoney's model, so every property
    is one the schema has (an unknown one raises there, not in a partner's import)."""
    from followthemoney import model

    g = chain.graph
    ids: dict[str, str] = {}
    out: list[dict[str, Any]] = []
    linked = {e.owner for e in chain.edges()} | {e.asset for e in chain.edges()} | {g.target}
    for node_id in [g.target, *sorted(linked - {g.target})]:
        node = g.nodes[node_id]
        entity = model.make_entity(_FTM_SCHEMA[node.kind])
        entity.make_id("counterlink", node_id)
        entity.add("name", node.name or node_id)
        if node.number:
            entity.add("registrationNumber", node.number)
            entity.add("jurisdiction", "gb")
        elif node.country:
            entity.add("country", node.country, quiet=True)  # a register's free text
        if chain.state_linked(node_id):
            entity.add("topics", "gov.soe" if node.kind != "state" else "gov.national")
        entity.add("sourceUrl", _ftm_url(node_id), quiet=True)
        ids[node_id] = str(entity.id)
        out.append(entity.to_dict())
    for edge in chain.edges():
        own = model.make_entity("Ownership")
        own.make_id("counterlink", edge.owner, edge.asset, edge.record)
        own.add("owner", ids[edge.owner])
        own.add("asset", ids[edge.asset])
        own.add("percentage", share_text(edge.share))
        own.add("role", list(edge.natures))
        own.add("ownershipType", "beneficial")
        own.add("recordId", edge.record)
        started = chain.started.get(edge.record)
        if started is not None:
            own.add("startDate", started.isoformat())
        if edge.record.startswith("/company/"):
            own.add("sourceUrl", CH_API + edge.record)
        out.append(own.to_dict())
    return out


def _ftm_url(node_id: str) -> str | None:
    if node_id.startswith("GB-COH-"):
        return f"https://find-and-update.company-information.service.gov.uk/company/{node_id[7:]}"
    return None
