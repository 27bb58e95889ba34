"""Who owns the export: every message the owner wrote is the target's, not the persona's.

Profile.csv gives the owner's name but not their profile URL, so the URL is derived: from an
OUTGOING invitation (the owner is the inviter), an INCOMING one (the owner is the invitee), a
message whose sender has the owner's name, or failing all these, the person present in the
most conversations. Messages are then told apart by slug, and by name only when a sender has
no URL or the owner's URL is unknown.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from counterlink.ingest.linkedin.identity import name_key, profile_key, split_urls
from counterlink.ingest.linkedin.invitations import InvitationRow
from counterlink.ingest.linkedin.messages import MessageRow


@dataclass
class OwnerIdentity:
    """The keys that recognise the owner as a sender."""

    key: str | None  # profile slug
    name: str | None  # name_key of the owner's name

    def is_owner(self, name: str, url: str) -> bool:
        if url and self.key:
            return profile_key(url) == self.key
        return self.name is not None and name_key(name) == self.name


def find_owner(
    name: str | None, invitations: list[InvitationRow], messages: list[MessageRow]
) -> tuple[str | None, str | None]:
    """The owner's ``(name, url)``: ``name`` from Profile.csv if known, else derived too."""
    url = _most_common(r.inviter_url for r in invitations if r.direction == "OUTGOING")
    url = url or _most_common(r.invitee_url for r in invitations if r.direction == "INCOMING")
    if name is None:
        name = _most_common(r.sender for r in invitations if r.direction == "OUTGOING")
        name = name or _most_common(r.recipient for r in invitations if r.direction == "INCOMING")
    if url is None and name is not None:
        url = _url_by_name(name, messages)
    elif url is None:
        url = _most_present(messages)
    if name is None and url is not None:
        key = profile_key(url)
        name = _most_common(m.sender_name for m in messages if profile_key(m.sender_url) == key)
        name = name or _most_common(
            m.to
            for m in messages
            if [profile_key(u) for u in split_urls(m.recipient_urls)] == [key]
        )
    return name, url


def _url_by_name(name: str, messages: list[MessageRow]) -> str | None:
    """The URL of the owner, known by name: as a sender, or as the only recipient."""
    key = name_key(name)
    namesakes: set[str | None] = set()
    for m in messages:
        if name_key(m.sender_name) == key:
            namesakes.add(profile_key(m.sender_url))
        elif name_key(m.to) == key and (urls := split_urls(m.recipient_urls)) and len(urls) == 1:
            namesakes.add(profile_key(urls[0]))
    namesakes.discard(None)
    # A namesake may write to the owner: among several, the owner is in most conversations.
    return _most_present(messages, among=namesakes) if namesakes else None


def _most_common(values: Iterable[str]) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None


def _most_present(messages: list[MessageRow], among: set[str | None] | None = None) -> str | None:
    """The URL in the most conversations (as sender or recipient), if one clearly leads.

    ``among`` limits the contest to those profile keys.

    The owner is in every conversation of their export; ties (one conversation, two people)
    are broken by being a recipient in more conversations, since incoming messages name the
    owner as recipient even when the owner never replied.
    """
    present: dict[str, set[str]] = {}
    received: dict[str, set[str]] = {}
    first_url: dict[str, str] = {}

    def note(url: str, conversation: str, as_recipient: bool) -> None:
        key = profile_key(url)
        if key and (among is None or key in among):
            first_url.setdefault(key, url)
            present.setdefault(key, set()).add(conversation)
            if as_recipient:
                received.setdefault(key, set()).add(conversation)

    for m in messages:
        note(m.sender_url, m.conversation_id, False)
        for url in split_urls(m.recipient_urls):
            note(url, m.conversation_id, True)
    ranked = sorted(((len(present[k]), len(received.get(k, ())), k) for k in present), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][:2] == ranked[1][:2]):
        return None  # a tie: better unknown than wrong
    return first_url[ranked[0][2]]
