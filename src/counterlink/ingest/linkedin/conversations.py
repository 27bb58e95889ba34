"""Message rows → one approach per conversation in which someone other than the owner wrote.

The first sender who is not the owner is the persona; in a group conversation every non-owner
message is the persona's side, and its actual author is kept on the message (``author``) and in
``linkedin.participants``. What approach/1 has no place for (folder, title, sponsored InMail,
participants) goes in the extra top-level field ``linkedin``.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any

from counterlink.ingest.linkedin.connections import Connections, persona_for
from counterlink.ingest.linkedin.identity import name_key, profile_key, split_urls
from counterlink.ingest.linkedin.messages import MessageRow
from counterlink.ingest.linkedin.owner import OwnerIdentity
from counterlink.schema import APPROACH_SCHEMA, Approach, Message, Target


def group_conversations(rows: list[MessageRow]) -> list[tuple[str, list[MessageRow]]]:
    """``(conversation id, rows)`` in the order conversations first appear in the file."""
    groups: dict[str, list[MessageRow]] = {}
    for row in rows:
        groups.setdefault(row.conversation_id, []).append(row)
    return list(groups.items())


# ``Message.model_validate`` without its Python wrapper, which costs half a microsecond a
# message: the same validator, the same result.
_validate_message = Message.__pydantic_validator__.validate_python
_sent_at = attrgetter("sent_at")


def conversation_approaches(
    conversations: list[tuple[str, list[MessageRow]]],
    owner: OwnerIdentity,
    target: Target | None,
    connections: Connections,
    file: str,
) -> list[Approach]:
    """The approaches in ``conversations``, in their order.

    ``conversations`` is emptied as it is read, so the rows of each conversation can be freed
    as soon as its approach is built rather than all at the end.
    """
    sender_is_owner: dict[tuple[str, str], bool] = {}  # many messages, few distinct senders
    found = []
    conversations.reverse()
    while conversations:
        conversation_id, messages = conversations.pop()
        messages = _in_time_order(messages)
        by_owner = []
        for m in messages:
            who = (m.sender_name, m.sender_url)
            if who not in sender_is_owner:
                sender_is_owner[who] = owner.is_owner(*who)
            by_owner.append(sender_is_owner[who])
        if all(by_owner):
            continue  # only the owner wrote: nobody approached them here
        found.append(_approach(conversation_id, messages, by_owner, target, connections, file))
    return found


def _in_time_order(rows: list[MessageRow]) -> list[MessageRow]:
    """``rows`` by time, undated ones last; equal times keep file order (a stable sort)."""
    dated = [m for m in rows if m.sent_at is not None]
    dated.sort(key=_sent_at)
    if len(dated) < len(rows):
        dated += [m for m in rows if m.sent_at is None]
    return dated


def _approach(
    conversation_id: str,
    rows: list[MessageRow],
    by_owner: list[bool],
    target: Target | None,
    connections: Connections,
    file: str,
) -> Approach:
    first = rows[by_owner.index(False)]
    persona = (first.sender_name, first.sender_url)
    persona_key = _person_key(*persona)
    messages = []
    for m, mine in zip(rows, by_owner, strict=True):
        fields: dict[str, Any] = {
            "sender": "target" if mine else "persona",
            "sent_at": m.sent_at,
            "text": f"{m.subject}\n{m.content}" if m.subject else m.content,
        }
        if (
            not mine
            and (m.sender_name, m.sender_url) != persona  # the persona's own: no key needed
            and _person_key(m.sender_name, m.sender_url) != persona_key
        ):
            fields["author"] = m.sender_name or None
        if m.attachments:
            fields["attachments"] = m.attachments
        messages.append(_validate_message(fields))
    received_at = next(
        (m.sent_at for m, mine in zip(rows, by_owner, strict=True) if not mine and m.sent_at),
        None,
    )
    return Approach.model_validate(
        {
            "schema": APPROACH_SCHEMA,
            "id": f"linkedin:conversation:{conversation_id}",
            "source": f"LinkedIn export: {file}",
            "channel": "linkedin",
            "received_at": received_at,
            "persona": persona_for(first.sender_name, first.sender_url, connections),
            "target": target,
            "messages": messages,
            "linkedin": {
                "kind": "conversation",
                "conversation_id": conversation_id,
                "folder": next((m.folder for m in rows if m.folder), None),
                "conversation_title": next((m.title for m in rows if m.title), None),
                "sponsored": any(m.sponsored for m in rows),
                "participants": _participants(rows),
            },
        }
    )


def _person_key(name: str, url: str) -> str | None:
    return profile_key(url) or name_key(name)


def _participants(rows: list[MessageRow]) -> list[dict[str, str | None]]:
    """Everyone in the conversation (owner included), in order of first appearance.

    Senders come first because their names are certain; a recipient's name is taken from
    ``TO`` only when it can be paired with the URLs without guessing (names may hold commas).
    """
    people: dict[str, dict[str, str | None]] = {}
    by_name: dict[str, str] = {}  # name_key → key in people, to merge a bare TO name

    def add(name: str | None, url: str | None) -> None:
        name_k = name_key(name)
        key = profile_key(url) or (by_name.get(name_k) if name_k else None) or name_k
        if key is None:
            return
        person = people.setdefault(key, {"name": None, "url": None})
        person["name"] = person["name"] or name or None
        person["url"] = person["url"] or url or None
        if name_k:
            by_name.setdefault(name_k, key)

    # Messages repeat the same few people: look at each distinct sender and recipient list once.
    for sender, url in dict.fromkeys((m.sender_name, m.sender_url) for m in rows):
        add(sender, url)
    for to, recipients in dict.fromkeys((m.to, m.recipient_urls) for m in rows):
        urls = split_urls(recipients)
        if not urls:
            add(to, None)
            continue
        names: list[str | None] = [None] * len(urls)
        if len(urls) == 1:
            names = [to]
        elif to and len(parts := to.split(", ")) == len(urls):
            names = list(parts)
        for name, url in zip(names, urls, strict=True):
            add(name, url)
    return list(people.values())
