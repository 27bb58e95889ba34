"""An e-mail saved as ``.eml`` (RFC 5322) → Approach: the sender is the persona."""

from __future__ import annotations

import email.utils
from email import errors, policy
from email.header import decode_header, make_header
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

from counterlink.errors import InvalidInput
from counterlink.ingest.html import html_to_text
from counterlink.schema import APPROACH_SCHEMA, Approach

# The stdlib's modern header parser (policy.default) raises these, instead of recording a defect,
# on some malformed address and id headers ("From: a@[x", "Message-ID: <"): found by fuzzing.
_HEADER_ERRORS = (errors.HeaderParseError, IndexError, AttributeError, ValueError, TypeError)


def header(message: EmailMessage, name: str) -> str:
    """The header's decoded text, "" when absent; its raw text when the parser fails on it."""
    try:
        return str(message[name] or "")
    except _HEADER_ERRORS:
        pass
    raw = next((str(v) for k, v in message.raw_items() if k.lower() == name.lower()), "")
    try:
        return str(make_header(decode_header(raw)))
    except (*_HEADER_ERRORS, LookupError, UnicodeError):
        return raw


def read_eml(path: Path) -> Approach:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"cannot read: {exc.strerror}", file=path) from None
    if not raw.strip():
        raise InvalidInput("empty e-mail file", file=path)
    message = BytesParser(policy=policy.default).parsebytes(raw)
    if not isinstance(message, EmailMessage) or not (
        header(message, "From") or header(message, "Subject")
    ):
        raise InvalidInput("not an e-mail message (no From or Subject header)", file=path)
    return approach_from_email(message, source=f"e-mail: {path.name}")


def approach_from_email(message: EmailMessage, source: str) -> Approach:
    name, address = email.utils.parseaddr(header(message, "From"))
    _reply_name, reply_to = email.utils.parseaddr(header(message, "Reply-To"))
    emails = [a for a in (address, reply_to) if a]
    subject = header(message, "Subject").strip()
    body = _body_text(message)
    text = f"{subject}\n{body}".strip() if subject else body
    persona: dict[str, Any] = {"name": name or address or None}
    if emails:
        persona["contacts"] = {"emails": list(dict.fromkeys(emails))}
    to_name, to_address = email.utils.parseaddr(header(message, "To"))
    record: dict[str, Any] = {
        "schema": APPROACH_SCHEMA,
        "id": f"email:{header(message, 'Message-ID') or source}".strip(),
        "source": source,
        "channel": "email",
        "received_at": _date(message),
        "persona": persona,
        "target": {"name": to_name or to_address or None},
        "messages": [{"sender": "persona", "sent_at": _date(message), "text": text}],
        "email": {
            "reply_to_differs": bool(reply_to and reply_to.lower() != address.lower()),
            "attachments": [part.get_filename() or "" for part in message.iter_attachments()],
        },
    }
    return Approach.model_validate(record)


def _body_text(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, UnicodeError):
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""
    if not isinstance(content, str):
        return ""
    if part.get_content_type() == "text/html":
        return html_to_text(content)
    return content.strip()


def _date(message: EmailMessage) -> str | None:
    value = header(message, "Date")
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(str(value)).isoformat()
    except (TypeError, ValueError):
        return None
