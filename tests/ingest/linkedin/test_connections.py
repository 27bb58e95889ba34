"""Connections.csv enriches personas; every header variant and its quirks are read."""

from __future__ import annotations

from pathlib import Path

import pytest

from counterlink.ingest.linkedin import RowProblem, read_export

from .samples import CONNECTIONS_6, CONNECTIONS_7, MESSAGES_13, NOTES, message, write_export

BO = "https://www.linkedin.com/in/bo-li-77"


def _export(tmp_path: Path, connections: str, sender_url: str = BO):
    text = MESSAGES_13 + message("c1", "Bo Li", sender_url, "2023-06-11 08:00:00 UTC", "Hi")
    folder = write_export(
        tmp_path / "export", {"messages.csv": text, "Connections.csv": connections}, crlf=True
    )
    return read_export(folder)


@pytest.mark.parametrize(
    "preamble", [NOTES, NOTES.replace("Notes:", '"Notes:"', 1), ""], ids=["notes", "quoted", "none"]
)
def test_enrichment_by_slug(tmp_path: Path, preamble: str) -> None:
    connections = preamble + CONNECTIONS_7 + (
        ",,,,,,07 Jun 2026\n"
        ",,,,,,\n"
        "Bo,Li,https://www.linkedin.com/in/Bo-Li-77/,bo@example.com,Acme Search,"
        "Senior Consultant,3 Feb 2021\n"
    )  # fmt: skip
    export = _export(tmp_path, connections)
    persona = export.approaches[0].persona
    assert persona is not None
    assert persona.model_dump(exclude_none=True) == {
        "name": "Bo Li",
        "url": BO,
        "headline": "Senior Consultant at Acme Search",
        "experience": [{"title": "Senior Consultant", "company": "Acme Search"}],
        "contacts": {"emails": ["bo@example.com"]},
        "connected_on": "2021-02-03",
    }
    assert export.problems == []
    assert export.rows_read == 1 + 2  # hidden-member row read, comma-only row passed over


def test_enrichment_by_name_without_url_column(tmp_path: Path) -> None:
    connections = CONNECTIONS_6 + "Bo,Li,,Acme Search,,08 Feb 2026\n"
    persona = _export(tmp_path, connections, sender_url="").approaches[0].persona
    assert persona is not None
    assert persona.headline is None  # only one of Position and Company is known
    assert persona.experience is not None and persona.experience[0].company == "Acme Search"
    assert persona.model_extra == {"connected_on": "2026-02-08"}


def test_an_ambiguous_name_matches_nobody(tmp_path: Path) -> None:
    connections = CONNECTIONS_6 + "Bo,Li,,Acme,CEO,08 Feb 2026\nBo,Li,,Other,CTO,09 Feb 2026\n"
    persona = _export(tmp_path, connections, sender_url="").approaches[0].persona
    assert persona is not None and persona.experience is None


def test_a_different_url_is_not_matched_by_name(tmp_path: Path) -> None:
    connections = (
        CONNECTIONS_7 + "Bo,Li,https://www.linkedin.com/in/other-bo,,Acme,CEO,1 Jan 2020\n"
    )
    persona = _export(tmp_path, connections).approaches[0].persona
    assert persona is not None
    # The slug differs, so the exact-name fallback applies (a single Bo Li is known).
    assert persona.experience is not None


def test_bad_date_is_a_warning(tmp_path: Path) -> None:
    connections = CONNECTIONS_7 + f"Bo,Li,{BO},,Acme,CEO,Feb 2021\n"
    export = _export(tmp_path, connections)
    assert export.problems == [
        RowProblem("Connections.csv", 2, "Connected On", "unreadable date 'Feb 2021'", False)
    ]
    persona = export.approaches[0].persona
    assert persona is not None and persona.headline == "CEO at Acme"
    assert not persona.model_extra


def test_unusable_connections_file_is_a_lost_problem_not_an_error(tmp_path: Path) -> None:
    connections = NOTES + "First Name,Last Name,URL,Email Address,Company,Connected On\n"
    export = _export(tmp_path, connections)
    (problem,) = export.problems
    assert (problem.file, problem.row, problem.field, problem.lost) == (
        "Connections.csv",
        4,
        "Position",
        True,
    )
    assert "file not used" in problem.message
    assert export.rows_lost == 1
    assert "Connections.csv" in export.files_skipped
    assert len(export.approaches) == 1
