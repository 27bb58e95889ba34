"""What a synthetic approach says, and the approach/1 dict around it: a template rendered
(paraphrased for campaign members), the conversation that follows, and the values the
templates take (fees, salaries, dates, contacts as written in the text)."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from counterlink.schema import APPROACH_SCHEMA
from counterlink.synth.planning import _Campaign
from counterlink.synth.templates import (
    _BODY_SLOTS,
    _SYNONYM,
    BENIGN_FOLLOW_UPS,
    CALL,
    HOSTILE_FOLLOW_UPS,
    SHARED,
    SYNONYMS,
    TARGET_REPLIES,
)
from counterlink.synth.vocab import MONTH_NAMES, SECTORS

GENERATOR = "counterlink.synth/1"


class _Values(dict[str, str]):
    """Template values; ``phone`` is only made when a phrasing asks for it (validating a number
    with phonenumbers is the slowest step of a row)."""

    def __init__(self, phone: Callable[[], str] | None = None) -> None:
        super().__init__()
        self._phone = phone

    def __missing__(self, key: str) -> str:
        if key != "phone" or self._phone is None:
            raise KeyError(key)
        self[key] = value = self._phone()
        return value


# --- row parts --------------------------------------------------------------------------------


def _approach(
    *,
    rid: str,
    seed: int,
    channel: str,
    received: datetime,
    persona: dict[str, Any],
    target: dict[str, Any],
    messages: list[dict[str, Any]],
    label: str,
    annotations: dict[str, Any],
) -> dict[str, Any]:
    return {
        "schema": APPROACH_SCHEMA,
        "id": rid,
        "source": f"{GENERATOR} seed {seed}",
        "channel": channel,
        "received_at": _iso(received),
        "persona": persona,
        "target": target,
        "messages": messages,
        "label": label,
        "annotations": {**annotations, "generator": GENERATOR},
    }


def _event(rng: random.Random, sector: str) -> str:
    scope = rng.choice(("International", "European", "Asia-Pacific"))
    kind = rng.choice(("Summit", "Conference", "Workshop"))
    return f"the {scope} {rng.choice(SECTORS[sector][1]).title()} {kind}"


def _contact_text(kind: str, shown: str, rng: random.Random) -> str:
    if kind == "wechat":
        return rng.choice((f"WeChat: {shown}", f"WeChat ID {shown}", f"WeChat ({shown})"))
    if kind == "whatsapp":
        return rng.choice((f"WhatsApp {shown}", f"WhatsApp: {shown}"))
    if kind == "telegram":
        return f"Telegram {shown}"
    return rng.choice((f"my mobile {shown}", f"phone: {shown}"))


def _fee(amount: int, currency: str, rng: random.Random) -> str:
    value = int(amount * rng.choice((1, 1, 1, 1.5, 2, 0.8)))
    symbol = {"USD": "$", "GBP": "£", "EUR": "€", "HKD": "HK$"}[currency]
    return rng.choice((f"{currency} {value:,}", f"{symbol}{value:,}", f"{value:,} {currency}"))


def _salary(rng: random.Random) -> str:
    low = rng.randrange(45, 140, 5)
    return rng.choice((f"£{low}-{low + 15}k", f"£{low},000-£{low + 15},000", f"up to £{low + 20}k"))


def _future_date(received: datetime, rng: random.Random) -> str:
    day = received + timedelta(days=rng.randint(10, 60))
    return f"{day.day} {MONTH_NAMES[day.month - 1]}"


def _office_hours(moment: datetime, rng: random.Random) -> datetime:
    return moment.replace(hour=rng.randint(1, 15), minute=rng.randrange(60), second=0)


def _month(moment: datetime) -> str:
    return moment.strftime("%Y-%m")


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _paraphrase(sentence: str, rng: random.Random) -> str:
    def swap(match: re.Match[str]) -> str:
        word = match.group(1)
        return rng.choice(SYNONYMS[word]) if rng.random() < 0.35 else word

    return _SYNONYM.sub(swap, sentence)


def _render(
    template: Sequence[tuple[str, Sequence[str]]],
    values: dict[str, str],
    in_text: list[str],
    rng: random.Random,
    *,
    paraphrase: bool,
) -> str:
    """One message from a template: a phrasing per slot, optional slots sometimes dropped, and
    (for paraphrases) synonyms swapped and two adjacent body sentences sometimes reordered."""
    slots: list[tuple[str, str]] = []
    for slot, phrasings in template:
        if slot.startswith("?") and rng.random() < (0.35 if paraphrase else 0.6):
            continue
        if slot == "move" and not in_text:
            phrasing = rng.choice(CALL)
        else:
            # A campaign's first phrasing is its usual one; the second turns up now and then.
            phrasing = phrasings[0] if len(phrasings) == 1 or rng.random() < 0.7 else phrasings[1]
            if not paraphrase:
                phrasing = rng.choice(phrasings)
        slots.append((slot, phrasing))
    if paraphrase and rng.random() < 0.4:
        body = [i for i, (slot, _) in enumerate(slots[:-1]) if slot in _BODY_SLOTS]
        pairs = [i for i in body if i + 1 in body]
        if pairs:
            i = rng.choice(pairs)
            slots[i], slots[i + 1] = slots[i + 1], slots[i]
    contact = " or ".join(in_text)
    sentences = []
    for _, phrasing in slots:
        values["contact"] = contact
        sentence = phrasing.format_map(values)
        sentences.append(_paraphrase(sentence, rng) if paraphrase else sentence)
    greeting, *rest = sentences
    return greeting + "\n\n" + " ".join(rest)


def _conversation(
    text: str,
    received: datetime,
    values: dict[str, str],
    in_text: list[str],
    rng: random.Random,
    *,
    hostile: bool,
    theme: _Campaign | None,
) -> list[dict[str, Any]]:
    messages = [{"sender": "persona", "sent_at": _iso(received), "text": text}]
    moment = received
    if rng.random() < 0.4:
        moment += timedelta(hours=rng.randint(1, 72))
        reply = rng.choice(TARGET_REPLIES + (("Who is the client?",) if hostile else ()))
        messages.append({"sender": "target", "sent_at": _iso(moment), "text": reply})
    if rng.random() < 0.3:
        moment += timedelta(hours=rng.randint(2, 120))
        if hostile:
            move = (
                rng.choice(SHARED["MOVE"]).format(contact=" or ".join(in_text))
                if in_text
                else rng.choice(CALL)
            )
            ask = "Could you send your CV and a note on your current projects?"
            if theme is not None:
                ask = dict(theme.template)["ask"][0].format(**values)
            follow = rng.choice(HOSTILE_FOLLOW_UPS).format(move=move, ask=ask, **values)
        else:
            follow = rng.choice(BENIGN_FOLLOW_UPS).format(**values)
        messages.append({"sender": "persona", "sent_at": _iso(moment), "text": follow})
    return messages
