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
    Private,
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


FORMATS = ("stix", "misp", "hashed")
NO_KEY = (
    "--format hashed needs the community key: --community-key FILE, or the key itself in "
    "$COUNTERLINK_COMMUNITY_KEY"
)


def export_as(
    subject: ShareCase | ShareCampaign,
    format: str,
    audience: str,
    identity: str,
    key: bytes | None = None,
) -> tuple[dict[str, Any], list[LossItem]]:
    """Export ``subject`` as ``format`` (stix, misp or hashed; hashed needs the community
    ``key``) for ``audience``: the document and its loss report. ShareRefused when the audience
    may receive none of it."""
    from counterlink.errors import CounterlinkError
    from counterlink.share.model import check_audience

    check_audience(audience)
    if format == "stix":
        return export_stix(subject, audience, identity)
    if format == "misp":
        return export_misp(subject, audience, identity)
    if format == "hashed":
        if key is None:
            raise CounterlinkError(NO_KEY, field="format")
        return export_hashed(subject, audience, identity, key)
    raise CounterlinkError(
        f"unknown format {format!r} (one of {', '.join(FORMATS)})", field="format"
    )


__all__ = [
    "AUDIENCES",
    "AUDIENCE_MAX",
    "FORMATS",
    "NO_KEY",
    "TLP_LEVELS",
    "Attachment",
    "LossItem",
    "Note",
    "Private",
    "ShareCampaign",
    "ShareCase",
    "ShareRefused",
    "export_as",
    "export_hashed",
    "export_misp",
    "export_stix",
    "may_receive",
]
