"""Fixture builders: small exports written to ``tmp_path`` in LinkedIn's exact formats."""

from __future__ import annotations

import csv
import io
from pathlib import Path

OWNER = "Ada Quinn"
OWNER_URL = "https://www.linkedin.com/in/ada-quinn-42"

MESSAGES_13 = (
    '"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO",'
    '"RECIPIENT PROFILE URLS","DATE","SUBJECT","CONTENT","FOLDER","ATTACHMENTS",'
    '"IS MESSAGE DRAFT","IS CONVERSATION DRAFT"\n'
)
MESSAGES_10 = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
    "DATE,SUBJECT,CONTENT,FOLDER\n"
)
MESSAGES_9 = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n"
)
INVITATIONS_7 = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
INVITATIONS_5 = "From,To,Sent At,Message,Direction\n"
NOTES = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses are '
    "missing. You will only see email addresses for connections who have allowed their "
    "connections to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    'https://www.linkedin.com/help/linkedin/answer/261"\n'
    "\n"
)
CONNECTIONS_7 = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
CONNECTIONS_6 = "First Name,Last Name,Email Address,Company,Position,Connected On\n"
PROFILE = (
    "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,"
    "Geo Location,Twitter Handles,Websites,Instant Messengers\n"
    "Ada,Quinn,,,,Quantum error correction researcher,,Research,,"
    '"Oxford, England, United Kingdom",,,\n'
)
POSITIONS = (
    "Company Name,Title,Description,Location,Started On,Finished On\n"
    "Qubit Co,Research Scientist,,Oxford,Jan 2024,\n"
    "University of Oxford,Postdoctoral Researcher,,Oxford,Oct 2019,Dec 2023\n"
)


def line(*fields: str, quote_all: bool = True) -> str:
    """One CSV record (LF-terminated), every field quoted as in recent exports."""
    out = io.StringIO()
    quoting = csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL
    csv.writer(out, quoting=quoting, lineterminator="\n").writerow(fields)
    return out.getvalue()


def message(
    conversation: str,
    sender: str,
    url: str,
    date: str,
    content: str,
    *,
    to: str = OWNER,
    recipients: str = OWNER_URL,
    subject: str = "",
    folder: str = "INBOX",
    title: str = "",
    draft: str = "No",
) -> str:
    """One row of the 13-column messages.csv."""
    return line(
        conversation, title, sender, url, to, recipients, date, subject, content, folder, "",
        draft, "No",
    )  # fmt: skip


def reply(conversation: str, date: str, content: str, *, to: str, recipients: str) -> str:
    """A message from the owner."""
    return message(conversation, OWNER, OWNER_URL, date, content, to=to, recipients=recipients)


def write_export(
    folder: Path,
    files: dict[str, str | bytes],
    *,
    crlf: bool = False,
    bom: tuple[str, ...] = (),
) -> Path:
    """Write ``files`` (name → text or raw bytes) into ``folder``; return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
            continue
        if crlf:
            content = content.replace("\n", "\r\n")
        data = content.encode("utf-8")
        path.write_bytes((b"\xef\xbb\xbf" if name in bom else b"") + data)
    return folder
