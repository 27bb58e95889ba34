"""Private-matching export (``counterlink.hashed/1``): for each persona, only keyed digests of
its normalised indicators, HMAC-SHA256 under a key the community shares
(:mod:`counterlink.share.digest`). A partner holding the key can tell "we saw this handle
too"; a partner without it, or anyone the file leaks to, learns nothing but counts.

Everything else of a case (messages, findings, notes, attachments, the persona's name in clear)
is left out, and the loss report says so.
"""

from __future__ import annotations

from typing import Any

from counterlink.campaigns.indicators import cited_keys
from counterlink.share.digest import HASHED_FORMAT, indicator_digest, key_id
from counterlink.share.kinds import WATCH_KINDS
from counterlink.share.model import LossItem, ShareCampaign, ShareCase, strictest
from counterlink.share.prepare import Prepared, finish, prepare_all, stable_uuid


def _persona(p: Prepared, key: bytes) -> dict[str, Any]:
    # The gate's disclosable approach: a withheld value is not even hashed.
    found = sorted(
        {
            (k.kind, k.value)
            for k in cited_keys(p.approach)
            if k.kind in WATCH_KINDS and not p.redact.hides(k.value)
        }
    )
    return {
        "id": f"persona--{stable_uuid('hashed-persona', p.key)}",
        "tlp": p.tlp,
        "first_seen": p.first_seen,
        "last_seen": p.last_seen,
        "indicators": [
            {"kind": kind, "digest": indicator_digest(key, kind, value)} for kind, value in found
        ],
    }


def _lose_content(p: Prepared) -> None:
    p.lose(
        "(case)",
        "unrepresented",
        "a hashed export carries only keyed digests of the persona's indicators: messages, "
        "findings, notes, attachments and the persona's profile are not exported",
    )
    p.findings.clear()
    p.notes.clear()
    p.attachments.clear()
    p.loss[:] = [item for item in p.loss if item.kind not in ("bytes",)]


def export_hashed(
    subject: ShareCase | ShareCampaign, audience: str, identity_name: str, key: bytes
) -> tuple[dict[str, Any], list[LossItem]]:
    """A ``counterlink.hashed/1`` document of ``subject`` for ``audience``, and the loss report.

    Raises ShareRefused when the audience may receive nothing of it."""
    kept, loss = prepare_all(subject, audience)
    personas = []
    for p in kept:
        _lose_content(p)
        personas.append(_persona(p, key))
        finish(p)
        loss += p.loss
    document: dict[str, Any] = {
        "format": HASHED_FORMAT,
        "producer": identity_name,
        "created": max(p.created for p in kept),
        "audience": audience,
        "tlp": strictest(*(p.tlp for p in kept)),
        "key_id": key_id(key),
        "algorithm": "HMAC-SHA256(key, kind + U+001F + normalised value)",
        "personas": personas,
    }
    if isinstance(subject, ShareCampaign):
        document["campaign"] = f"campaign--{stable_uuid('hashed-campaign', subject.campaign.id)}"
    return document, loss
