"""Profile.csv and Positions.csv: the owner's name, headline, and current job.

The owner is the target of every approach in the export; their organisation and role are what
a hostile approach is after, so they are carried into ``Approach.target``.
"""

from __future__ import annotations

from dataclasses import dataclass

from counterlink.ingest.linkedin import dates
from counterlink.ingest.linkedin.csvfile import Table, TableSpec
from counterlink.ingest.linkedin.records import RowProblem
from counterlink.ingest.linkedin.repairs import Repairs

PROFILE_SPEC = TableSpec(
    columns=(
        "First Name",
        "Last Name",
        "Maiden Name",
        "Address",
        "Birth Date",
        "Headline",
        "Summary",
        "Industry",
        "Zip Code",
        "Geo Location",
        "Twitter Handles",
        "Websites",
        "Instant Messengers",
    ),
    required=("First Name", "Last Name"),
)
POSITIONS_SPEC = TableSpec(
    columns=("Company Name", "Title", "Description", "Location", "Started On", "Finished On"),
    required=("Company Name", "Title", "Started On", "Finished On"),
)


@dataclass
class ProfileFacts:
    name: str | None = None
    headline: str | None = None


@dataclass
class CurrentJob:
    organisation: str | None = None
    role: str | None = None


def read_profile(table: Table, repairs: Repairs) -> tuple[ProfileFacts, int]:
    """The owner's name and headline from the first data row, and the rows read."""
    first, last = table.column("First Name"), table.column("Last Name")
    headline = table.column("Headline")
    assert first is not None and last is not None  # required columns
    facts = ProfileFacts()
    count = 0
    for line, row in table.rows():
        count += 1
        if count > 1:
            continue  # one profile per export; further rows are read but add nothing
        name = " ".join(p for p in (row[first].strip(), row[last].strip()) if p)
        facts.name = repairs.fix(name, table.file, line, "First Name") or None
        if headline is not None:
            facts.headline = (
                repairs.fix(row[headline].strip(), table.file, line, "Headline") or None
            )
    return facts, count


def read_current_job(
    table: Table, problems: list[RowProblem], repairs: Repairs
) -> tuple[CurrentJob, int]:
    """The current position (empty ``Finished On``; the latest start wins) and the rows read."""
    company, title = table.column("Company Name"), table.column("Title")
    started, finished = table.column("Started On"), table.column("Finished On")
    assert company is not None and title is not None  # required columns
    assert started is not None and finished is not None
    best: tuple[str, CurrentJob] | None = None
    count = 0
    for line, row in table.rows():
        count += 1
        start_raw = row[started].strip()
        start = dates.position_date(start_raw) if start_raw else None
        if start_raw and start is None:
            problems.append(
                RowProblem(table.file, line, "Started On", f"unreadable date {start_raw!r}", False)
            )
        if row[finished].strip():
            continue
        job = CurrentJob(
            organisation=repairs.fix(row[company].strip(), table.file, line, "Company Name")
            or None,
            role=repairs.fix(row[title].strip(), table.file, line, "Title") or None,
        )
        # Exports list the newest position first: a tie keeps the earlier row.
        if best is None or (start or "") > best[0]:
            best = (start or "", job)
    return (best[1] if best else CurrentJob()), count
