"""Users, password login, API tokens, web sessions and login rate limiting."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from counterlink.errors import InvalidInput
from counterlink.store import users
from counterlink.store.errors import NotFound
from counterlink.store.tables import ApiToken, LoginAttempt, User, WebSession, utcnow
from tests.dbfixtures import PASSWORD


def test_add_user_stores_an_argon2_hash_not_the_password(session: Session) -> None:
    user = users.add_user(session, "  ann ", "analyst", PASSWORD)
    session.commit()
    assert user.name == "ann"
    assert user.role == users.Role.analyst
    assert user.active
    assert user.password_hash.startswith("$argon2")
    assert PASSWORD not in user.password_hash
    assert user.created_at.tzinfo is not None


@pytest.mark.parametrize(
    ("name", "role", "password", "field", "message"),
    [
        ("", "analyst", PASSWORD, "name", "empty"),
        ("two words", "analyst", PASSWORD, "name", "no spaces"),
        ("x" * 101, "analyst", PASSWORD, "name", "at most 100"),
        ("ann", "boss", PASSWORD, "role", "unknown role 'boss'"),
        ("ann", "analyst", "short", "password", "at least 8"),
    ],
)
def test_add_user_refuses_bad_input(
    session: Session, name: str, role: str, password: str, field: str, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message) as info:
        users.add_user(session, name, role, password)
    assert info.value.field == field


def test_duplicate_names_are_refused(people: dict[str, User], session: Session) -> None:
    with pytest.raises(InvalidInput, match="already exists"):
        users.add_user(session, "ann", "reporter", PASSWORD)


def test_authenticate(people: dict[str, User], session: Session) -> None:
    assert users.authenticate(session, "ann", PASSWORD) == people["ann"]
    assert users.authenticate(session, "ann", "wrong password") is None
    assert users.authenticate(session, "nobody", PASSWORD) is None
    users.set_active(session, "ann", False)
    session.commit()
    assert users.authenticate(session, "ann", PASSWORD) is None


def test_set_password_and_role(people: dict[str, User], session: Session) -> None:
    users.set_password(session, "rita", "a new password")
    users.set_role(session, "rita", "analyst")
    session.commit()
    assert users.authenticate(session, "rita", PASSWORD) is None
    rita = users.authenticate(session, "rita", "a new password")
    assert rita is not None and rita.role == "analyst"
    with pytest.raises(NotFound):
        users.set_role(session, "nobody", "analyst")


def test_tokens_are_stored_as_hashes_and_identify_their_user(
    people: dict[str, User], session: Session
) -> None:
    token = users.create_token(session, "ann", "laptop")
    session.commit()
    assert len(token) >= 40
    stored = session.scalars(select(ApiToken.token_sha256)).all()
    assert token not in stored and len(stored) == 1
    assert users.user_for_token(session, token) == people["ann"]
    assert users.user_for_token(session, token + "x") is None
    assert users.user_for_token(session, "") is None
    users.set_active(session, "ann", False)
    assert users.user_for_token(session, token) is None
    with pytest.raises(NotFound, match="no user named 'nobody'"):
        users.create_token(session, "nobody")


def test_sessions(people: dict[str, User], session: Session) -> None:
    cookie, csrf = users.create_session(session, people["rita"])
    session.commit()
    assert session.get(WebSession, cookie) is None  # only the hash is a key
    found = users.session_user(session, cookie)
    assert found == (people["rita"], csrf)
    assert users.csrf_matches(csrf, csrf)
    assert not users.csrf_matches(csrf, csrf[:-1] + "x")
    assert not users.csrf_matches(csrf, None)
    assert users.session_user(session, "forged") is None
    users.end_session(session, cookie)
    session.commit()
    assert users.session_user(session, cookie) is None


def test_sessions_expire_after_12_hours(people: dict[str, User], session: Session) -> None:
    cookie, _ = users.create_session(session, people["rita"])
    session.commit()
    row = session.scalars(select(WebSession)).one()
    assert row.expires_at - row.created_at == timedelta(hours=12)
    session.execute(update(WebSession).values(expires_at=utcnow() - timedelta(seconds=1)))
    session.commit()
    assert users.session_user(session, cookie) is None
    session.commit()
    assert session.scalars(select(WebSession)).all() == []


def test_a_new_password_ends_sessions(people: dict[str, User], session: Session) -> None:
    cookie, _ = users.create_session(session, people["rita"])
    users.set_password(session, "rita", "another password")
    session.commit()
    assert users.session_user(session, cookie) is None


def test_login_rate_limit_per_name_and_client(people: dict[str, User], session: Session) -> None:
    for _ in range(4):
        users.record_login(session, "ann", "10.0.0.1", ok=False)
    users.record_login(session, "ann", "10.0.0.2", ok=False)
    session.commit()
    # Five failures for the name, from two addresses: neither address, nor a third, is blocked.
    assert not users.login_blocked(session, "ann", "10.0.0.1")
    assert not users.login_blocked(session, "ann", "10.0.0.9")
    users.record_login(session, "ann", "10.0.0.1", ok=False)
    session.commit()
    # Five from 10.0.0.1 for ann: that pair is blocked, ann elsewhere and rob there are not.
    assert users.login_blocked(session, "ann", "10.0.0.1")
    assert not users.login_blocked(session, "ann", "10.0.0.2")
    assert not users.login_blocked(session, "rob", "10.0.0.1")
    # One address trying many names is capped over all of them.
    for n in range(users.LOGIN_MAX_CLIENT_FAILURES):
        users.record_login(session, f"guess{n}", "10.0.0.3", ok=False)
    session.commit()
    assert users.login_blocked(session, "rob", "10.0.0.3")
    assert not users.login_blocked(session, "rob", "10.0.0.4")


def test_old_failures_and_a_success_reset_the_count(
    people: dict[str, User], session: Session
) -> None:
    for _ in range(5):
        users.record_login(session, "ann", "10.0.0.1", ok=False)
    session.commit()
    assert users.login_blocked(session, "ann", "10.0.0.1")
    session.execute(update(LoginAttempt).values(at=utcnow() - timedelta(minutes=16)))
    session.commit()
    assert not users.login_blocked(session, "ann", "10.0.0.1")
    for _ in range(4):
        users.record_login(session, "ann", "10.0.0.1", ok=False)
    users.record_login(session, "ann", "10.0.0.1", ok=True)
    users.record_login(session, "ann", "10.0.0.1", ok=False)
    session.commit()
    assert not users.login_blocked(session, "ann", "10.0.0.1")


def test_list_users(people: dict[str, User], session: Session) -> None:
    assert [u.name for u in users.list_users(session)] == ["adam", "ann", "rita", "rob"]
