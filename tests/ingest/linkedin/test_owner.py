"""The owner (the target): Profile.csv and Positions.csv, and a URL derived from the data."""

from __future__ import annotations

from pathlib import Path

from counterlink.ingest.linkedin import Owner, read_export

from .samples import (
    INVITATIONS_7,
    MESSAGES_10,
    MESSAGES_13,
    OWNER,
    OWNER_URL,
    POSITIONS,
    PROFILE,
    line,
    message,
    reply,
    write_export,
)

BO = "https://www.linkedin.com/in/bo-li-77"
CY = "https://www.linkedin.com/in/cy-ng"


def test_owner_from_profile_positions_and_messages(tmp_path: Path) -> None:
    text = MESSAGES_13 + (
        message("c1", "Bo Li", BO, "2023-06-11 08:00:00 UTC", "Hi")
        + reply("c1", "2023-06-11 09:00:00 UTC", "Hello", to="Bo Li", recipients=BO)
    )
    folder = write_export(
        tmp_path, {"Profile.csv": PROFILE, "Positions.csv": POSITIONS, "messages.csv": text}
    )
    assert read_export(folder).owner == Owner(
        name=OWNER,
        url=OWNER_URL,
        headline="Quantum error correction researcher",
        organisation="Qubit Co",
        role="Research Scientist",
    )


def test_latest_current_position_wins(tmp_path: Path) -> None:
    positions = (
        "Company Name,Title,Description,Location,Started On,Finished On\n"
        "Old Board,Advisor,,,Mar 2015,\n"
        "Qubit Co,Lead Scientist,,,Jun 2025,\n"
        "Qubit Co,Scientist,,,Jan 2022,May 2025\n"
        "Bad Dates Ltd,Consultant,,,someday,\n"
    )
    text = MESSAGES_13 + message("c1", "Bo Li", BO, "2023-06-11 08:00:00 UTC", "Hi")
    folder = write_export(tmp_path, {"Positions.csv": positions, "messages.csv": text})
    export = read_export(folder)
    assert (export.owner.organisation, export.owner.role) == ("Qubit Co", "Lead Scientist")
    assert [(p.row, p.field, p.lost) for p in export.problems] == [(5, "Started On", False)]


def test_owner_url_from_incoming_invitations(tmp_path: Path) -> None:
    invitations = INVITATIONS_7 + line(
        "Bo Li", OWNER, "1/29/26, 2:37 PM", "", "INCOMING", BO, OWNER_URL
    )
    text = MESSAGES_13 + message("c1", "Bo Li", BO, "2023-06-11 08:00:00 UTC", "Hi")
    folder = write_export(tmp_path, {"Invitations.csv": invitations, "messages.csv": text})
    owner = read_export(folder).owner
    assert (owner.name, owner.url) == (OWNER, OWNER_URL)


def test_owner_without_profile_is_the_person_in_most_conversations(tmp_path: Path) -> None:
    text = MESSAGES_10 + "".join(
        line(f"c{i}", "", name, url, OWNER, OWNER_URL, "2022-01-05 10:00:00 UTC", "", "Hi", "")
        for i, (name, url) in enumerate([("Bo Li", BO), ("Cy Ng", CY)])
    )
    text += line("c0", "", OWNER, OWNER_URL, "Bo Li", BO, "2022-01-06 10:00:00 UTC", "", "Yo", "")
    export = read_export(write_export(tmp_path, {"messages.csv": text}))
    assert (export.owner.name, export.owner.url) == (OWNER, OWNER_URL)
    assert [a.persona.name for a in export.approaches if a.persona] == ["Bo Li", "Cy Ng"]


def test_an_unknown_owner_is_a_warning(tmp_path: Path) -> None:
    # One conversation, two people writing, no profile: who is the owner cannot be told.
    text = MESSAGES_13 + (
        message("c1", "Bo Li", BO, "2023-06-11 08:00:00 UTC", "Hi", to="Cy Ng", recipients=CY)
        + message("c1", "Cy Ng", CY, "2023-06-11 09:00:00 UTC", "Hey", to="Bo Li", recipients=BO)
    )
    export = read_export(write_export(tmp_path, {"messages.csv": text}))
    assert export.owner == Owner()
    (problem,) = export.problems
    assert problem.file == "messages.csv" and not problem.lost
    assert "who owns this export" in problem.message
    (approach,) = export.approaches
    assert [m.sender for m in approach.messages] == ["persona", "persona"]
    assert approach.target is None
