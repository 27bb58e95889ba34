"""Invitations.csv: an INCOMING invitation with a message is an approach."""

from __future__ import annotations

from pathlib import Path

from counterlink.ingest.linkedin import RowProblem, read_export
from counterlink.schema import APPROACH_SCHEMA

from .samples import INVITATIONS_5, INVITATIONS_7, OWNER, OWNER_URL, POSITIONS, PROFILE, line

MARK = "https://www.linkedin.com/in/mark-reynolds-consult"
BO = "https://www.linkedin.com/in/bo"


def test_incoming_invitation_with_a_message(tmp_path: Path) -> None:
    text = INVITATIONS_7 + (
        line("Mark Reynolds", OWNER, "10/30/26, 4:12 PM", "Paid advisory. WhatsApp me.",
             "INCOMING", MARK, OWNER_URL)
        + line("Bo Li", OWNER, "1/29/26, 2:37 PM", "", "INCOMING", BO, OWNER_URL)
        + line(OWNER, "Cy Ng", "3/1/26, 9:00 AM", "Hi Cy, let's connect", "OUTGOING", OWNER_URL,
               "https://www.linkedin.com/in/cy")
    )  # fmt: skip
    (tmp_path / "Invitations.csv").write_text(text)
    (tmp_path / "Profile.csv").write_text(PROFILE)
    (tmp_path / "Positions.csv").write_text(POSITIONS)
    export = read_export(tmp_path)
    (approach,) = export.approaches
    assert approach.to_json_dict() == {
        "schema": APPROACH_SCHEMA,
        "id": "linkedin:invitation:2",
        "source": "LinkedIn export: Invitations.csv",
        "channel": "linkedin",
        "received_at": "2026-10-30T16:12:00",
        "persona": {"name": "Mark Reynolds", "url": MARK},
        "target": {"name": OWNER, "organisation": "Qubit Co", "role": "Research Scientist"},
        "messages": [
            {
                "sender": "persona",
                "sent_at": "2026-10-30T16:12:00",
                "text": "Paid advisory. WhatsApp me.",
            }
        ],
        "linkedin": {
            "kind": "invitation",
            "direction": "INCOMING",
            "sponsored": False,
            "participants": [
                {"name": "Mark Reynolds", "url": MARK},
                {"name": OWNER, "url": OWNER_URL},
            ],
        },
    }
    assert export.owner.url == OWNER_URL  # from the OUTGOING inviter
    assert export.files_read == ["Profile.csv", "Positions.csv", "Invitations.csv"]
    assert export.rows_read == 1 + 2 + 3


def test_old_five_column_invitations(tmp_path: Path) -> None:
    text = INVITATIONS_5 + (
        '"Sophie Tan","Ada Quinn","10/18/26, 7:03 AM","Send your CV to my gmail","INCOMING"\n'
        '"Ada Quinn","Cy Ng","3/1/26, 9:00 AM","","OUTGOING"\n'
    )
    (tmp_path / "Invitations.csv").write_text(text)
    export = read_export(tmp_path)
    (approach,) = export.approaches
    assert approach.persona is not None
    assert (approach.persona.name, approach.persona.url) == ("Sophie Tan", None)
    assert approach.target is not None and approach.target.name == OWNER  # from OUTGOING From
    assert approach.received_at == "2026-10-18T07:03:00"


def test_bad_invitation_rows(tmp_path: Path) -> None:
    text = INVITATIONS_7 + (
        line("Bo Li", OWNER, "soon", "Hello", "INCOMING", "", "")
        + line("Cy Ng", OWNER, "1/2/26, 1:00 PM", "Hi", "SIDEWAYS", "", "")
        + line("Dee", OWNER, "1/2/26, 1:00 PM", "Hi")
    )
    (tmp_path / "Invitations.csv").write_text(text)
    export = read_export(tmp_path)
    assert export.problems == [
        RowProblem("Invitations.csv", 2, "Sent At", "unreadable date 'soon'", False),
        RowProblem("Invitations.csv", 3, "Direction", "unknown direction 'SIDEWAYS'", True),
        RowProblem("Invitations.csv", 4, None, "expected 7 fields, found 4", True),
    ]
    (approach,) = export.approaches
    assert approach.received_at is None and approach.messages[0].text == "Hello"
