"""messages.csv → message rows, one per sent message, drafts left out.

Header variants (mapped by name): 9 columns before early 2023 (no ``RECIPIENT PROFILE URLS``),
10 columns, and 13 columns with ``ATTACHMENTS``, ``IS MESSAGE DRAFT`` and
``IS CONVERSATION DRAFT``. This is the hot loop of an export of 100,000 messages, so it does
the least per row: fields by index, a sliced date, HTML and mojibake handling only when a cheap
test says they are needed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from counterlink.ingest.linkedin import dates
from counterlink.ingest.linkedin.csvfile import Table, TableSpec
from counterlink.ingest.linkedin.records import RowProblem
from counterlink.ingest.linkedin.repairs import Repairs
from counterlink.ingest.linkedin.text import clean_content, is_sponsored

SPEC = TableSpec(
    columns=(
        "CONVERSATION ID",
        "CONVERSATION TITLE",
        "FROM",
        "SENDER PROFILE URL",
        "TO",
        "RECIPIENT PROFILE URLS",
        "DATE",
        "SUBJECT",
        "CONTENT",
        "FOLDER",
        "ATTACHMENTS",
        "IS MESSAGE DRAFT",
        "IS CONVERSATION DRAFT",
    ),
    required=("CONVERSATION ID", "FROM", "DATE", "CONTENT"),
)
PROGRESS_EVERY = 1000


@dataclass(slots=True)
class MessageRow:
    """One sent message as read from messages.csv (text already cleaned)."""

    line: int
    conversation_id: str
    title: str
    sender_name: str
    sender_url: str
    to: str
    recipient_urls: str  # raw cell: split with identity.split_urls when needed
    sent_at: str | None  # ISO 8601, UTC
    subject: str
    content: str
    folder: str
    attachments: str
    sponsored: bool


def read_messages(
    table: Table,
    problems: list[RowProblem],
    repairs: Repairs,
    progress: Callable[[int], None] | None = None,
) -> tuple[list[MessageRow], int]:
    """The sent messages in ``table`` and the number of data rows read (drafts included)."""
    file = table.file
    # A column the export lacks points one past the row, where an empty string is appended.
    absent = table.width

    def at(name: str) -> int:
        position = table.column(name)
        return absent if position is None else position

    conv_at, title_at, sender_at, url_at = (
        at("CONVERSATION ID"),
        at("CONVERSATION TITLE"),
        at("FROM"),
        at("SENDER PROFILE URL"),
    )
    to_at, recipients_at, date_at, subject_at = (
        at("TO"),
        at("RECIPIENT PROFILE URLS"),
        at("DATE"),
        at("SUBJECT"),
    )
    content_at, folder_at, attachments_at, draft_at = (
        at("CONTENT"),
        at("FOLDER"),
        at("ATTACHMENTS"),
        at("IS MESSAGE DRAFT"),
    )
    fix = repairs.fix
    # Ids, names, URLs and folders repeat on every message of a conversation: keep one copy
    # of each value, not one per row (``share(value, value)``).
    shared: dict[str, str] = {}
    share = shared.setdefault
    found: list[MessageRow] = []
    count = pending = 0
    for line, row in table.rows():
        pending += 1
        if pending == PROGRESS_EVERY and progress is not None:
            progress(pending)
            pending = 0
        row.append("")
        conversation_id = row[conv_at].strip()
        if not conversation_id:
            problems.append(
                RowProblem(file, line, "CONVERSATION ID", "empty conversation id", True)
            )
            continue
        count += 1
        if row[draft_at].strip().casefold() == "yes":
            continue  # never sent: not part of any approach
        raw_date = row[date_at]
        sent_at = dates.message_date(raw_date)
        if sent_at is None:
            problems.append(
                RowProblem(file, line, "DATE", f"unreadable date {raw_date.strip()!r}", False)
            )
        # Mojibake can only hide in non-ASCII text: most rows skip the repair entirely.
        # The calls keep this order: it is the order of the warnings of one row.
        repair = fix if not all(map(str.isascii, row)) else _unchanged
        raw_content = repair(row[content_at], file, line, "CONTENT")
        sender_name = repair(row[sender_at].strip(), file, line, "FROM")
        title = repair(row[title_at].strip(), file, line, "CONVERSATION TITLE")
        to = repair(row[to_at].strip(), file, line, "TO")
        subject = repair(row[subject_at].strip(), file, line, "SUBJECT")
        conversation_id = share(conversation_id, conversation_id)
        title, to = share(title, title), share(to, to)
        sender_name = share(sender_name, sender_name)
        sender_url = row[url_at].strip()
        sender_url = share(sender_url, sender_url)
        recipient_urls = share(row[recipients_at], row[recipients_at])
        folder = row[folder_at].strip().upper()
        folder = share(folder, folder)
        # Positional, as keywords cost a third of a microsecond a row: the locals are named
        # after the fields, in the fields' order.
        found.append(
            MessageRow(
                line,
                conversation_id,
                title,
                sender_name,
                sender_url,
                to,
                recipient_urls,
                sent_at,
                subject,
                clean_content(raw_content),
                folder,
                row[attachments_at].strip(),
                is_sponsored(raw_content, sender_name, sender_url),
            )
        )
    if pending and progress is not None:
        progress(pending)
    return found, count


def _unchanged(value: str, file: str, line: int, field: str) -> str:
    return value
