"""Errors of the store, each a CounterlinkError so the edges report them in one line."""

from __future__ import annotations

from counterlink.errors import CounterlinkError


class DatabaseError(CounterlinkError):
    """A database URL that cannot be used, or a database that cannot be reached."""


class NotFound(CounterlinkError):
    """No such object, or one the viewer may not know exists (never says which)."""


class Forbidden(CounterlinkError):
    """The actor's role does not allow the action."""
