"""What the STIX and MISP importers share: turning a partner's raw values into watchlist entries
(normalised by :func:`counterlink.watchlist.model.normalise`), deduplicating them, reading TLP
markings, and counting what was not imported so that nothing is dropped silently.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import UTC, datetime

# The platforms campaign linking ignores and the app spellings the contact extractor reads:
# the importers must agree with both exactly, so they use these (module-private) tables.
from counterlink.campaigns.indicators import PLATFORM_HOSTS, profile_slug
from counterlink.errors import CounterlinkError
from counterlink.share.kinds import KIND_LABELS
from counterlink.share.model import check_tlp, strictest
from counterlink.signals.contacts import (
    APP_ALIASES,
    MESSAGING_APPS,
    contacts_in_text,
    is_free_webmail,
    is_linkedin,
    parse_phone,
)
from counterlink.watchlist.model import WatchEntry, WatchSource, normalise

DEFAULT_TLP = "amber"
# The label our own exporters give a persona without a name: not a name anyone is called.
UNNAMED = "unnamed persona"
_SEPARATORS = re.compile(r"[\s_\-]+")
# A remark an analyst writes after a persona's name: "Emily Chen (claimed recruiter, Acme)".
_REMARK = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*")

# Why values in a partner's file were not taken, as the import summary counts them. Only the
# fields that describe the persona behind an approach become indicators: a link to a report
# or a scanner names the analyst's sources, a recipient or a victim is the person approached.
REFERENCE = "reference links (reports, analyses, tools)"
RECIPIENT = "recipients (the person approached)"
TARGET = "targets and victims"
PRODUCER = "the producer or its analysts"
NO_COUNTRY = "phone numbers without a country code"
INVALID = "values that are no valid indicator"

_CONTACT_LINE = re.compile(r"\s*([A-Za-z][A-Za-z \-]*?)\s*:\s*(\S.*?)\s*")
# Labels of ``contact_information`` lines ("kind: value"), as our exporter and people write them.
_CONTACT_KINDS = {
    "email": "email",
    "e-mail": "email",
    "mail": "email",
    "phone": "phone",
    "tel": "phone",
    "telephone": "phone",
    "mobile": "phone",
    "handle": "handle",
    "url": "url",
    "website": "url",
    "web": "url",
    "linkedin": "url",
    "fax": "phone",
}
# Where one line of contact information holds several details: "Phone: +1 ...; Email: ...",
# "Fax: ... / WhatsApp: ...", "Email: ..., Phone: ..." (a comma only before another label).
_CONTACT_PARTS = re.compile(r"\s*[;|]\s*|\s+/\s+|\s*,\s*(?=[A-Za-z][A-Za-z \-]*:)")


class Skipped(list[str]):
    """The lines saying what was not imported and why (a list, one line each), and
    ``by_reason``: how many values were not taken for each of the reasons above."""

    def __init__(self, lines: list[str], by_reason: dict[str, int] | None = None) -> None:
        super().__init__(lines)
        self.by_reason: dict[str, int] = dict(by_reason or {})

    def summary(self) -> str:
        """One line for the import summary, e.g. "3 reference links (...), 1 recipients (...)";
        empty when no value was skipped for a reason."""
        return ", ".join(f"{n} {reason}" for reason, n in self.by_reason.items())


def tlp_level(text: str) -> str | None:
    """A TLP 1.0 or 2.0 label ("TLP:AMBER+STRICT", "tlp:white", "green") as a lower-case TLP 2.0
    level, or None when it is no TLP level."""
    try:
        return check_tlp(text)
    except CounterlinkError:
        return None


def account_app(account_type: str) -> str | None:
    """``linkedin``, or the messaging app an account type names (counterlink's spellings, e.g.
    "WeChat", "weixin", "WhatsApp Messenger"), or None for any other kind of account."""
    text = account_type.strip().lower().removesuffix(".com").removesuffix(" messenger")
    if text in ("linkedin", "linked in", "linked-in"):
        return "linkedin"
    spaced = _SEPARATORS.sub(" ", text)
    app = APP_ALIASES.get(spaced) or APP_ALIASES.get(spaced.replace(" ", ""))
    return app if app in MESSAGING_APPS else None


def unix_time(value: object) -> str | None:
    """A MISP unix timestamp (int or digits) as an ISO 8601 UTC time, else None."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        return None
    text = str(value).strip()
    if not text.isdigit():
        return None
    try:
        moment = datetime.fromtimestamp(int(text), tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def producer_name(counts: Counter[str]) -> str:
    """The producer(s) of what was imported, most frequent first; "unknown producer" for none."""
    names = [name for name, _ in counts.most_common()]
    if not names:
        return "unknown producer"
    shown = ", ".join(names[:3])
    return shown + (f" and {len(names) - 3} more" if len(names) > 3 else "")


@dataclass(frozen=True)
class Where:
    """Where a value comes from and what its entry carries besides the value: the partner's
    object (``ref``), the persona it belongs to, its marking, confidence and first sighting."""

    ref: str
    persona: str | None
    tlp: str
    confidence: int | None = None
    first_seen: str | None = None

    def entry(self, kind: str, value: str) -> WatchEntry:
        return WatchEntry(
            kind,
            value,
            persona=self.persona,
            ref=self.ref,
            tlp=self.tlp,
            confidence=self.confidence,
            first_seen=self.first_seen,
        )


class Collector:
    """Entries in the order found, one per (kind, value), and the lines saying what was not
    imported and why."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, str], WatchEntry] = {}  # by (kind, value or digest)
        self._skipped: list[str] = []
        self._counts: Counter[str] = Counter()
        self._reasons: Counter[str] = Counter()

    def skip(self, line: str, reason: str | None = None) -> None:
        """One thing not imported, named (an object id, a uuid) with its reason; ``reason``
        (one of the constants above) when it was a value not taken, counted in the summary."""
        self._skipped.append(line)
        if reason is not None:
            self._reasons[reason] += 1

    def count(self, what: str, n: int = 1, reason: str | None = None) -> None:
        """``n`` more of a kind of thing not imported that would be noise one line each (a
        partner's notes, file hashes, message bodies); ``reason`` as for :meth:`skip`."""
        self._counts[what] += n
        if reason is not None:
            self._reasons[reason] += n

    def skipped(self) -> Skipped:
        lines = self._skipped + [f"{what}: {n}" for what, n in self._counts.items()]
        return Skipped(lines, dict(self._reasons.most_common()))

    def add(self, kind: str, raw: str, at: Where, what: str) -> bool:
        """``raw`` as a ``kind`` entry; False (and a skipped line naming ``at.ref`` and
        ``what``) when ``normalise`` rejects it. An e-mail address at a company domain also
        gives that ``email_domain``, exactly as ``campaigns.indicators.cited_keys`` derives it
        from an approach."""
        international = re.sub(r"^00(?=[1-9])", "+", raw.strip())
        if kind == "phone" and parse_phone(international, "ZZ") is None and normalise(kind, raw):
            # A national number ("07700 900123") in a partner's file: its country is a guess
            # (approaches are read as GB, a partner may be anywhere), so it is not taken.
            self.skip(f"{at.ref}: {what} {raw!r} has no country code (+...)", NO_COUNTRY)
            return False
        value = normalise(kind, international if kind == "phone" else raw)
        if value is None:
            self.skip(f"{at.ref}: {what} {raw!r} is not a valid {KIND_LABELS[kind]}", INVALID)
            return False
        self.put(at.entry(kind, value))
        if kind == "email":
            domain = value.rsplit("@", 1)[1]
            if not is_free_webmail(domain):
                self.put(at.entry("email_domain", domain))
        return True

    def put(self, entry: WatchEntry) -> None:
        """An entry as it is (already normalised, or a keyed digest), once per (kind, value or
        digest)."""
        matched = entry.value if entry.value is not None else entry.digest
        assert matched is not None
        key = (entry.kind, matched)
        first = self._entries.get(key)
        if first is None:
            self._entries[key] = entry
        elif first.tlp != entry.tlp:
            # The same value reported twice: keep the first, under the stricter marking.
            self._entries[key] = replace(first, tlp=strictest(first.tlp, entry.tlp))

    def add_link(self, raw: str, at: Where, what: str) -> bool:
        """A URL: a LinkedIn profile (its slug), a messaging deep link (t.me/..., wa.me/...: the
        handle), else a website (its host). A link to a platform everyone uses (linkedin.com
        other than a profile, github.com, t.co, ...) names nobody and is skipped, as campaign
        linking ignores it."""
        if profile_slug(raw.strip()):
            return self.add("profile", raw, at, what)
        found = contacts_in_text(what, raw.strip())
        if found and found[0].kind == "handle":
            # A deep link (wa.me/<number>) may also be a phone number, as on approaches.
            added = [self.add(c.kind, c.normalised, at, what) for c in found if c.kind != "url"]
            return any(added)
        host = normalise("website", raw)
        if host is None:
            self.skip(f"{at.ref}: {what} {raw!r} is not a URL or host name")
            return False
        if host in PLATFORM_HOSTS or is_linkedin(host):
            self.skip(f"{at.ref}: {what} {raw!r}: a link to {host} names no one")
            return False
        return self.add("website", raw, at, what)

    def add_account(self, account_type: str | None, user: str, at: Where, what: str) -> bool:
        """An account: on LinkedIn a profile (slug or profile URL), on a messaging app a handle
        ``app:user``; any other kind of account is skipped with its type."""
        if not account_type or not account_type.strip():
            self.skip(f"{at.ref}: {what} {user!r} has no account type (LinkedIn or an app)")
            return False
        app = account_app(account_type)
        if app is None:
            self.skip(
                f"{at.ref}: {what} {user!r}: account type {account_type!r} is not LinkedIn "
                "or a messaging app"
            )
            return False
        if app == "linkedin":
            return self.add("profile", user, at, what)
        return self.add("handle", f"{app}:{user}", at, what)

    def add_name(self, raw: str, at: Where, what: str) -> bool:
        """A persona's name, without the remarks in brackets an analyst adds to it, unless it
        is the placeholder for an unnamed one."""
        raw = _REMARK.sub(" ", raw).strip() or raw
        if raw.strip().lower() == UNNAMED:
            self.skip(f"{at.ref}: {what} {raw!r} is no name")
            return False
        return self.add("name", raw, at, what)

    def add_contact_information(self, info: str, at: Where) -> None:
        """A STIX identity's (or MISP ``identity`` object's) ``contact_information``: each line,
        and each part of a line that holds several ("Phone: ...; Email: ...")."""
        for line in info.splitlines():
            for part in _CONTACT_PARTS.split(line.strip()):
                if part.strip():
                    self._contact_line(part.strip(), at)

    def _contact_line(self, line: str, at: Where) -> None:
        """One ``kind: value`` line of contact information (our exporter writes ``email``,
        ``phone``, ``handle`` (``app:id``), ``url``); any other line is read with the contact
        extractor counterlink uses on approaches ("WeChat: vzhou88", "+44 7700 900123")."""
        what = "contact_information"
        m = _CONTACT_LINE.fullmatch(line)
        kind = _CONTACT_KINDS.get(m.group(1).lower()) if m else None
        if m is not None and kind is not None:
            value = m.group(2)
            if kind == "url":
                self.add_link(value, at, what)
            else:
                self.add(kind, value, at, what)
            return
        found = contacts_in_text(what, line)
        if not found:
            self.skip(f"{at.ref}: {what} line {line!r} holds no contact detail")
        for contact in found:
            if contact.kind == "url":
                self.add_link(contact.value, at, what)
            elif contact.kind == "phone":
                self.add("phone", contact.value, at, what)  # as written: its country code
            else:
                self.add(contact.kind, contact.normalised, at, what)

    def source(self, name: str, origin: str, format: str, default_tlp: str) -> WatchSource:
        """The source of everything collected, marked with the strictest entry's level
        (``default_tlp`` when there is none)."""
        entries = tuple(self._entries.values())
        tlp = strictest(*(e.tlp for e in entries)) if entries else default_tlp
        return WatchSource(name, origin, format, tlp, entries)
