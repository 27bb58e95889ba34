"""Invitations.csv: an INCOMING invitation that carries a message is an approach of its own.

Header variants (mapped by name): ``From,To,Sent At,Message,Direction`` and, since late 2023,
with ``inviterProfileUrl,inviteeProfileUrl`` appended.
"""

from __future__ import annotations

from dataclasses import dataclass

from counterlink.ingest.linkedin import dates
from counterlink.ingest.linkedin.connections import Connections, persona_for
from counterlink.ingest.linkedin.csvfile import Table, TableSpec
from counterlink.ingest.linkedin.records import RowProblem
from counterlink.ingest.linkedin.repairs import Repairs
from counterlink.ingest.linkedin.text import clean_content
from counterlink.schema import APPROACH_SCHEMA, Approach, Message, Target

SPEC = TableSpec(
    columns=(
        "From",
        "To",
        "Sent At",
        "Message",
        "Direction",
        "inviterProfileUrl",
        "inviteeProfileUrl",
    ),
    required=("From", "To", "Sent At", "Message", "Direction"),
)
DIRECTIONS = ("INCOMING", "OUTGOING")


@dataclass(slots=True)
class InvitationRow:
    line: int
    sender: str
    recipient: str
    sent_at: str | None  # ISO 8601, no time zone (the export gives none)
    message: str
    direction: str
    inviter_url: str
    invitee_url: str


def read_invitations(
    table: Table, problems: list[RowProblem], repairs: Repairs
) -> tuple[list[InvitationRow], int]:
    """Every invitation in ``table`` and the number of data rows read."""
    file, absent = table.file, table.width

    def at(name: str) -> int:
        position = table.column(name)
        return absent if position is None else position

    sender, recipient, when, message = at("From"), at("To"), at("Sent At"), at("Message")
    direction, inviter, invitee = at("Direction"), at("inviterProfileUrl"), at("inviteeProfileUrl")
    found: list[InvitationRow] = []
    for line, row in table.rows():
        row.append("")
        way = row[direction].strip().upper()
        if way not in DIRECTIONS:
            problems.append(RowProblem(file, line, "Direction", f"unknown direction {way!r}", True))
            continue
        raw_date = row[when].strip()
        sent_at = dates.invitation_date(raw_date)
        if sent_at is None:
            problems.append(
                RowProblem(file, line, "Sent At", f"unreadable date {raw_date!r}", False)
            )
        found.append(
            InvitationRow(
                line=line,
                sender=repairs.fix(row[sender].strip(), file, line, "From"),
                recipient=repairs.fix(row[recipient].strip(), file, line, "To"),
                sent_at=sent_at,
                message=clean_content(repairs.fix(row[message], file, line, "Message")),
                direction=way,
                inviter_url=row[inviter].strip(),
                invitee_url=row[invitee].strip(),
            )
        )
    return found, len(found)


def invitation_approaches(
    rows: list[InvitationRow],
    target: Target | None,
    connections: Connections,
    file: str,
) -> list[Approach]:
    """One approach per INCOMING invitation with a non-empty message."""
    found = []
    for row in rows:
        if row.direction != "INCOMING" or not row.message:
            continue
        found.append(
            Approach.model_validate(
                {
                    "schema": APPROACH_SCHEMA,
                    "id": f"linkedin:invitation:{row.line}",
                    "source": f"LinkedIn export: {file}",
                    "channel": "linkedin",
                    "received_at": row.sent_at,
                    "persona": persona_for(row.sender, row.inviter_url, connections),
                    "target": target,
                    "messages": [Message(sender="persona", sent_at=row.sent_at, text=row.message)],
                    "linkedin": {
                        "kind": "invitation",
                        "direction": row.direction,
                        "sponsored": False,
                        "participants": [
                            {"name": row.sender or None, "url": row.inviter_url or None},
                            {"name": row.recipient or None, "url": row.invitee_url or None},
                        ],
                    },
                }
            )
        )
    return found
