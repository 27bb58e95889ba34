"""Administration (admins only): users and their roles, and the running settings (read-only).

Every change is a POST with the session's CSRF token that commits and answers 303 back to the
list; a refused change re-renders the list with the reason (422). An admin cannot deactivate
themselves or drop their own admin role: the office would risk having no admin left.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from counterlink import __version__
from counterlink.errors import InvalidInput
from counterlink.store.db import safe_url
from counterlink.store.errors import NotFound
from counterlink.store.tables import ROLES, User
from counterlink.store.users import (
    MIN_PASSWORD_LENGTH,
    add_user,
    list_users,
    set_active,
    set_password,
    set_role,
)
from counterlink.web.deps import DB, FormVisitor, PageVisitor, Visitor, render, require_role

router = APIRouter(include_in_schema=False)

USERS = "/admin/users"
# Fixed confirmations, chosen by a key in the query string (never text echoed from the URL).
DONE = {
    "added": "User added.",
    "role": "Role changed.",
    "active": "User reactivated.",
    "inactive": "User deactivated; their sessions were ended.",
    "password": "Password reset; their sessions were ended.",
}

Password = Annotated[str, Form(max_length=1000)]


def _users_page(
    request: Request,
    s: Session,
    *,
    error: str | None = None,
    done: str | None = None,
    form: dict[str, str] | None = None,
    status: int = 200,
) -> Response:
    context = {
        "users": list_users(s),
        "roles": ROLES,
        "error": error,
        "done": DONE.get(done or ""),
        "form": form or {},
        "min_password": MIN_PASSWORD_LENGTH,
    }
    return render(request, "admin_users.html", context, status)


def _refused(
    request: Request, s: Session, message: str, form: dict[str, str] | None = None
) -> Response:
    s.rollback()
    return _users_page(request, s, error=message, form=form, status=422)


def _back(done: str) -> Response:
    return RedirectResponse(f"{USERS}?done={done}", status_code=303)


def _target(s: Session, user_id: int) -> User:
    user = s.get(User, user_id)
    if user is None:
        s.close()  # see _admin
        raise NotFound("no such user")
    return user


def _admin(s: Session, found: Visitor) -> str:
    """The acting admin's name; 403 for anyone else."""
    try:
        require_role(found, "admin")
    except HTTPException:
        # The error page renders after the request's session is rolled back, which expires the
        # visitor's user; closing the session first detaches it with its attributes loaded.
        s.close()
        raise
    return found.user.name


@router.get(USERS)
def users_page(request: Request, s: DB, found: PageVisitor, done: str | None = None) -> Response:
    _admin(s, found)
    return _users_page(request, s, done=done)


@router.post(USERS)
def add(
    request: Request,
    s: DB,
    found: FormVisitor,
    name: Annotated[str, Form(max_length=200)],
    role: Annotated[str, Form(max_length=32)],
    password: Password,
) -> Response:
    actor = _admin(s, found)
    try:
        add_user(s, name, role, password, actor_name=actor)
    except InvalidInput as exc:
        return _refused(request, s, str(exc), {"name": name, "role": role})
    s.commit()
    return _back("added")


@router.post(USERS + "/{user_id}/role")
def change_role(
    request: Request,
    s: DB,
    found: FormVisitor,
    user_id: int,
    role: Annotated[str, Form(max_length=32)],
) -> Response:
    actor = _admin(s, found)
    user = _target(s, user_id)
    if user.id == found.user.id and role != "admin":
        return _refused(request, s, "you cannot remove your own admin role; ask another admin")
    try:
        set_role(s, user.name, role, actor_name=actor)
    except InvalidInput as exc:
        return _refused(request, s, str(exc))
    s.commit()
    return _back("role")


@router.post(USERS + "/{user_id}/active")
def change_active(
    request: Request,
    s: DB,
    found: FormVisitor,
    user_id: int,
    active: Annotated[bool, Form()],
) -> Response:
    actor = _admin(s, found)
    user = _target(s, user_id)
    if user.id == found.user.id and not active:
        return _refused(request, s, "you cannot deactivate yourself; ask another admin")
    set_active(s, user.name, active, actor_name=actor)
    s.commit()
    return _back("active" if active else "inactive")


@router.post(USERS + "/{user_id}/password")
def reset_password(
    request: Request, s: DB, found: FormVisitor, user_id: int, password: Password
) -> Response:
    actor = _admin(s, found)
    user = _target(s, user_id)
    try:
        set_password(s, user.name, password, actor_name=actor)
    except InvalidInput as exc:
        return _refused(request, s, f"{user.name}: {exc}")
    s.commit()
    return _back("password")


@router.get("/admin/settings")
def settings_page(request: Request, s: DB, found: PageVisitor) -> Response:
    """What this server runs with, read-only; the database password is masked."""
    _admin(s, found)
    settings = request.app.state.settings
    context = {
        "database": safe_url(settings.database_url),
        "model": request.app.state.assessor.model.label,
        "cookies": settings.secure_cookies,
        "max_upload_mib": round(settings.max_upload / (1024 * 1024), 1),
        "app_version": __version__,
    }
    return render(request, "admin_settings.html", context)
