"""Connections.csv: who the owner is connected to, to enrich the personas of approaches.

Company and Position are the connection's values at export time, and ``Connected On`` says how
long the tie has existed; both help judge a persona. Members who hid or closed their profile
appear as rows with only a date and can match nobody.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from counterlink.ingest.linkedin import dates
from counterlink.ingest.linkedin.csvfile import Table, TableSpec
from counterlink.ingest.linkedin.identity import name_key, profile_key
from counterlink.ingest.linkedin.records import RowProblem
from counterlink.ingest.linkedin.repairs import Repairs
from counterlink.schema import Contacts, Experience, Persona

SPEC = TableSpec(
    columns=(
        "First Name",
        "Last Name",
        "URL",
        "Email Address",
        "Company",
        "Position",
        "Connected On",
    ),
    required=("First Name", "Last Name", "Company", "Position", "Connected On"),
)


@dataclass
class Connection:
    name: str | None
    url: str | None
    email: str | None
    company: str | None
    position: str | None
    connected_on: str | None  # ISO date


class Connections:
    """Connections looked up by profile slug, or by a name that only one connection has."""

    def __init__(self) -> None:
        self._by_key: dict[str, Connection] = {}
        self._by_name: dict[str, Connection | None] = {}  # None: several share the name

    def add(self, connection: Connection) -> None:
        key = profile_key(connection.url)
        if key:
            self._by_key.setdefault(key, connection)
        name = name_key(connection.name)
        if name:
            self._by_name[name] = None if name in self._by_name else connection

    def find(self, name: str | None, url: str | None) -> Connection | None:
        key = profile_key(url)
        if key and key in self._by_key:
            return self._by_key[key]
        name_k = name_key(name)
        return self._by_name.get(name_k) if name_k else None


def read_connections(
    table: Table, problems: list[RowProblem], repairs: Repairs
) -> tuple[Connections, int]:
    """The connections in ``table`` and the number of data rows read."""
    first, last = table.column("First Name"), table.column("Last Name")
    url, email = table.column("URL"), table.column("Email Address")
    company, position = table.column("Company"), table.column("Position")
    when = table.column("Connected On")
    assert first is not None and last is not None and when is not None  # required columns
    assert company is not None and position is not None
    found = Connections()
    count = 0
    for line, row in table.rows():
        count += 1
        name = " ".join(p for p in (row[first].strip(), row[last].strip()) if p)
        name = repairs.fix(name, table.file, line, "First Name")
        raw_date = row[when].strip()
        connected = dates.connected_on(raw_date) if raw_date else None
        if raw_date and connected is None:
            problems.append(
                RowProblem(table.file, line, "Connected On", f"unreadable date {raw_date!r}", False)
            )
        if not name and (url is None or not row[url].strip()):
            continue  # a hidden or closed profile: nobody to match
        found.add(
            Connection(
                name=name or None,
                url=(row[url].strip() or None) if url is not None else None,
                email=(row[email].strip() or None) if email is not None else None,
                company=repairs.fix(row[company].strip(), table.file, line, "Company") or None,
                position=repairs.fix(row[position].strip(), table.file, line, "Position") or None,
                connected_on=connected,
            )
        )
    return found, count


def persona_for(name: str, url: str, connections: Connections) -> Persona:
    """The persona of a sender, enriched with what Connections.csv knows about them.

    ``connected_on`` (ISO date) has no place in approach/1 and is kept as an extra field.
    """
    fields: dict[str, Any] = {"name": name or None, "url": url or None}
    known = connections.find(name, url)
    if known is not None:
        if known.position or known.company:
            fields["experience"] = [Experience(title=known.position, company=known.company)]
        if known.position and known.company:
            fields["headline"] = f"{known.position} at {known.company}"
        if known.email:
            fields["contacts"] = Contacts(emails=[known.email])
        if known.connected_on:
            fields["connected_on"] = known.connected_on
    return Persona.model_validate(fields)
