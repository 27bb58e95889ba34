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
)
from counterlink.watchlist.model import WatchEntry, WatchSource, normalise

DEFAULT_TLP = "amber"
# The label our own exporters give a persona without a name: not a name anyone is called.
UNNAMED = "unnamed persona"
_SEPARATORS = re.compile(r"[\s_\-]+")


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

    def skip(self, line: str) -> None:
        """One thing not imported, named (an object id, a uuid) with its reason."""
        self._skipped.append(line)

    def count(self, what: str, n: int = 1) -> None:
        """``n`` more of a kind of thing not imported that would be noise one line each (a
        partner's notes, file hashes, message bodies)."""
        self._counts[what] += n

    def skipped(self) -> list[str]:
        return self._skipped + [f"{what}: {n}" for what, n in self._counts.items()]

    def add(self, kind: str, raw: str, at: Where, what: str) -> bool:
        """``raw`` as a ``kind`` entry; False (and a skipped line naming ``at.ref`` and
        ``what``) when ``normalise`` rejects it. An e-mail address at a company domain also
        gives that ``email_domain``, exactly as ``campaigns.indicators.cited_keys`` derives it
        from an approach."""
        value = normalise(kind, raw)
        if value is None:
            self.skip(f"{at.ref}: {what} {raw!r} is not a valid {KIND_LABELS[kind]}")
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
        """A persona's name, unless it is the placeholder for an unnamed one."""
        if raw.strip().lower() == UNNAMED:
            self.skip(f"{at.ref}: {what} {raw!r} is no name")
            return False
        return self.add("name", raw, at, what)

    def source(self, name: str, origin: str, format: str, default_tlp: str) -> WatchSource:
        """The source of everything collected, marked with the strictest entry's level
        (``default_tlp`` when there is none)."""
        entries = tuple(self._entries.values())
        tlp = strictest(*(e.tlp for e in entries)) if entries else default_tlp
        return WatchSource(name, origin, format, tlp, entries)
