"""Build the ownership graph upward from one UK company, from the PSC register and BODS.

Nodes: a UK company is ``GB-COH-<number>``; a BODS entity or person outside Companies House is
``bods:<recordId>``; any other PSC (person, legal person, unresolved corporate owner,
super-secure) is its ``links.self``. Only records current on ``as_of`` become edges (not ceased,
notified on or before it); every record notified or ceased is kept in ``changes`` for the
recent-change flag. A corporate PSC is followed into Companies House when its registration
number (zero-padded) is a company the registry knows, else into BODS by identifier or name, else
it ends the path. A UK company with PSC records is walked through those only (BODS republications
of the PSC register would count the same stake twice).
"""

from __future__ import annotations

import json
import re
from collections import deque
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from counterlink.ownership.interval import UNKNOWN, Interval, bods_share, read_natures
from counterlink.ownership.match import name_key
from counterlink.ownership.registry import Registry

MAX_DEPTH = 12
# A legal person whose legal form reads as a state body (OWNERSHIP.md §7 register-native SOE
# signals). Legal *authority* is not read: "State Of Delaware" is where ordinary firms register.
_STATE_FORM = re.compile(
    r"\b(government|ministry|state[- ]owned|state agency|state body|public authority|"
    r"people'?s government|sasac)\b",
    re.IGNORECASE,
)
_UK = re.compile(
    r"england|wales|scotland|northern ireland|united kingdom|\buk\b|great britain", re.IGNORECASE
)
# BODS interest types that give control without a share (BODS 0.4 interestType codelist).
_CONTROL_TYPES = {
    "appointmentOfBoard",
    "otherInfluenceOrControl",
    "controlByLegalFramework",
    "rightsToSurplusAssetsOnDissolution",
    "conditionalRightsGrantedByContract",
}
NO_OWNER_REASONS = {
    "noBeneficialOwners",
    "subjectUnableToConfirmOrIdentifyBeneficialOwner",
    "interestedPartyHasNotProvidedInformation",
    "unknown",
}


@dataclass
class Node:
    id: str
    name: str | None
    kind: str  # person | company | legal-person | state | unknown
    country: str | None = None
    abroad: bool = False
    number: str | None = None  # a UK company's number
    entry: str | None = None  # why it is a state: the register's own words


@dataclass(frozen=True)
class Edge:
    owner: str
    asset: str
    share: Interval
    votes: Interval | None
    appoint: bool
    influence: bool
    natures: tuple[str, ...]
    record: str


@dataclass(frozen=True)
class Statement:
    company: str
    code: str
    record: str
    notified_on: date | None


@dataclass
class Graph:
    target: str
    as_of: date
    max_depth: int
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    changes: list[tuple[str, str, date]] = field(default_factory=list)  # record, what, when
    depth_reached: int = 0
    depth_limited: bool = False
    # Nodes whose owners were looked for (a UK company or a BODS entity): the rest are ends.
    explored: set[str] = field(default_factory=set)

    def owners_of(self, node: str) -> list[Edge]:
        return [e for e in self.edges if e.asset == node]


def _current(notified: date | None, ceased: date | None, flag: bool, as_of: date) -> bool:
    if notified is not None and notified > as_of:
        return False
    return not (flag and (ceased is None or ceased <= as_of))


class _Builder:
    def __init__(self, registry: Registry, graph: Graph) -> None:
        self.con = registry.con
        self.g = graph

    def company_node(self, number: str, name: str | None = None) -> str:
        node_id = f"GB-COH-{number}"
        if node_id not in self.g.nodes:
            row = self.con.execute(
                "SELECT name, country FROM companies WHERE number = ?", [number]
            ).fetchone()
            self.g.nodes[node_id] = Node(
                node_id, row[0] if row else name, "company", row[1] if row else None, number=number
            )
        return node_id

    def known_uk(self, number: str) -> bool:
        return bool(
            self.con.execute(
                "SELECT 1 FROM companies WHERE number = ? UNION ALL "
                "SELECT 1 FROM pscs WHERE company_number = ? LIMIT 1",
                [number, number],
            ).fetchone()
        )

    def expand(self, node_id: str) -> list[str]:
        self.g.explored.add(node_id)
        node = self.g.nodes[node_id]
        if node.number is not None:
            found = self._psc_owners(node_id, node.number)
            if found is not None:
                return found
            ents = self.con.execute(
                "SELECT record_id FROM bods_entities WHERE gb_coh = ? AND NOT closed",
                [node.number],
            ).fetchall()
            return [o for (rid,) in ents for o in self._bods_owners(node_id, rid)]
        if node_id.startswith("bods:"):
            return self._bods_owners(node_id, node_id[5:])
        return []

    def _psc_owners(self, node_id: str, number: str) -> list[str] | None:
        rows = self.con.execute(
            "SELECT self_link, kind, name, country, legal_form, country_registered, "
            "place_registered, legal_authority, reg_no_norm, natures, statement, notified_on, "
            "ceased_on, ceased, registration_number, birth FROM pscs WHERE company_number = ?",
            [number],
        ).fetchall()
        if not rows:
            return None
        owners: list[str] = []
        for (
            link,
            kind,
            name,
            country,
            form,
            c_reg,
            p_reg,
            authority,
            reg_no,
            natures,
            statement,
            notified,
            ceased_on,
            ceased,
            raw_reg,
            birth,
        ) in rows:
            for what, when in (("notified", notified), ("ceased", ceased_on)):
                if when is not None:
                    self.g.changes.append((link, what, when))
            if not _current(notified, ceased_on, ceased, self.g.as_of) or kind == "exemptions":
                continue
            if statement:
                self.g.statements.append(Statement(node_id, statement, link, notified))
                continue
            owner = self._psc_node(
                link, kind, name, country, form, c_reg, p_reg, authority, reg_no, raw_reg, birth
            )
            nature = read_natures(list(natures or []))
            share = nature.share or UNKNOWN
            self.g.edges.append(
                Edge(
                    owner,
                    node_id,
                    share,
                    nature.votes,
                    nature.appoint,
                    nature.influence,
                    tuple(natures or ()),
                    link,
                )
            )
            owners.append(owner)
        return owners

    def _psc_node(
        self,
        link: str,
        kind: str,
        name: str | None,
        country: str | None,
        form: str | None,
        c_reg: str | None,
        p_reg: str | None,
        authority: str | None,
        reg_no: str | None,
        raw_reg: str | None,
        birth: str | None,
    ) -> str:
        key = name_key(name)
        if kind.startswith("corporate-entity"):
            registered = " ".join(x for x in (c_reg, p_reg, authority) if x)
            uk = bool(_UK.search(registered)) or "companies house" in registered.casefold()
            if reg_no and (uk or not registered) and self.known_uk(reg_no):
                return self.company_node(reg_no, name)
            bods = self._bods_entity(raw_reg, name)
            if bods is not None:
                return bods
            # The same foreign owner of several UK companies is one node: CH gives no id, so
            # name key + where it is registered stand in (OWNERSHIP.md §2).
            node_id = f"psc-entity:{key}|{(c_reg or country or '').casefold()}" if key else link
            self.g.nodes.setdefault(
                node_id,
                Node(
                    node_id, name, "company", c_reg or country, abroad=bool(registered) and not uk
                ),
            )
            return node_id
        if kind.startswith("legal-person"):
            state = bool(form and _STATE_FORM.search(form))
            entry = f"legal form {form!r}" + (f", {authority}" if authority else "")
            node_id = f"psc-legal:{key}|{(country or '').casefold()}" if key else link
            self.g.nodes.setdefault(
                node_id,
                Node(
                    node_id,
                    name,
                    "state" if state else "legal-person",
                    country,
                    entry=entry if state else None,
                ),
            )
            return node_id
        if kind.startswith("super-secure"):
            self.g.nodes.setdefault(link, Node(link, None, "unknown"))
            return link
        # Individuals: name + month/year of birth, as Global Witness deduplicates PSCs
        # (the-companies-we-keep-public README); without a birth date, the record alone.
        node_id = f"psc-person:{key}|{birth}" if key and birth else link
        self.g.nodes.setdefault(node_id, Node(node_id, name, "person", country))
        return node_id

    def _bods_entity(self, reg_no: str | None, name: str | None) -> str | None:
        row = None
        if reg_no:
            row = self.con.execute(
                "SELECT record_id FROM bods_entities WHERE contains("
                "'|' || array_to_string(identifiers, '|') || '|', ':' || ? || '|') LIMIT 1",
                [reg_no.strip()],
            ).fetchone()
        key = name_key(name)
        if row is None and key:
            row = self.con.execute(
                "SELECT record_id FROM bods_entities WHERE name_key = ? LIMIT 1", [key]
            ).fetchone()
        return self._bods_node(row[0]) if row else None

    def _bods_node(self, rid: str) -> str:
        row = self.con.execute(
            "SELECT name, entity_type, subtype, jurisdiction, gb_coh FROM bods_entities "
            "WHERE record_id = ?",
            [rid],
        ).fetchone()
        if row is not None:
            name, etype, subtype, jurisdiction, gb = row
            if gb:
                return self.company_node(gb, name)
            node_id = f"bods:{rid}"
            state = etype in ("state", "stateBody")
            kind = (
                "state"
                if state
                else "company"
                if etype == "registeredEntity"
                else "legal-person"
                if etype == "legalEntity"
                else "unknown"
            )
            entry = f"BODS entityType {etype}" + (f"/{subtype}" if subtype else "")
            self.g.nodes.setdefault(
                node_id,
                Node(
                    node_id,
                    name,
                    kind,
                    jurisdiction,
                    abroad=bool(jurisdiction) and jurisdiction.upper() != "GB",
                    entry=entry if state else None,
                ),
            )
            return node_id
        person = self.con.execute(
            "SELECT name, nationality FROM bods_persons WHERE record_id = ?", [rid]
        ).fetchone()
        node_id = f"bods:{rid}"
        self.g.nodes.setdefault(
            node_id,
            Node(
                node_id,
                person[0] if person else None,
                "person" if person else "unknown",
                person[1] if person else None,
            ),
        )
        return node_id

    def _bods_owners(self, node_id: str, rid: str) -> list[str]:
        rows = self.con.execute(
            "SELECT record_id, interested_party, unspecified_reason, interests FROM "
            "bods_relationships WHERE subject = ? AND NOT closed "
            # A primary indirect relationship restates its components: walk those instead.
            "AND len(coalesce(component_records, [])) = 0",
            [rid],
        ).fetchall()
        owners: list[str] = []
        for record, party, reason, interests_json in rows:
            interests = [i for i in json.loads(interests_json or "[]") if isinstance(i, dict)]
            interests = [i for i in interests if not _ended(i.get("endDate"), self.g.as_of)]
            if party is None:
                if reason in NO_OWNER_REASONS:
                    self.g.statements.append(Statement(node_id, reason, record, None))
                continue
            if not interests and json.loads(interests_json or "[]"):
                continue  # every interest has ended
            owner = self._bods_node(party)
            share: Interval | None = None
            votes: Interval | None = None
            appoint = influence = False
            for interest in interests:
                kind = interest.get("type")
                got = bods_share(interest.get("share") or {})
                if kind == "shareholding" and got:
                    share = got if share is None else share + got
                elif kind == "votingRights" and got:
                    votes = got
                elif kind == "appointmentOfBoard":
                    appoint = True
                elif kind in _CONTROL_TYPES:
                    influence = True
            self.g.edges.append(
                Edge(
                    owner,
                    node_id,
                    share or UNKNOWN,
                    votes,
                    appoint,
                    influence,
                    tuple(str(i.get("type")) for i in interests),
                    record,
                )
            )
            owners.append(owner)
        return owners


def _ended(end: Any, as_of: date) -> bool:
    return isinstance(end, str) and len(end) >= 10 and end[:10] <= as_of.isoformat()


def build(registry: Registry, number: str, as_of: date, max_depth: int = MAX_DEPTH) -> Graph:
    """The graph of current owners above company ``number``, breadth first to ``max_depth``."""
    graph = Graph(target=f"GB-COH-{number}", as_of=as_of, max_depth=max_depth)
    builder = _Builder(registry, graph)
    builder.company_node(number)
    queue = deque([(graph.target, 0)])
    seen = {graph.target}
    while queue:
        node_id, depth = queue.popleft()
        if depth >= max_depth:
            node = graph.nodes[node_id]
            if node.number is not None or node_id.startswith("bods:"):
                graph.depth_limited = True  # its owners, if any, were not looked for
            continue
        for owner in builder.expand(node_id):
            graph.depth_reached = max(graph.depth_reached, depth + 1)
            if owner not in seen:
                seen.add(owner)
                queue.append((owner, depth + 1))
    return graph
