"""Screenshots of a conversation or a profile → an approach, by OCR (Tesseract).

The OCR'd lines are sorted top to bottom and each is given a kind: a phone's status bar, app
chrome ("Write a message...", "Send", "Connect", "Seen", "online" ...), a date separator
("TODAY", "MAR 4", "March 4, 2024"), a time ("10:42 AM", "• 3:05 PM", "10:42"), a sender line
(a name followed by its time, as LinkedIn threads show them), a count of connections or
followers, a profile section heading ("About", "Experience"), or text.

Then, in order:

* **Header**: the text lines above the first date, time, sender line, count or heading, when
  the first of them looks like a name, are the other person: name, then headline, then a
  location ("City, Region, Country · Contact info"). Further header lines are kept in
  ``annotations.extracted_from.header_unread`` (and said as a problem), never dropped.
* **Messages**, in one of three layouts:

  - *named* (LinkedIn threads, InMail): a message is the text under a sender line, up to the
    next sender line, date or time. The header's person is the persona; "You" and any other
    name are the target (the one other name becomes ``target.name``). Without a header the
    first sender is taken to be the persona (the one who wrote first, who made the approach).
    A name line without a time that repeats a sender's name also opens a message.
  - *bubbles* (WhatsApp, WeChat, LinkedIn's phone app): no sender lines, text on both sides of
    the screen or times at the end of bubbles. A bubble whose text sits nearer the left edge of
    the image is the persona's, nearer the right edge the target's (the screenshot's owner);
    a bubble ends at a vertical gap, at a change of side, or at its time. Centred lines are
    app notices ("Li Wei changed their phone number"), kept in ``extracted_from.notices``.
  - *plain*: any other text is one message from the persona, paragraphs kept.

  InMail (an "InMail" label among the chrome): the first line of the first message, when short
  and without end punctuation, is its subject (``message.subject``, and still the text's first
  line, as an e-mail's subject is).
* **Profile sections**: text under "About" becomes ``persona.about``; under other headings
  ("Experience", "Education", ...) it is kept as text in ``persona.other_sections`` (not parsed).

Times as shown ("MAR 4 10:42 AM") are kept in ``message.sent_at_shown``; ``sent_at`` (ISO 8601)
is set only when a date with its year and a time were both read.

Confidence: a line Tesseract read with a mean confidence under 40 is left out and is a lost
problem (:class:`RowProblem` with ``lost=True``, ``row`` the line's number from the top, the
message naming its box and text); a line kept that has words under 40 is a warning
(``lost=False``) naming those words, since it may be misread. What the splitter does not do:
group chats of three or more people (every other name is the target), experience or education
entries of a profile screenshot (kept as section text), messages whose sender line was cut off
above the screenshot (read as the header's person's), right-to-left scripts, and images in
messages. The channel is guessed from the app's own words (chrome, never message text: a
LinkedIn message saying "WhatsApp" is still LinkedIn) and the layout; else "unknown".
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from difflib import SequenceMatcher
from pathlib import Path
from typing import TYPE_CHECKING, Any

from counterlink.errors import InvalidInput
from counterlink.ingest import Loaded
from counterlink.ingest.images.ocr import OcrLine, make_line, ocr_lines, tesseract_version
from counterlink.ingest.images.open import open_image
from counterlink.ingest.linkedin.records import RowProblem
from counterlink.schema import APPROACH_SCHEMA, Approach

if TYPE_CHECKING:
    from PIL import Image

SOURCE = "counterlink.ocr/1"
MIN_CONFIDENCE = 40.0

_TIME = r"\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?\s?[Mm]\.?)?"
_SEP = r"[•·+*°\-–—|]"
_TICKS = r"(?:\s*[✓✔√vVW/]{1,3})?"
_MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_WEEKDAY = (
    r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?"
)
_DATE = (
    rf"(?:today|yesterday|(?:(?:{_WEEKDAY}),?\s+)?(?:"
    rf"(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})\.?(?:,?\s+(?P<y2>\d{{4}}))?"
    rf"|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|{_WEEKDAY}))"
)
_DATE_LINE = re.compile(
    rf"^(?P<date>{_DATE})(?:\s*(?:{_SEP}|,|at)?\s*(?P<time>{_TIME}))?$", re.IGNORECASE
)
_TIME_LINE = re.compile(rf"^(?:{_SEP}\s*)?(?P<time>{_TIME}){_TICKS}(?:\s*{_SEP})?$")
_SENDER_LINE = re.compile(rf"^(?P<name>.+?)\s*(?P<sep>{_SEP})?\s*(?P<time>{_TIME})$")
_TRAILING_TIME = re.compile(rf"^(?P<text>.+?)\s+(?P<time>{_TIME}){_TICKS}$")
_COUNT = re.compile(r"(\d[\d,.]*)\s*(\+?)\s+(connections?|followers?)", re.IGNORECASE)
_CONTACT_INFO = re.compile(rf"\s*{_SEP}?\s*Contact info$", re.IGNORECASE)
_AMPM = re.compile(r"[AaPp]\.?\s?[Mm]")
_STATUS_WORD = re.compile(r"^(?:\d{1,2}:\d{2}|\d{1,3}\s?%|[345]g\+?|lte|5ge|wi-?fi|\W+)$", re.I)
_DEGREE = re.compile(r"\s*(?:[•·+*°\-–]\s*)?(?:1st|2nd|3rd\+?)$|\s*\((?:she|he|they)/\w+\)", re.I)
_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "del", "la", "le", "bin",
              "binti", "al", "el", "ibn", "ter", "ten", "dos", "das", "y"}  # fmt: skip
# Capitalised first words of short messages that are not names ("Hi Sam", "Thanks Wei").
_NOT_NAMES = {"hi", "hello", "hey", "dear", "thanks", "thank", "good", "ok", "okay", "yes",
              "no", "sure", "great", "welcome", "congratulations", "happy", "sorry"}  # fmt: skip
_CHROME = {
    "write a message", "type a message", "message", "send", "send message", "connect", "more",
    "reply", "seen", "follow", "following", "pending", "online", "typing", "sent", "delivered",
    "read", "attach", "gif", "messaging", "search", "search messages", "active now", "inmail",
    "sponsored", "contact info", "hold to talk", "view profile", "see more", "show more",
    "like", "comment", "repost", "accept", "ignore", "unread", "focused", "other", "new message",
    "mark as unread", "report", "block", "edited", "press enter to send", "1st", "2nd", "3rd",
    "tap here for contact info", "tap to learn more", "open profile", "audio call",
    "video call", "sponsored inmail", "start a post", "message request",
}  # fmt: skip
_CHROME_PATTERN = re.compile(
    r"^(?:seen(?: by .*| \d.*)?|last seen\b.*|(?:is )?typing\b.*|.*end-to-end encrypted.*"
    r"|tap (?:here|to) .*|write a message.*|type a message.*|(?:sent|delivered|read) \d.*"
    r"|active \d+\s*[mhdw] ago|(?:mobile|web)\s*\W?\s*(?:\d+\s*[mhdw] ago|active now))$",
    re.IGNORECASE,
)
# Chrome that sits in a conversation's header under the name: it does not end the header.
_HEADER_CHROME = re.compile(
    r"^(?:online|active now|typing.*|last seen.*|tap here for contact info"
    r"|(?:mobile|web)\s*\W?\s*.*|active \d+.*|\d(?:st|nd|rd)\+?)$",
    re.I,
)
# Presence under a conversation's name ("online", "Active now"): the header ends with it.
_PRESENCE = re.compile(
    r"^(?:online|active now|typing.*|last seen.*|active \d+.*"
    r"|(?:mobile|web)\s*\W?\s*(?:\d+\s*[mhdw] ago|active now))$",
    re.I,
)
_HEADINGS = {
    "about": "about", "experience": "experience", "education": "education", "skills": "skills",
    "activity": "activity", "featured": "featured", "highlights": "highlights",
    "interests": "interests", "languages": "languages", "recommendations": "recommendations",
    "licenses & certifications": "certifications", "licenses and certifications":
    "certifications", "volunteering": "volunteering", "honors & awards": "honors",
    "projects": "projects", "publications": "publications", "courses": "courses",
}  # fmt: skip
_MARKERS = {
    "linkedin": re.compile(
        r"write a message|inmail|^connect$|contact info|messaging|linkedin|^\d(?:st|nd|rd)\+?$"
        r"|view profile|sponsored",
        re.I,
    ),
    "whatsapp": re.compile(
        r"end-to-end encrypted|type a message|tap here for contact info|last seen|^online$"
        r"|whatsapp",
        re.I,
    ),
    "wechat": re.compile(r"hold to talk|wechat|微信|按住 ?说话", re.I),
}


@dataclass
class _Line:
    number: int  # 1-based, top to bottom, among every line OCR read
    text: str
    source: OcrLine
    kind: str = "text"
    name: str | None = None
    time: str | None = None
    date: str | None = None

    @property
    def box(self) -> tuple[int, int, int, int]:
        return self.source.box

    @property
    def height(self) -> int:
        return max(1, self.box[3] - self.box[1])


@dataclass
class _Message:
    sender: str
    lines: list[_Line] = field(default_factory=list)
    cut: list[tuple[int, int]] = field(default_factory=list)  # part of each line's text used
    side: str | None = None
    time: str | None = None
    date: str | None = None
    subject: str | None = None


@dataclass
class _Split:
    approach: Approach | None
    problems: list[RowProblem]


def read_screenshot(path: Path, *, lang: str = "eng") -> Loaded:
    """Read the conversation or profile shown in the screenshot at ``path``.

    Raises InvalidInput naming the file when it is not a readable image, when no text was
    found, and :class:`~counterlink.ingest.images.ocr.TesseractMissing` without Tesseract.
    """
    image, data = open_image(path)
    lines, split = ocr_split(path, image, data, lang=lang)
    if split.approach is None:
        if lines:
            weak = sum(1 for line in lines if line.confidence < MIN_CONFIDENCE)
            raise InvalidInput(
                f"no text was found by OCR: of the {len(lines)} lines read, {weak} were below "
                f"confidence {MIN_CONFIDENCE:.0f} and the rest were app buttons, labels or icons",
                file=path,
            )
        raise InvalidInput("no text was found by OCR in this image", file=path)
    return Loaded(str(path), [split.approach], split.problems)


def ocr_split(
    path: Path, image: Image.Image, data: bytes, *, lang: str = "eng"
) -> tuple[list[OcrLine], _Split]:
    """OCR of an opened image (``data``: the bytes it was read from) and the approach its
    lines show; an OCR error names ``path``."""
    try:
        lines = ocr_lines(image, lang=lang)
    except InvalidInput as exc:
        exc.file = exc.file or str(path)
        raise
    split = split_lines(
        lines,
        path.name,
        width=image.width,
        height=image.height,
        engine=f"tesseract {tesseract_version()}",
        sha256=hashlib.sha256(data).hexdigest(),
    )
    return lines, split


def approach_from_lines(
    lines: list[OcrLine],
    file: str,
    *,
    width: int | None = None,
    height: int | None = None,
    engine: str = "tesseract",
) -> Approach | None:
    """The approach the OCR'd ``lines`` of a screenshot show (None when there is no usable
    text). ``width`` and ``height`` are the image's (else the extent of the lines)."""
    return split_lines(lines, file, width=width, height=height, engine=engine).approach


def split_lines(
    lines: list[OcrLine],
    file: str,
    *,
    width: int | None = None,
    height: int | None = None,
    engine: str = "tesseract",
    sha256: str | None = None,
) -> _Split:
    """:func:`approach_from_lines` with the problems met (low-confidence lines)."""
    problems: list[RowProblem] = []
    kept: list[_Line] = []
    ordered = sorted(lines, key=lambda line: (line.box[1], line.box[0]))
    for number, line in enumerate(ordered, 1):
        text = " ".join(line.text.split())
        if not text:
            continue
        if line.confidence < MIN_CONFIDENCE:
            said = (
                f"OCR line at {list(line.box)} read with confidence {line.confidence:.0f} "
                f"(below {MIN_CONFIDENCE:.0f}) was left out: {text!r}"
            )
            problems.append(RowProblem(file, number, None, said, True))
            continue
        kept.append(_Line(number, text, line))
    if not kept:
        return _Split(None, problems)
    width = width or max(x.box[2] for x in kept)
    height = height or max(x.box[3] for x in kept)
    for item in kept:
        _classify(item, width, height)
    return _Reader(kept, file, width, problems).read(engine, sha256, len(ordered))


class _Reader:
    """One pass over a screenshot's classified lines."""

    def __init__(self, lines: list[_Line], file: str, width: int, problems: list[RowProblem]):
        self.lines = lines
        self.file = file
        self.width = width
        self.problems = problems
        self.persona: dict[str, Any] = {}
        self.fields: dict[str, list[list[int]]] = {}
        self.persona_name: str | None = None
        self.target_names: list[str] = []
        self.messages: list[_Message] = []
        self.ui_text: list[str] = []
        self.notices: list[str] = []
        self.header_unread: list[str] = []
        self.sections: dict[str, list[_Line]] = {}
        self.used: list[_Line] = []
        self.times_in_bubbles = 0
        self.centred_times = 0
        heights = sorted(line.height for line in lines if line.kind == "text") or [20]
        self.line_height = heights[len(heights) // 2]

    def read(self, engine: str, sha256: str | None, read: int) -> _Split:
        body = self._header()
        layout = self._layout(body)
        self._body(body, layout)
        self._inmail()
        messages = [self._message(m) for m in self.messages]
        about = self.sections.pop("about", None)
        if about:
            self.persona["about"] = self._join(about, "about")
        if self.sections:
            self.persona["other_sections"] = {
                key: " ".join(line.text for line in found) for key, found in self.sections.items()
            }
            self.used += [line for found in self.sections.values() for line in found]
        if not messages and not self.persona:
            return _Split(None, self.problems)
        self._warn_weak_words()
        if self.persona and self.fields:
            self.persona["ocr"] = {"file": self.file, "fields": self.fields}
        used = list({id(line): line for line in self.used or self.lines}.values())
        extracted: dict[str, Any] = {
            "file": self.file,
            "method": "ocr",
            "engine": engine,
            "mean_confidence": round(sum(x.source.confidence for x in used) / len(used), 1),
            "layout": "profile" if not messages and layout == "plain" else layout,
            "lines_read": read,
            "lines_left_out": read - len(self.lines),
        }
        if sha256:
            extracted["sha256"] = sha256
        for key, values in (
            ("ui_text", self.ui_text),
            ("notices", self.notices),
            ("header_unread", self.header_unread),
        ):
            if values:
                extracted[key] = values
        record: dict[str, Any] = {
            "schema": APPROACH_SCHEMA,
            "id": Path(self.file).stem,
            "source": SOURCE,
            "channel": self._channel(layout, bool(messages)),
            "messages": messages,
            "annotations": {"extracted_from": extracted},
        }
        if self.persona:
            record["persona"] = self.persona
        if len(set(self.target_names)) == 1:
            record["target"] = {"name": self.target_names[0]}
        elif len(set(self.target_names)) > 1:
            others = ", ".join(dict.fromkeys(self.target_names))
            self._problem(
                None,
                f"more than one other sender ({others}): all were read as the target, and no "
                "target name is set",
                lost=False,
            )
        return _Split(Approach.model_validate(record), self.problems)

    # The header: the other person's name, headline and location above the conversation.
    def _header(self) -> list[_Line]:
        header: list[_Line] = []
        end = None
        for index, line in enumerate(self.lines):
            if line.kind in ("date", "time", "sender", "count", "heading"):
                end = index
                break
            if line.kind == "chrome" and header and _PRESENCE.match(line.text):
                end = index + 1
                break
            if line.kind == "chrome" and header and not _HEADER_CHROME.match(line.text):
                end = index
                break
            if line.kind == "text":
                header.append(line)
        if (
            end is None
            or not header
            or len(header) > 5
            or not _name_like(_clean_name(header[0].text))
            or self._time_of_bubble(self.lines[end], header)  # "Hi Sam" in a bubble, not a name
        ):
            return self.lines
        name_line, *rest = header
        self.persona_name = self._set_field("name", name_line, _clean_name(name_line.text))
        if rest and not _location_like(rest[0].text):
            self._set_field("headline", rest.pop(0), None)
        if rest and _location_like(rest[0].text):
            line = rest.pop(0)
            self._set_field("location", line, _CONTACT_INFO.sub("", line.text))
        for line in rest:
            self.header_unread.append(line.text)
            self._problem(line.number, f"header line not read as a field: {line.text!r}", False)
        chosen = {id(line) for line in header}
        return [line for line in self.lines if id(line) not in chosen]

    def _set_field(self, key: str, line: _Line, value: str | None) -> str:
        value = value if value is not None else line.text
        self.persona[key] = value
        start = max(line.text.find(value), 0)
        self.fields[key] = [[*_span_box(line, start, start + len(value)), 0, len(value)]]
        self.used.append(line)
        return value

    def _layout(self, body: list[_Line]) -> str:
        # Name lines without a time that repeat a sender's name open messages too.
        names = [line.name for line in body if line.kind == "sender" and line.name]
        if self.persona_name:
            names.append(self.persona_name)
        for line in body:
            name = _clean_name(line.text)
            if (
                line.kind == "text"
                and _name_like(name)
                and any(_same_name(name, known) for known in names)
            ):
                line.kind, line.name = "sender", name
        if any(line.kind == "sender" for line in body):
            return "named"
        text = [line for line in body if line.kind == "text"]
        sides = Counter(self._side(line.box[0], line.box[2]) for line in text)
        if (
            (sides["left"] and sides["right"])
            or any(self._trailing_time(line) for line in text)
            or any(self._time_of_bubble(line, body) for line in body)
        ):
            return "bubbles"
        return "plain"

    def _body(self, body: list[_Line], layout: str) -> None:
        current: _Message | None = None
        sender: str | None = None
        time: str | None = None
        date: str | None = None
        section: str | None = None
        sender_line: _Line | None = None
        for line in body:
            kind = line.kind
            if kind in ("status", "junk"):
                continue
            if kind == "chrome":
                self.ui_text.append(line.text)
                if layout == "bubbles":
                    current = None
                continue
            if kind == "count":
                self._counts(line)
                continue
            if kind == "heading":
                section, current = line.name or "other", None
                self.sections.setdefault(section, [])
                continue
            if kind in ("date", "sender", "time"):
                section = None
            if kind == "date":
                current, date, time = None, line.date, line.time
                continue
            if kind == "sender":
                current, sender, time, sender_line = None, line.name, line.time, line
                self.used.append(line)
                continue
            if kind == "time":
                if layout == "bubbles" and current is not None and self._closes(current, line):
                    current.time, current = line.time, None
                    self.times_in_bubbles += 1
                else:
                    current, time = None, line.time
                    if layout == "bubbles" and self._side(line.box[0], line.box[2]) == "centre":
                        # WeChat's centred times: a time alone is today's, so the last date
                        # shown no longer applies.
                        date = None
                        self.centred_times += 1
                continue
            if section is not None:
                self.sections[section].append(line)
                continue
            if layout == "bubbles":
                if self._side(line.box[0], line.box[2]) == "centre":
                    self.notices.append(line.text)
                    current = None
                else:
                    current, time = self._bubble_line(current, line, time, date), None
                continue
            if current is None:
                current = _Message(self._sender(sender, sender_line), time=time, date=date)
                self.messages.append(current)
                time = None
            self._append(current, line)

    def _bubble_line(
        self, current: _Message | None, line: _Line, time: str | None, date: str | None
    ) -> _Message | None:
        """Add a line to the open bubble or start one; the bubble still open after it."""
        side = self._side(line.box[0], line.box[2])
        gap = line.box[1] - current.lines[-1].box[3] if current else 0
        if current is None or current.side != side or gap > 0.9 * self.line_height:
            current = _Message("persona" if side == "left" else "target", side=side)
            current.time, current.date = time, date
            self.messages.append(current)
        trailing = self._trailing_time(line)
        if trailing is not None:
            self._append(current, line, cut=trailing[0])
            current.time = trailing[1]
            self.times_in_bubbles += 1
            return None
        self._append(current, line)
        return current

    def _append(self, message: _Message, line: _Line, cut: int | None = None) -> None:
        message.lines.append(line)
        message.cut.append((0, len(line.text) if cut is None else cut))
        self.used.append(line)

    def _closes(self, message: _Message, line: _Line) -> bool:
        """Whether a time line is the time at the foot of the open bubble."""
        last = message.lines[-1]
        x0 = min(x.box[0] for x in message.lines)
        x1 = max(x.box[2] for x in message.lines)
        near = line.box[1] - last.box[3] < 1.2 * self.line_height
        inside = x0 - self.line_height <= line.box[0] and line.box[2] <= x1 + 6 * self.line_height
        return near and inside

    def _time_of_bubble(self, line: _Line, body: list[_Line]) -> bool:
        if line.kind != "time":
            return False
        above = [x for x in body if x.kind == "text" and x.box[3] <= line.box[1]]
        if not above:
            return False
        last = above[-1]
        near = line.box[1] - last.box[3] < 1.2 * self.line_height
        return near and line.box[0] > last.box[0] + (last.box[2] - last.box[0]) / 2

    def _trailing_time(self, line: _Line) -> tuple[int, str] | None:
        """(where the text ends, the time) for a bubble line ending in its time, set apart."""
        match = _TRAILING_TIME.match(line.text)
        words = line.source.words
        if match is None or " ".join(w.text for w in words) != line.text:
            return None
        count = len(match["text"].split())
        if not 0 < count < len(words):
            return None
        # Set apart: a bubble's time sits at its far end, not within the sentence.
        if words[count].box[0] - words[count - 1].box[2] < 1.5 * line.height:
            return None
        return len(match["text"]), match["time"]

    def _side(self, x0: int, x1: int) -> str:
        left, right = x0 / self.width, (self.width - x1) / self.width
        if abs(left - right) < 0.06 and left > 0.12:
            return "centre"
        return "left" if left <= right else "right"

    def _sender(self, name: str | None, line: _Line | None) -> str:
        if name is None:
            return "persona"
        if name.lower() in ("you", "me"):
            return "target"
        if self.persona_name is None:
            self.persona_name = name
            if line is not None and "name" not in self.persona:
                self._set_field("name", line, name)
            return "persona"
        if _same_name(name, self.persona_name):
            return "persona"
        self.target_names.append(name)
        return "target"

    def _counts(self, line: _Line) -> None:
        for number, _plus, what in _COUNT.findall(line.text):
            key = "connections" if what.lower().startswith("connection") else "followers"
            self.persona[key] = int(re.sub(r"[,.]", "", number))
        self.used.append(line)

    def _message(self, message: _Message) -> dict[str, Any]:
        text, boxes = self._text(message.lines, message.cut, subject=message.subject is not None)
        record: dict[str, Any] = {"sender": message.sender, "text": text}
        if message.subject is not None:
            record["subject"] = message.subject
        shown = " ".join(x for x in (message.date, message.time) if x)
        if shown:
            record["sent_at_shown"] = shown
            iso = _iso(message.date, message.time)
            if iso:
                record["sent_at"] = iso
        record["ocr"] = {"file": self.file, "boxes": boxes}
        return record

    def _text(
        self, lines: list[_Line], cuts: list[tuple[int, int]], *, subject: bool = False
    ) -> tuple[str, list[list[int]]]:
        text = ""
        boxes: list[list[int]] = []
        previous: _Line | None = None
        for line, (start, end) in zip(lines, cuts, strict=True):
            part = line.text[start:end].strip()
            if not part:
                continue
            if previous is not None:
                paragraph = line.box[1] - previous.box[3] > 0.8 * self.line_height
                paragraph = paragraph or (subject and len(boxes) == 1)
                text += "\n" if paragraph else " "
            boxes.append(
                [*_span_box(line, start, start + len(part)), len(text), len(text) + len(part)]
            )
            text += part
            previous = line
        return text, boxes

    def _join(self, lines: list[_Line], key: str) -> str:
        text, boxes = self._text(lines, [(0, len(line.text)) for line in lines])
        self.fields[key] = boxes
        self.used += lines
        return text

    def _inmail(self) -> None:
        """An InMail's subject: the first line of the first message, when short and without
        end punctuation, kept as ``subject`` and as the text's first line."""
        if not self.messages or not any(re.search(r"inmail", t, re.I) for t in self.ui_text):
            return
        first = self.messages[0]
        if len(first.lines) < 2:
            return
        start, end = first.cut[0]
        head = first.lines[0].text[start:end]
        subject = re.sub(r"^subject:\s*", "", head, flags=re.IGNORECASE)
        if len(subject.split()) <= 12 and not re.search(r"[.!?,:;]$", subject):
            first.subject = subject

    def _channel(self, layout: str, has_messages: bool) -> str:
        scores: Counter[str] = Counter()
        for text in self.ui_text + self.header_unread:
            for channel, marker in _MARKERS.items():
                if marker.search(text):
                    scores[channel] += 1
        if "connections" in self.persona or "followers" in self.persona or self.sections:
            scores["linkedin"] += 1
        senders = [line for line in self.lines if line.kind == "sender" and line.time]
        if layout == "named" and any(_AMPM.search(line.time or "") for line in senders):
            scores["linkedin"] += 1
        if layout == "bubbles" and has_messages and self.times_in_bubbles:
            scores["whatsapp"] += 1
        if layout == "bubbles" and has_messages and self.centred_times:
            scores["wechat"] += 1
        ranked = scores.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return "unknown"
        return ranked[0][0]

    def _warn_weak_words(self) -> None:
        for line in self.used:
            weak = [
                f"{w.text!r} ({w.confidence:.0f})"
                for w in line.source.words
                if w.confidence < MIN_CONFIDENCE and re.search(r"\w", w.text)
            ]
            if weak:
                said = f"read with low confidence, may be misread: {', '.join(weak)}"
                self._problem(line.number, said, False)

    def _problem(self, row: int | None, message: str, lost: bool) -> None:
        self.problems.append(RowProblem(self.file, row, None, message, lost))


def _classify(line: _Line, width: int, height: int) -> None:
    text = line.text
    bare = re.sub(r"[\s.…:!]+$", "", text).lower().strip()
    portrait = height >= 1.3 * width
    if (
        portrait
        and line.box[3] <= 0.06 * height
        and all(_STATUS_WORD.match(word) for word in text.split())
    ):
        line.kind = "status"
    elif not re.search(r"[^\W_]{2,}|\d", text):
        line.kind = "junk"
    elif _COUNT.search(text) and not re.sub(
        rf"{_COUNT.pattern}|{_SEP}|\s", "", text, flags=re.IGNORECASE
    ):
        line.kind = "count"
    elif match := _DATE_LINE.match(text):
        line.kind, line.date, line.time = "date", match.group("date"), match.group("time")
    elif match := _TIME_LINE.match(text):
        line.kind, line.time = "time", match.group("time")
    elif bare in _CHROME or _CHROME_PATTERN.match(bare):
        line.kind = "chrome"
    elif bare in _HEADINGS:
        line.kind, line.name = "heading", _HEADINGS[bare]
    elif sender := _sender_line(text):
        line.kind, line.name, line.time = "sender", *sender


def _sender_line(text: str) -> tuple[str, str] | None:
    """(name, time) of a line such as "Maren Okonkwo-Lindqvist • 10:42 AM": a name, then a
    separator or a 12-hour time (so that a bubble "Thanks Sam 10:42" is not one)."""
    match = _SENDER_LINE.match(text)
    if match is None or not _name_like(name := _clean_name(match["name"])):
        return None
    if match["sep"] or _AMPM.search(match["time"]) or name.lower() == "you":
        return name, match["time"]
    return None


def _clean_name(text: str) -> str:
    text = _DEGREE.sub("", text.strip())
    return re.sub(r"[\s•·+*°\-–—|,.:;✓✔]+$", "", text).strip()


def _name_like(text: str) -> bool:
    """Whether ``text`` could be a person's name: one to five capitalised words (particles such
    as "van" allowed), or two to four Chinese characters."""
    if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", text):
        return True
    words = text.split()
    if not 1 <= len(words) <= 5 or any(ch.isdigit() for ch in text):
        return False
    if words[0].lower().strip(",.!") in _NOT_NAMES:
        return False
    proper = 0
    for word in words:
        if word.lower() in _PARTICLES:
            continue
        if not (word[0].isupper() and all(ch.isalpha() or ch in "-'’." for ch in word)):
            return False
        proper += 1
    return proper >= 1 and sum(ch.isalpha() for ch in text) >= 2


def _same_name(a: str, b: str) -> bool:
    """Two names read by OCR are one person's: nearly the same letters, or one cut short of the
    other (LinkedIn shortens long names with "...")."""
    x = re.sub(r"\W", "", a).casefold()
    y = re.sub(r"\W", "", b).casefold()
    if not x or not y:
        return False
    if min(len(x), len(y)) >= 6 and (x.startswith(y) or y.startswith(x)):
        return True
    return SequenceMatcher(None, x, y).ratio() >= 0.85


def _location_like(text: str) -> bool:
    """ "City, Region, Country" (LinkedIn follows a profile's location with "· Contact info")."""
    if _CONTACT_INFO.search(text):
        return True
    parts = [p.strip() for p in text.split(",")]
    return 2 <= len(parts) <= 4 and all(_name_like(p) for p in parts)


def _span_box(line: _Line, start: int, end: int) -> list[int]:
    """The box of the words of ``line`` that characters ``[start, end)`` of its text fall in
    (the whole line's box when the words are not known)."""
    words = line.source.words
    if not words or " ".join(w.text for w in words) != line.text:
        return list(line.box)
    chosen = []
    offset = 0
    for word in words:
        if offset < end and offset + len(word.text) > start:
            chosen.append(word)
        offset += len(word.text) + 1
    return list(make_line(chosen).box) if chosen else list(line.box)


def _iso(date: str | None, time: str | None) -> str | None:
    """ISO 8601 for a date with its year and a time as shown, else None."""
    if not date or not time:
        return None
    match = _DATE_LINE.match(date)
    if match is None:
        return None
    if match["iso"]:
        day = match["iso"]
    else:
        first = "1" if match["m1"] else "2"
        month, number, year = match[f"m{first}"], match[f"d{first}"], match[f"y{first}"]
        if not (month and number and year):
            return None
        try:
            day = datetime.strptime(f"{month[:3]} {number} {year}", "%b %d %Y").date().isoformat()
        except ValueError:
            return None
    clock = re.sub(r"(\d)\.(\d)", r"\1:\2", time).upper()
    clock = re.sub(r"[.\s]", "", clock)
    for form in ("%I:%M%p", "%H:%M"):
        try:
            return f"{day}T{datetime.strptime(clock, form).strftime('%H:%M')}:00"
        except ValueError:
            continue
    return None
