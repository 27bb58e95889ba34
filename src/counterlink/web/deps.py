"""What every route needs: a database session, the signed-in user, CSRF checks, page rendering.

Who is asking is decided once per request, in this order: an ``Authorization: Bearer TOKEN``
header (scripts, the API), else the session cookie (the browser). Pages send an anonymous
visitor to the login page; the API answers 401. A role a route does not allow gets 403.
Every state-changing form carries the session's CSRF token; a request authenticated by a
bearer token needs none (no browser sends that header on its own).
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Form, Header, HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session

from counterlink.store.db import read_only
from counterlink.store.tables import User
from counterlink.store.users import csrf_matches, session_user, user_for_token

SESSION_COOKIE = "counterlink_session"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class LoginRequired(Exception):
    """Raised by page dependencies for an anonymous visitor; answered with a redirect."""


@dataclass
class Visitor:
    """The signed-in user and how they signed in."""

    user: User
    via: str  # "token" or "session"
    csrf: str | None = None  # the session's CSRF token (None for a bearer token)

    @property
    def role(self) -> str:
        return self.user.role


def db(request: Request) -> Iterator[Session]:
    """One session per request. Routes commit what they change; anything else is rolled back."""
    session: Session = request.app.state.sessions()
    try:
        yield session
    finally:
        # close() rolls back what was not committed yet leaves loaded objects readable: an
        # error page rendered after the route failed still shows who is signed in.
        session.close()


DB = Annotated[Session, Depends(db)]

Endpoint = TypeVar("Endpoint", bound=Callable[..., Any])


def ends_unit_of_work(endpoint: Endpoint) -> Endpoint:
    """``endpoint`` closing its request session as it returns, in its own worker thread.

    db()'s teardown runs only after the response is sent, and FastAPI validates a sync route's
    response model in another worker thread first. A transaction still open by then (reads
    after the route's commit) kept SQLite's write lock while every worker waited for it: the
    server stalled past 40 concurrent writers (issue 14). Closing here ends it in time."""
    if inspect.iscoroutinefunction(endpoint):
        return endpoint

    @functools.wraps(endpoint)
    def closing(*args: Any, **kwargs: Any) -> Any:
        try:
            return endpoint(*args, **kwargs)
        finally:
            for value in kwargs.values():
                if isinstance(value, Session):
                    value.close()  # loaded objects stay readable for the response

    return closing  # type: ignore[return-value]


def _bearer(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, value = authorization.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def visitor(
    request: Request,
    s: DB,
    authorization: Annotated[str | None, Header()] = None,
) -> Visitor | None:
    """Who is asking, or None for an anonymous visitor (also cached on ``request.state``)."""
    token = _bearer(authorization)
    found: Visitor | None = None
    if token is not None:
        read_only(s)  # a token lookup writes nothing: no need to queue for the write lock
        user = user_for_token(s, token)
        found = Visitor(user, "token") if user is not None else None
    else:
        cookie = request.cookies.get(SESSION_COOKIE, "")
        live = session_user(s, cookie) if cookie else None
        if live is not None:
            found = Visitor(live[0], "session", live[1])
    # End the lookup's transaction (an expired session row may have been removed): on SQLite
    # it holds the write lock, which the route's own work must not wait behind.
    s.commit()
    request.state.visitor = found
    return found


def page_visitor(found: Annotated[Visitor | None, Depends(visitor)]) -> Visitor:
    if found is None:
        raise LoginRequired()
    return found


def api_visitor(found: Annotated[Visitor | None, Depends(visitor)]) -> Visitor:
    if found is None:
        raise HTTPException(
            status_code=401,
            detail="sign in, or send Authorization: Bearer TOKEN (counterlink token create NAME)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return found


PageVisitor = Annotated[Visitor, Depends(page_visitor)]
ApiVisitor = Annotated[Visitor, Depends(api_visitor)]


def require_role(found: Visitor, *roles: str) -> None:
    """403 unless the visitor has one of ``roles`` (and is active)."""
    if not found.user.active or found.role not in roles:
        raise HTTPException(status_code=403, detail="your role does not allow this")


def check_csrf(found: Visitor, given: str | None) -> None:
    """403 unless a cookie-authenticated change carries the session's CSRF token."""
    if found.via == "token":
        return
    if found.csrf is None or not csrf_matches(found.csrf, given):
        raise HTTPException(status_code=403, detail="the form expired or was not sent by this site")


def form_csrf(found: PageVisitor, csrf_token: Annotated[str | None, Form()] = None) -> Visitor:
    """A page visitor whose form carries the right CSRF token."""
    check_csrf(found, csrf_token)
    return found


def api_csrf(
    request: Request,
    found: ApiVisitor,
    x_csrf_token: Annotated[str | None, Header()] = None,
) -> Visitor:
    """An API visitor; a browser session changing something must send X-CSRF-Token."""
    if request.method in UNSAFE_METHODS:
        check_csrf(found, x_csrf_token)
    return found


FormVisitor = Annotated[Visitor, Depends(form_csrf)]
ApiWriter = Annotated[Visitor, Depends(api_csrf)]


def render(
    request: Request, template: str, context: dict[str, Any] | None = None, status: int = 200
) -> HTMLResponse:
    """A page from ``templates/``, autoescaped, with the visitor and CSRF token available."""
    templates: Jinja2Templates = request.app.state.templates
    found: Visitor | None = getattr(request.state, "visitor", None)
    values = {"visitor": found, "csrf_token": found.csrf if found else None, **(context or {})}
    return templates.TemplateResponse(request, template, values, status_code=status)
