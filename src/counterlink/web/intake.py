"""Report intake: the report form, an uploaded .eml and a scanned export's approaches → approach/1.

A pasted conversation follows one convention, shown on the form:

* the text as it was received is one message from the persona;
* a line holding only ``---`` separates messages;
* a message whose first line starts with ``Me:`` is the reporter's own reply, ``Them:`` marks
  the persona's (optional: unmarked text is theirs). A line starting ``Me:`` or ``Them:`` also
  begins a new message, so a conversation can be pasted as ``Them: ... / Me: ... / Them: ...``.

Everything arriving from a browser is validated again here: the form's values, and the approaches
a scan page carries back in its checkboxes, which are never trusted as they were sent.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from counterlink.assess import Assessor
from counterlink.errors import InvalidInput
from counterlink.ingest.approach_json import load_json
from counterlink.ingest.eml import approach_from_email, header
from counterlink.ingest.text import approach_from_text
from counterlink.report import persona_label, short_code
from counterlink.schema import APPROACH_SCHEMA, Approach, Assessment, Message, Target

SOURCE = "web report"
SCAN_SOURCE = "web report: LinkedIn export"
CHANNELS = ("linkedin", "email", "other")
# Sectors the target rule (signals/target.py) recognises, in words a reporter would pick;
# a test checks that each one raises context.sensitive_target.
SECTORS = (
    "artificial intelligence",
    "machine learning",
    "quantum",
    "semiconductors",
    "microelectronics",
    "photonics",
    "synthetic biology",
    "biotechnology",
    "genomics",
    "defence",
    "aerospace",
    "space systems",
    "nuclear",
    "telecommunications",
    "cyber security",
    "critical national infrastructure",
    "government",
    "civil service",
    "parliament",
    "diplomatic",
    "intelligence",
    "think tank",
    "university",
    "research institute",
    "national laboratory",
)
VERIFIED_CHOICES = ("", "yes", "no")
MAX_TEXT = 100_000  # characters of pasted messages
MAX_FIELD = 2_000  # characters of any other form field
MAX_CARRIED = 256 * 1024  # bytes of one approach carried back from the scan page

_SEPARATOR = re.compile(r"^\s*-{3,}\s*$")
_SPEAKER = re.compile(r"^\s*(me|them)\s*:[ \t]?", re.IGNORECASE)
_LIST_SPLIT = re.compile(r"[\n,;]+")


def _text(limit: int = MAX_FIELD) -> Any:
    return Field(default="", max_length=limit)


class ReportFields(BaseModel):
    """The report form's text fields, as typed (kept verbatim to fill the form again)."""

    model_config = ConfigDict(str_strip_whitespace=False)

    persona_name: str = _text()
    headline: str = _text()
    profile_url: str = _text()
    job_title: str = _text()
    employer: str = _text()
    location: str = _text()
    about: str = _text(MAX_TEXT)
    connections: str = _text(40)
    followers: str = _text(40)
    member_since: str = _text(40)
    emails: str = _text()
    phones: str = _text()
    websites: str = _text()
    handles: str = _text()
    skills: str = _text()
    school: str = _text()
    degree: str = _text()
    verified_identity: str = _text(10)
    verified_workplace: str = _text(10)
    channel: str = Field(default="linkedin", max_length=20)
    received_on: str = _text(40)
    messages: str = _text(MAX_TEXT)
    account: str = _text(MAX_TEXT)
    department: str = _text(200)
    role: str = _text(200)
    sector: str = _text(200)
    sector_other: str = _text(200)


def split_conversation(text: str) -> list[Message]:
    """The messages of a pasted text under the form's convention (see the module docstring)."""
    blocks: list[tuple[str, list[str]]] = [("persona", [])]
    for line in text.splitlines():
        if _SEPARATOR.match(line):
            blocks.append(("persona", []))
            continue
        speaker = _SPEAKER.match(line)
        if speaker is not None:
            sender = "target" if speaker.group(1).lower() == "me" else "persona"
            blocks.append((sender, [line[speaker.end() :]]))
            continue
        blocks[-1][1].append(line)
    messages = []
    for sender, lines in blocks:
        body = "\n".join(lines).strip()
        if body:
            messages.append(Message(sender=sender, text=body))
    return messages


def _clean(value: str) -> str | None:
    value = value.strip()
    return value or None


def _items(value: str) -> list[str] | None:
    """A comma-, semicolon- or line-separated list; None when empty."""
    items = [item.strip() for item in _LIST_SPLIT.split(value) if item.strip()]
    return list(dict.fromkeys(items)) or None


def _count(value: str, field: str) -> int | None:
    """'500+', '1,204' → an int; empty → None; anything else is an error."""
    digits = value.strip().replace(",", "").replace(" ", "").rstrip("+")
    if not digits:
        return None
    if not digits.isdigit():
        raise InvalidInput("must be a number, e.g. 500 or 500+", field=field)
    return int(digits)


def _handles(value: str) -> dict[str, str] | None:
    """Lines like ``WhatsApp: +44 7700 900123`` → {"whatsapp": "+44 7700 900123"}."""
    handles: dict[str, str] = {}
    for line in value.splitlines():
        if not line.strip():
            continue
        app, colon, handle = line.partition(":")
        app = re.sub(r"[^a-z0-9]", "", app.lower())
        if not colon or not app or not handle.strip():
            raise InvalidInput(
                f"write one handle a line as 'App: handle' (got '{line.strip()[:60]}')",
                field="handles",
            )
        handles[app] = handle.strip()
    return handles or None


def _verified(value: str, field: str) -> bool | None:
    if value not in VERIFIED_CHOICES:
        raise InvalidInput("must be yes, no or left empty", field=field)
    return {"yes": True, "no": False}.get(value)


def persona_record(fields: ReportFields) -> dict[str, Any]:
    """The persona as the reporter described it; fields left empty are left out."""
    record: dict[str, Any] = {
        "name": _clean(fields.persona_name),
        "headline": _clean(fields.headline),
        "url": _clean(fields.profile_url),
        "location": _clean(fields.location),
        "about": _clean(fields.about),
        "connections": _count(fields.connections, "connections"),
        "followers": _count(fields.followers, "followers"),
        "member_since": _clean(fields.member_since),
        "skills": _items(fields.skills),
    }
    if fields.job_title.strip() or fields.employer.strip():
        # The claimed current job; an absent list means "not captured", never "no history".
        record["experience"] = [
            {"title": _clean(fields.job_title), "company": _clean(fields.employer)}
        ]
    if fields.school.strip() or fields.degree.strip():
        record["education"] = [{"school": _clean(fields.school), "degree": _clean(fields.degree)}]
    contacts = {
        "emails": _items(fields.emails),
        "phones": _items(fields.phones),
        "websites": _items(fields.websites),
        "handles": _handles(fields.handles),
    }
    if any(contacts.values()):
        record["contacts"] = contacts
    verified = {
        "identity": _verified(fields.verified_identity, "verified_identity"),
        "workplace": _verified(fields.verified_workplace, "verified_workplace"),
    }
    if any(v is not None for v in verified.values()):
        record["verified"] = verified
    return {key: value for key, value in record.items() if value is not None}


def _target_dict(target: Target) -> dict[str, Any]:
    return target.model_dump(mode="json", exclude_none=True)


def target_from(department: str, role: str, sector: str, sector_other: str) -> Target:
    """Who was targeted; a sector typed in words wins over the one picked from the list."""
    if sector and sector not in SECTORS:
        raise InvalidInput("pick a sector from the list, or type it in the box", field="sector")
    return Target.model_validate(
        {
            "sector": _clean(sector_other) or _clean(sector),
            "role": _clean(role),
            "department": _clean(department),
        }
    )


def approach_from_eml(data: bytes, filename: str) -> Approach:
    """An uploaded e-mail as the approach: its sender is the persona."""
    message = BytesParser(policy=policy.default).parsebytes(data)
    if not isinstance(message, EmailMessage) or not (
        header(message, "From") or header(message, "Subject")
    ):
        raise InvalidInput(f"{filename} is not an e-mail (no From or Subject header)")
    approach = approach_from_email(message, source=SOURCE)
    if not any(m.text.strip() for m in approach.messages):
        raise InvalidInput(f"{filename} holds no text to assess")
    return approach


def build_approach(
    fields: ReportFields, eml: tuple[str, bytes] | None = None, evidence: bool = False
) -> Approach:
    """The approach/1 record of a filled-in report form.

    The pasted messages are the approach; when none are pasted, an attached e-mail (``eml``:
    its name and bytes) is. The form's persona and target fields override what the e-mail says.
    The reporter's own account of what happened becomes ``Approach.account``, assessed with the
    messages; it may also stand alone, when nothing was kept of what they sent. With
    ``evidence`` (attachments that were read: a profile PDF, a screenshot), the form may give
    nothing else: the caller merges what the files gave.
    """
    if fields.channel not in CHANNELS:
        raise InvalidInput(f"must be one of {', '.join(CHANNELS)}", field="channel")
    persona = persona_record(fields)
    target = target_from(fields.department, fields.role, fields.sector, fields.sector_other)
    messages = split_conversation(fields.messages)
    if messages:
        if not any(m.sender == "persona" for m in messages):
            raise InvalidInput(
                "every message is marked 'Me:': paste what the persona sent as well",
                field="messages",
            )
        base = approach_from_text(fields.messages, source=SOURCE).to_json_dict()
        base["channel"] = fields.channel
        base["messages"] = [m.model_dump(exclude_none=True) for m in messages]
    elif eml is not None:
        base = approach_from_eml(eml[1], eml[0]).to_json_dict()
    elif _clean(fields.account) or evidence:
        base = {"schema": APPROACH_SCHEMA, "source": SOURCE, "channel": fields.channel}
        base["messages"] = []
    else:
        raise InvalidInput(
            "paste the messages you received, attach the e-mail as an .eml file, a saved "
            "profile PDF or a screenshot, or tell us what happened in your own words",
            field="messages",
        )
    account = _clean(fields.account)
    if account:
        base["account"] = account
    base["persona"] = {**base.get("persona", {}), **persona}
    base["target"] = {**base.get("target", {}), **_target_dict(target)}
    if _clean(fields.received_on):
        base["received_at"] = fields.received_on.strip()
    return Approach.model_validate(base)


def carried_approach(raw: str, position: int) -> Approach:
    """An approach the scan page sent back, validated as if it came from anywhere.

    ``position`` (1-based) names it in errors. The source is set here and dataset fields a
    reporter has no business setting (label, annotations) are dropped.
    """
    where = f"chosen approach {position}"
    if len(raw.encode("utf-8")) > MAX_CARRIED:
        raise InvalidInput(f"{where} is larger than {MAX_CARRIED // 1024} KB")
    try:
        record = load_json(raw, where)
    except InvalidInput as exc:
        raise InvalidInput(f"{where}: {exc.message}") from None
    except ValueError:
        raise InvalidInput(f"{where} is not valid JSON; scan the export again") from None
    if not isinstance(record, dict):
        raise InvalidInput(f"{where} is not an approach/1 object; scan the export again")
    record.pop("label", None)
    record.pop("annotations", None)
    record["source"] = SCAN_SOURCE
    try:
        approach = Approach.model_validate(record)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "record"
        raise InvalidInput(f"{where} is not valid approach/1 ({field}: {first['msg']})") from None
    if not any(m.sender == "persona" and m.text.strip() for m in approach.messages):
        raise InvalidInput(f"{where} holds no message from the persona")
    return approach


def with_target(approach: Approach, extra: Target) -> Approach:
    """The approach with the reporter's department, role and sector laid over its target."""
    given = _target_dict(extra)
    if not given:
        return approach
    record = approach.to_json_dict()
    record["target"] = {**record.get("target", {}), **given}
    return Approach.model_validate(record)


@dataclass
class Ranked:
    """One scanned approach as the ranked list shows it."""

    approach: Approach
    assessment: Assessment
    carried: str  # the approach/1 JSON the checkbox sends back

    @property
    def persona(self) -> str:
        return persona_label(self.approach)

    @property
    def first_date(self) -> str:
        dates = [m.sent_at for m in self.approach.messages if m.sent_at]
        return (min(dates) if dates else self.approach.received_at or "")[:10]

    @property
    def strongest(self) -> list[tuple[str, str]]:
        """(short code, title) of the findings that raised the score, strongest first."""
        return [(short_code(f.code), f.title) for f in self.assessment.findings if f.weight > 0][:4]


def rank(approaches: list[Approach], assessor: Assessor) -> list[Ranked]:
    """Every approach assessed, riskiest first (ties: most recent first)."""
    rows = [
        Ranked(a, assessor.assess(a), json.dumps(a.to_json_dict(), ensure_ascii=False))
        for a in approaches
    ]
    rows.sort(key=lambda r: r.first_date, reverse=True)
    rows.sort(key=lambda r: r.assessment.score, reverse=True)
    return rows
