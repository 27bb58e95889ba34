"""A synthetic ordinary inbox: one member's LinkedIn data export with no hostile approach in it.

:func:`write_inbox` writes the folder LinkedIn sends (``messages.csv`` with its 13 columns,
``Profile.csv``, ``Positions.csv`` and ``Connections.csv``) for a member in one of the
generator's sectors, holding ``n`` conversations of ordinary traffic: colleagues, friends,
genuine recruiters, conference organisers, people networking, and the commercial noise of a real
inbox (sales, loans, multi-level marketing, sponsorship requests, course adverts, job seekers,
SEO and web-design pitches, crypto schemes). :data:`KIND_WEIGHTS` gives the proportions. Scanning
it measures how often an ordinary member's inbox reaches "high": every conversation is benign.

Every conversation has at least one message from someone other than the owner, so a scan finds
exactly ``n`` approaches. The same ``n`` and seed write the same bytes: each conversation is
built from its own seeded random stream. Nothing is hostile by construction: the hostile
templates of :mod:`counterlink.synth.templates` are never used.
"""

from __future__ import annotations

import base64
import csv
import io
import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from counterlink.errors import CounterlinkError
from counterlink.ingest.linkedin.connections import SPEC as CONNECTIONS_SPEC
from counterlink.ingest.linkedin.messages import SPEC as MESSAGES_SPEC
from counterlink.ingest.linkedin.profile import POSITIONS_SPEC, PROFILE_SPEC
from counterlink.synth.inbox_text import (
    COLLEAGUE_REPLIES,
    FRIEND_REPLIES,
    NOISE_FOLLOW_UPS,
    NOISE_REPLIES,
    NOISE_THEMES,
    OPENER_ANSWERS,
    OWNER_OPENERS,
    SUBJECTS,
)
from counterlink.synth.messages import _event, _future_date, _render, _salary, _Values
from counterlink.synth.personas import (
    _background_slug,
    _chinese_name,
    _Name,
    _phone_number,
    _target_values,
    _western_name,
)
from counterlink.synth.planning import EPOCH, SPAN_DAYS
from counterlink.synth.templates import BENIGN_FOLLOW_UPS, BENIGN_THEMES, TARGET_REPLIES
from counterlink.synth.vocab import (
    AGENCIES,
    BIG_COMPANIES,
    EVENT_TITLES,
    LOCATIONS,
    RECRUITER_TITLES,
    SALES_TITLES,
    SCHOOLS,
    SECTOR_NAMES,
    SECTORS,
    TECH_TITLES,
)

DEFAULT_CONVERSATIONS = 1000
# Conversations per 100 in an ordinary member's inbox: about half ordinary traffic, half noise.
KIND_WEIGHTS: dict[str, int] = {
    "colleague": 16,
    "friend": 8,
    "recruiter": 20,
    "conference": 5,
    "networking": 8,
    "sales": 15,
    "loan": 3,
    "mlm": 3,
    "sponsorship": 2,
    "course": 6,
    "job_seeker": 6,
    "seo": 6,
    "crypto": 2,
}
ORDINARY_KINDS = frozenset({"colleague", "friend", "recruiter", "conference", "networking"})
EXPORTED_AT = EPOCH + timedelta(days=SPAN_DAYS)  # the export covers the three years before
WINDOW_DAYS = 3 * 365
GROUP_CHAT_RATE = 0.15  # of colleague and friend conversations
CONNECTED = {"colleague": 0.95, "friend": 0.98, "recruiter": 0.3, "conference": 0.5}
CONNECTED_OTHERWISE = 0.08
SPAM_FOLDER = frozenset({"loan", "crypto", "mlm", "seo"})
HOME_LOCATIONS = ("London", "Manchester", "Cambridge", "Bristol", "Edinburgh", "Leeds")
CONNECTIONS_NOTE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses are '
    'missing. You will only see email addresses for connections who have allowed it."\n\n'
)


@dataclass(frozen=True)
class Person:
    name: _Name
    url: str
    company: str
    title: str


@dataclass
class Conversation:
    """One thread: the other participants, and its messages as (sender, time, text, subject),
    sender ``None`` being the owner."""

    id: str
    kind: str
    people: list[Person]
    messages: list[tuple[Person | None, datetime, str, str]] = field(default_factory=list)
    folder: str = "INBOX"
    title: str = ""
    connected: bool = False  # its people are among the owner's connections


@dataclass(frozen=True)
class InboxSummary:
    folder: Path
    owner: str
    conversations: int
    messages: int
    kinds: dict[str, int]
    connections: int


def member(seed: int) -> tuple[Person, dict[str, str]]:
    """The export's owner, and their target values (sector, organisation, role, location)."""
    rng = random.Random(f"{seed}:inbox:member")
    name = _western_name(rng) if rng.random() < 0.8 else _chinese_name(rng)
    sector = rng.choice(SECTOR_NAMES)
    organisation = rng.choice(SECTORS[sector][0])
    role = rng.choice(SECTORS[sector][2])
    url = f"https://www.linkedin.com/in/{_background_slug(rng, name)}"
    facts = {"sector": sector, "location": rng.choice(HOME_LOCATIONS)}
    return Person(name, url, organisation, role), facts


def conversations(n: int, seed: int) -> Iterator[Conversation]:
    """``n`` conversations of the inbox of :func:`member` ``(seed)``, in no particular order."""
    if n < 1:
        raise CounterlinkError(f"the number of conversations must be at least 1, not {n}")
    owner, facts = member(seed)
    kinds, weights = tuple(KIND_WEIGHTS), tuple(KIND_WEIGHTS.values())
    for index in range(n):
        rng = random.Random(f"{seed}:inbox:{index}")
        kind = rng.choices(kinds, weights=weights)[0]
        yield _conversation(index, kind, owner, facts, rng)


def _person(kind: str, owner: Person, rng: random.Random) -> Person:
    name = _chinese_name(rng) if rng.random() < 0.15 else _western_name(rng)
    if kind == "colleague":
        company = owner.company if rng.random() < 0.6 else rng.choice(BIG_COMPANIES)[0]
        title = rng.choice(TECH_TITLES)
    elif kind == "recruiter":
        company, title = rng.choice(AGENCIES)[0], rng.choice(RECRUITER_TITLES)
    elif kind == "conference":
        company, title = rng.choice(SCHOOLS), rng.choice(EVENT_TITLES)
    elif kind in ("sales", "seo", "loan"):
        word = rng.choice(("Bright", "Summit", "Clear", "Nova", "Peak", "Swift", "Blue"))
        company = f"{word}{rng.choice(('path', 'line', 'works', 'stack', 'leaf'))} Ltd"
        title = rng.choice(SALES_TITLES)
    else:
        company = rng.choice(BIG_COMPANIES)[0] if rng.random() < 0.3 else ""
        title = rng.choice(TECH_TITLES) if company else rng.choice(("Open to work", "Founder"))
    return Person(
        name, f"https://www.linkedin.com/in/{_background_slug(rng, name)}", company, title
    )


def _conversation(
    index: int, kind: str, owner: Person, facts: dict[str, str], rng: random.Random
) -> Conversation:
    cid = base64.b64encode(f"{rng.getrandbits(128):032x}_{index:06d}".encode()).decode()
    convo = Conversation(id=f"2-{cid}", kind=kind, people=[_person(kind, owner, rng)])
    if kind in ("colleague", "friend") and rng.random() < GROUP_CHAT_RATE:
        convo.people.append(_person(kind, owner, rng))
        convo.title = rng.choice(("Team lunch", "Leaving do", "Saturday?", "Book club", "Alumni"))
    sender = convo.people[0]
    sector = facts["sector"]
    values = _Values(lambda: _phone_number(rng, "GB"))
    values |= {
        "pfirst": sender.name.first,
        "title": sender.title,
        "company": sender.company or "my company",
        "role": rng.choice(SECTORS[sector][2]),
        "hiring": rng.choice(SECTORS[sector][0] + tuple(c for c, _ in BIG_COMPANIES)),
        "location": rng.choice(HOME_LOCATIONS + LOCATIONS[:2]),
        "salary": _salary(rng),
        "days": str(rng.randint(1, 3)),
        "email": f"{sender.name.first}.{sender.name.family}@example.com".lower(),
        "topic": rng.choice(SECTORS[sector][1]),
        "sector": sector,
        "event": _event(rng, sector),
        "school": rng.choice(SCHOOLS),
        **_target_values({"name": owner.name.canonical, "organisation": owner.company}),
    }
    start = EXPORTED_AT - timedelta(seconds=rng.randrange(WINDOW_DAYS * 86400))
    values["date"] = _future_date(start, rng)
    moment = start.replace(hour=rng.randint(7, 21), minute=rng.randrange(60), second=0)
    moment += timedelta(seconds=rng.randrange(60))
    if kind in ("colleague", "friend", "networking") and rng.random() < 0.25:
        # The owner wrote first; someone answered (so a scan still finds the conversation).
        convo.messages.append((None, moment, rng.choice(OWNER_OPENERS).format_map(values), ""))
        moment += timedelta(minutes=rng.randint(5, 3000))
        answer = rng.choice(OPENER_ANSWERS).format_map(values)
        convo.messages.append((sender, moment, answer, ""))
        return _finish(convo, kind, rng)
    template = _template(kind, rng)
    text = _render(template, values, [], rng, paraphrase=False)
    subject = ""
    if kind in SUBJECTS and rng.random() < 0.5:
        subject = rng.choice(SUBJECTS[kind]).format_map(values)
    convo.messages.append((sender, moment, text, subject))
    if len(convo.people) > 1:
        moment += timedelta(minutes=rng.randint(2, 600))
        second = convo.people[1]
        convo.messages.append((second, moment, rng.choice(FRIEND_REPLIES), ""))
    replies = _replies(kind)
    for _ in range(rng.choices((0, 1, 2, 3), weights=(45, 35, 15, 5))[0]):
        moment += timedelta(minutes=rng.randint(10, 4 * 1440))
        if convo.messages[-1][0] is None:
            follow = _follow_up(kind, rng).format_map(values)
            convo.messages.append((sender, moment, follow, ""))
        else:
            convo.messages.append((None, moment, rng.choice(replies), ""))
    return _finish(convo, kind, rng)


def _template(kind: str, rng: random.Random) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if kind == "sales":
        return BENIGN_THEMES["sales"] if rng.random() < 0.5 else NOISE_THEMES["sales_extra"]
    if kind in BENIGN_THEMES:
        return BENIGN_THEMES[kind]
    return NOISE_THEMES[kind]


def _replies(kind: str) -> tuple[str, ...]:
    if kind == "friend":
        return FRIEND_REPLIES
    if kind in ("colleague", "networking"):
        return COLLEAGUE_REPLIES
    if kind in ORDINARY_KINDS:
        return TARGET_REPLIES
    return NOISE_REPLIES


def _follow_up(kind: str, rng: random.Random) -> str:
    if kind == "friend":
        return rng.choice(FRIEND_REPLIES)
    if kind in ("colleague", "networking"):
        return rng.choice(COLLEAGUE_REPLIES)
    if kind in ORDINARY_KINDS:
        return rng.choice(BENIGN_FOLLOW_UPS)
    return rng.choice(NOISE_FOLLOW_UPS)


def _finish(convo: Conversation, kind: str, rng: random.Random) -> Conversation:
    convo.connected = rng.random() < CONNECTED.get(kind, CONNECTED_OTHERWISE)
    if kind in SPAM_FOLDER and rng.random() < 0.3:
        convo.folder = "SPAM"
    elif rng.random() < 0.1:
        convo.folder = "ARCHIVE"
    return convo


# --- the export folder ------------------------------------------------------------------------


def write_inbox(folder: Path, n: int = DEFAULT_CONVERSATIONS, seed: int = 0) -> InboxSummary:
    """Write the export of an ordinary inbox of ``n`` conversations to ``folder`` (created; it
    must not exist or be empty). The same ``n`` and ``seed`` write the same bytes."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise CounterlinkError("exists and is not an empty folder", file=folder)
    owner, facts = member(seed)
    threads = list(conversations(n, seed))
    threads.sort(key=lambda c: (max(m[1] for m in c.messages), c.id), reverse=True)
    messages = _messages_csv(threads, owner)
    connections = _connections(threads)
    files = {
        "messages.csv": messages,
        "Connections.csv": CONNECTIONS_NOTE + _csv(CONNECTIONS_SPEC.columns, connections),
        "Profile.csv": _csv(PROFILE_SPEC.columns, [_profile_row(owner, facts)]),
        "Positions.csv": _csv(POSITIONS_SPEC.columns, [_position_row(owner, facts, seed)]),
    }
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            bom = "\ufeff" if name == "messages.csv" else ""
            (folder / name).write_bytes((bom + text).encode("utf-8"))
    except OSError as exc:
        raise CounterlinkError(f"cannot write: {exc.strerror}", file=folder) from None
    return InboxSummary(
        folder=folder,
        owner=owner.name.canonical,
        conversations=len(threads),
        messages=sum(len(c.messages) for c in threads),
        kinds=dict(sorted(Counter(c.kind for c in threads).items())),
        connections=len(connections),
    )


def _csv(columns: tuple[str, ...], rows: list[list[str]], *, quote_all: bool = False) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    writer.writerow(columns)
    writer.writerows(rows)
    return buffer.getvalue()


def _messages_csv(threads: list[Conversation], owner: Person) -> str:
    """messages.csv as LinkedIn writes it: every field quoted, newest message first."""
    rows: list[list[str]] = []
    for convo in threads:
        everyone = [owner, *convo.people]
        for sender, moment, text, subject in sorted(convo.messages, key=lambda m: m[1])[::-1]:
            who = sender or owner
            others = [p for p in everyone if p is not who]
            rows.append(
                [
                    convo.id,
                    convo.title,
                    who.name.canonical,
                    who.url,
                    ", ".join(p.name.canonical for p in others),
                    ", ".join(p.url for p in others),
                    moment.strftime("%Y-%m-%d %H:%M:%S UTC"),
                    subject,
                    text,
                    convo.folder,
                    "",
                    "No",
                    "No",
                ]
            )
    return _csv(MESSAGES_SPEC.columns, rows, quote_all=True)


def _connections(threads: list[Conversation]) -> list[list[str]]:
    rows: dict[str, list[str]] = {}
    for convo in sorted(threads, key=lambda c: c.id):
        if not convo.connected:
            continue
        first = min(m[1] for m in convo.messages)
        for person in convo.people:
            when = first - timedelta(days=30 * (len(person.url) % 7))
            rows.setdefault(
                person.url,
                [
                    person.name.first,
                    person.name.family,
                    person.url,
                    "",
                    person.company,
                    person.title,
                    f"{when.day} {when.strftime('%b %Y')}",
                ],
            )
    return list(rows.values())


def _profile_row(owner: Person, facts: dict[str, str]) -> list[str]:
    headline = f"{owner.title} at {owner.company}"
    where = facts["location"]
    name = [owner.name.first, owner.name.family]
    return [*name, "", "", "", headline, "", facts["sector"], "", where, "", "", ""]


def _position_row(owner: Person, facts: dict[str, str], seed: int) -> list[str]:
    started = EXPORTED_AT - timedelta(days=random.Random(f"{seed}:inbox:job").randint(400, 3000))
    return [owner.company, owner.title, "", facts["location"], started.strftime("%b %Y"), ""]
