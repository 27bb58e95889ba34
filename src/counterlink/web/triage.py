"""What the triage pages share (the queue, the case page, its forms, the downloads): who may
triage, TLP labels, times as shown, and the 404 page.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from fastapi import Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from counterlink.store.errors import NotFound
from counterlink.store.reports import can_triage
from counterlink.store.tables import User
from counterlink.store.users import list_users
from counterlink.web.deps import render

TRIAGERS = ("analyst", "admin")


def tlp_label(tlp: str) -> str:
    """The TLP 2.0 label, e.g. ``TLP:AMBER+STRICT``."""
    return f"TLP:{tlp.upper()}"


def tlp_class(tlp: str) -> str:
    return "tlp-" + re.sub(r"[^a-z]+", "-", tlp.lower())


def utc_time(value: datetime | None) -> str:
    """A time as the pages show it, e.g. ``2025-03-01 09:30 UTC`` (empty for none)."""
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if value else ""


def missing(request: Request, exc: NotFound) -> Response:
    """The 404 page, rendered while the request's session is still open.

    Raising NotFound to the app's handler would render after the session was rolled back and
    closed, when the signed-in user's attributes can no longer be loaded for the page header.
    """
    return render(request, "error.html", {"status": 404, "message": str(exc)}, 404)


def triagers(s: Session) -> list[User]:
    return [user for user in list_users(s) if can_triage(user)]
