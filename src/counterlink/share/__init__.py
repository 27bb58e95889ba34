"""Sharing with partners: STIX 2.1, MISP and private-matching (hashed) exports, with TLP 2.0
markings and a loss report.

Needs the ``share`` extra (stix2, stix2-validator, pymisp); the exporters import them only
when called.
"""

from __future__ import annotations

from typing import Any

from counterlink.share.model import (
    AUDIENCE_MAX,
    AUDIENCES,
    TLP_LEVELS,
    Attachment,
    LossItem,
    Note,
    ShareCampaign,
    ShareCase,
    ShareRefused,
    may_receive,
)


def export_stix(
    subject: ShareCase | ShareCampaign, audience: str, identity_name: str
) -> tuple[dict[str, Any], list[LossItem]]:
    from counterlink.share.stix import export_stix as run

    return run(subject, audience, identity_name)


def export_misp(
    subject: ShareCase | ShareCampaign, audience: str, identity_name: str
) -> tuple[dict[str, Any], list[LossItem]]:
    from counterlink.share.misp import export_misp as run

    return run(subject, audience, identity_name)


def export_hashed(
    subject: ShareCase | ShareCampaign, audience: str, identity_name: str, key: bytes
) -> tuple[dict[str, Any], list[LossItem]]:
    from counterlink.share.hashed import export_hashed as run

    return run(subject, audience, identity_name, key)


__all__ = [
    "AUDIENCES",
    "AUDIENCE_MAX",
    "TLP_LEVELS",
    "Attachment",
    "LossItem",
    "Note",
    "ShareCampaign",
    "ShareCase",
    "ShareRefused",
    "export_hashed",
    "export_misp",
    "export_stix",
    "may_receive",
]
