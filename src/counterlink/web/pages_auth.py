"""Sign in, sign out, and the home page that sends each role where its work is."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from counterlink.store.users import (
    authenticate,
    create_session,
    end_session,
    login_blocked,
    record_login,
)
from counterlink.web.deps import DB, SESSION_COOKIE, FormVisitor, PageVisitor, render

router = APIRouter(include_in_schema=False)

HOME_BY_ROLE = {"reporter": "/reports", "analyst": "/queue", "admin": "/queue"}


def _safe_next(target: str | None) -> str | None:
    # Only a path on this site: never an absolute URL (an open redirect) or //host.
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return None


def _client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


@router.get("/")
def home(found: PageVisitor) -> Response:
    return RedirectResponse(HOME_BY_ROLE.get(found.role, "/reports"), status_code=303)


@router.get("/login")
def login_form(request: Request, next: str | None = None) -> Response:
    return render(request, "login.html", {"next": _safe_next(next) or "", "error": None})


@router.post("/login")
def login(
    request: Request,
    s: DB,
    name: Annotated[str, Form(max_length=100)],
    password: Annotated[str, Form(max_length=1000)],
    next: Annotated[str, Form()] = "",
) -> Response:
    ip = _client_ip(request)
    context = {"next": _safe_next(next) or "", "name": name}
    if login_blocked(s, name, ip):
        s.commit()
        message = "too many failed sign-ins; wait 15 minutes and try again"
        return render(request, "login.html", {**context, "error": message}, 429)
    user = authenticate(s, name, password)
    record_login(s, name, ip, user is not None)
    if user is None:
        s.commit()
        return render(request, "login.html", {**context, "error": "wrong name or password"}, 401)
    cookie, _ = create_session(s, user)
    s.commit()
    target = _safe_next(next) or HOME_BY_ROLE.get(user.role, "/reports")
    response = RedirectResponse(target, status_code=303)
    set_session_cookie(request, response, cookie)
    return response


def set_session_cookie(request: Request, response: Response, cookie: str) -> None:
    mode = request.app.state.settings.secure_cookies
    secure = mode == "always" or (mode == "auto" and request.url.scheme == "https")
    response.set_cookie(
        SESSION_COOKIE,
        cookie,
        max_age=12 * 3600,
        httponly=True,
        secure=secure,
        samesite="strict",
        path="/",
    )


@router.post("/logout")
def logout(request: Request, s: DB, found: FormVisitor) -> Response:
    end_session(s, request.cookies.get(SESSION_COOKIE, ""))
    s.commit()
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
