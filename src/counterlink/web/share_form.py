"""The export form of the case and campaign pages (templates/share_form.html): the formats this
server can export and the audiences it can export for.

Both the pages that show the form (the case page, the campaign page) and the routes it posts to
(``pages_share``) read the choices from here.
"""

from __future__ import annotations

from typing import Any

from fastapi import Request

from counterlink.share.model import AUDIENCES
from counterlink.web.settings import Settings

BASE_FORMATS = ("stix", "misp")
FORMAT_NAMES = {"stix": "STIX 2.1", "misp": "MISP event", "hashed": "hashed (private matching)"}


def offered_formats(request: Request) -> list[str]:
    """The formats this server can export: hashed only when it holds a community key."""
    settings: Settings = request.app.state.settings
    return [*BASE_FORMATS, "hashed"] if settings.community_key is not None else list(BASE_FORMATS)


def share_form(request: Request) -> dict[str, Any]:
    """What templates/share_form.html needs (the case and campaign pages' export form)."""
    return {
        "share_formats": [(value, FORMAT_NAMES[value]) for value in offered_formats(request)],
        "share_audiences": AUDIENCES,
    }
