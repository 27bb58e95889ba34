"""Users and roles, password login (argon2), API tokens, web sessions and login rate limiting.

Secrets handed out (API tokens, session cookies) are stored only as their SHA-256, so a copy of
the database lets nobody in. Services flush; the caller commits.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta
from enum import StrEnum
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import ColumnElement, delete, func, select
from sqlalchemy.orm import Session

from counterlink.errors import InvalidInput
from counterlink.store import audit
from counterlink.store.errors import NotFound
from counterlink.store.tables import ApiToken, LoginAttempt, User, WebSession, utcnow

SESSION_LIFETIME = timedelta(hours=12)
LOGIN_WINDOW = timedelta(minutes=15)
# Failed sign-ins allowed in LOGIN_WINDOW for one name from one client address, and for one
# address over all names (so no one client tries many names, yet nobody elsewhere can lock a
# colleague out by typing their name wrong).
LOGIN_MAX_FAILURES = 5
LOGIN_MAX_CLIENT_FAILURES = 20
MIN_PASSWORD_LENGTH = 8
MAX_NAME_LENGTH = 100


class Role(StrEnum):
    reporter = "reporter"  # submits reports, sees only their own and their outcome
    analyst = "analyst"  # sees and works all reports
    admin = "admin"  # everything an analyst does, plus users and settings


@cache
def _hasher() -> PasswordHasher:
    return PasswordHasher()


@cache
def _dummy_hash() -> str:
    # Verified against for unknown names, so they cost as long as a wrong password.
    return _hasher().hash(secrets.token_urlsafe(16))


def _sha256(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def parse_role(role: str) -> Role:
    try:
        return Role(role)
    except ValueError:
        allowed = ", ".join(r.value for r in Role)
        raise InvalidInput(f"unknown role '{role}' (one of {allowed})", field="role") from None


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(
            f"password too short: at least {MIN_PASSWORD_LENGTH} characters", field="password"
        )


def get_user(s: Session, name: str) -> User | None:
    return s.scalar(select(User).where(User.name == name))


def require_user(s: Session, name: str) -> User:
    user = get_user(s, name)
    if user is None:
        raise NotFound(f"no user named '{name}'")
    return user


def list_users(s: Session) -> list[User]:
    return list(s.scalars(select(User).order_by(User.name)))


def add_user(
    s: Session, name: str, role: str, password: str, *, actor_name: str = "system"
) -> User:
    """A new active user; refuses empty, overlong or taken names and short passwords."""
    name = name.strip()
    if not name:
        raise InvalidInput("user name is empty", field="name")
    if len(name) > MAX_NAME_LENGTH or any(c.isspace() or not c.isprintable() for c in name):
        raise InvalidInput(
            f"user name must be at most {MAX_NAME_LENGTH} printable characters, no spaces",
            field="name",
        )
    checked_role = parse_role(role)
    _check_password(password)
    if get_user(s, name) is not None:
        raise InvalidInput(f"user '{name}' already exists", field="name")
    user = User(name=name, role=checked_role.value, password_hash=_hasher().hash(password))
    s.add(user)
    s.flush()
    audit.record(s, actor_name, "user.add", "user", user.id, {"name": name, "role": user.role})
    return user


def set_password(s: Session, name: str, password: str, *, actor_name: str = "system") -> None:
    _check_password(password)
    user = require_user(s, name)
    user.password_hash = _hasher().hash(password)
    # A new password ends every open session of the user.
    s.execute(delete(WebSession).where(WebSession.user_id == user.id))
    audit.record(s, actor_name, "user.password", "user", user.id, {"name": name})


def set_role(s: Session, name: str, role: str, *, actor_name: str = "system") -> None:
    user = require_user(s, name)
    old, user.role = user.role, parse_role(role).value
    audit.record(s, actor_name, "user.role", "user", user.id, {"from": old, "to": user.role})


def set_active(s: Session, name: str, active: bool, *, actor_name: str = "system") -> None:
    user = require_user(s, name)
    user.active = active
    if not active:
        s.execute(delete(WebSession).where(WebSession.user_id == user.id))
    audit.record(s, actor_name, "user.active", "user", user.id, {"active": active})


def authenticate(s: Session, name: str, password: str) -> User | None:
    """The active user with this name and password, else None (unknown names take as long)."""
    user = get_user(s, name)
    try:
        _hasher().verify(user.password_hash if user else _dummy_hash(), password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or not user.active:
        return None
    if _hasher().check_needs_rehash(user.password_hash):
        user.password_hash = _hasher().hash(password)
    return user


def create_token(
    s: Session, user_name: str, token_name: str = "api", *, actor_name: str = "system"
) -> str:
    """A new API token for the user (shown once; only its SHA-256 is kept)."""
    user = require_user(s, user_name)
    token_name = token_name.strip() or "api"
    token = secrets.token_urlsafe(32)
    row = ApiToken(user_id=user.id, name=token_name[:MAX_NAME_LENGTH], token_sha256=_sha256(token))
    s.add(row)
    s.flush()
    audit.record(
        s, actor_name, "token.create", "api_token", row.id, {"user": user.name, "name": row.name}
    )
    return token


def user_for_token(s: Session, token: str) -> User | None:
    if not token:
        return None
    user = s.scalar(
        select(User)
        .join(ApiToken, ApiToken.user_id == User.id)
        .where(ApiToken.token_sha256 == _sha256(token))
    )
    return user if user is not None and user.active else None


def create_session(s: Session, user: User) -> tuple[str, str]:
    """A new web session: (cookie value, CSRF token). The cookie is stored as its SHA-256."""
    cookie = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(32)
    now = utcnow()
    s.add(
        WebSession(
            id=_sha256(cookie),
            user_id=user.id,
            csrf_token=csrf,
            created_at=now,
            expires_at=now + SESSION_LIFETIME,
        )
    )
    s.flush()
    return cookie, csrf


def session_user(s: Session, cookie_value: str) -> tuple[User, str] | None:
    """(user, CSRF token) of a live session, else None; an expired session is removed."""
    if not cookie_value:
        return None
    row = s.get(WebSession, _sha256(cookie_value))
    if row is None:
        return None
    if row.expires_at <= utcnow():
        s.delete(row)
        s.flush()
        return None
    if not row.user.active:
        return None
    return row.user, row.csrf_token


def csrf_matches(expected: str, given: str | None) -> bool:
    """Constant-time comparison of a submitted CSRF token."""
    return given is not None and hmac.compare_digest(expected, given)


def end_session(s: Session, cookie_value: str) -> None:
    s.execute(delete(WebSession).where(WebSession.id == _sha256(cookie_value)))


def record_login(s: Session, name: str, ip: str, ok: bool) -> None:
    s.add(LoginAttempt(name=name[:MAX_NAME_LENGTH], ip=ip[:64], at=utcnow(), ok=ok))
    s.flush()


def login_blocked(s: Session, name: str, ip: str) -> bool:
    """True after LOGIN_MAX_FAILURES failed logins within LOGIN_WINDOW for this name from this
    address (since the last success of that pair), or LOGIN_MAX_CLIENT_FAILURES from this
    address over all names (a success does not reset those: anyone with an account could)."""
    since = utcnow() - LOGIN_WINDOW
    pair = (LoginAttempt.name == name[:MAX_NAME_LENGTH], LoginAttempt.ip == ip[:64])
    last_ok = s.scalar(select(func.max(LoginAttempt.at)).where(*pair, LoginAttempt.ok))
    start = max(since, last_ok) if last_ok is not None else since
    if _failures(s, start, *pair) >= LOGIN_MAX_FAILURES:
        return True
    return _failures(s, since, LoginAttempt.ip == ip[:64]) >= LOGIN_MAX_CLIENT_FAILURES


def _failures(s: Session, after: datetime, *where: ColumnElement[bool]) -> int:
    count = s.scalar(
        select(func.count())
        .select_from(LoginAttempt)
        .where(*where, LoginAttempt.at > after, LoginAttempt.ok.is_(False))
    )
    return count or 0
