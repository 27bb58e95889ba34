"""Database fixtures shared by the store and web tests: every test runs on SQLite and PostgreSQL.

Load them with ``from tests.dbfixtures import *  # noqa: F403`` in a folder's conftest.py.
PostgreSQL runs only when ``COUNTERLINK_TEST_POSTGRES_URL`` is set (``.ci/run`` sets it); each
test then gets a fresh schema of its own, dropped afterwards, so runs never collide.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from argon2 import PasswordHasher
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from counterlink.schema import APPROACH_SCHEMA, Approach, Assessment, Finding, Target
from counterlink.store import users as users_module
from counterlink.store.db import make_engine, migrate, session_factory
from counterlink.store.reports import create_report
from counterlink.store.tables import Report, User
from counterlink.store.users import add_user

__all__ = [
    "PASSWORD",
    "PG_ENV",
    "db_url",
    "engine",
    "fast_password_hashing",
    "people",
    "sample_approach",
    "sample_assessment",
    "session",
    "session_maker",
    "submit",
]

PG_ENV = "COUNTERLINK_TEST_POSTGRES_URL"
PASSWORD = "correct horse battery"
_PG_SKIP = f"PostgreSQL tests need {PG_ENV} (e.g. postgresql://postgres@127.0.0.1:5432/test)"


def _pg_admin_engine(url: str) -> Engine:
    return make_engine(url, isolation_level="AUTOCOMMIT")


@pytest.fixture(
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param(
            "postgresql",
            id="postgresql",
            marks=pytest.mark.skipif(not os.environ.get(PG_ENV), reason=_PG_SKIP),
        ),
    ]
)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL to an empty database: a temp SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'counterlink.db'}"
        return
    base = os.environ[PG_ENV]
    schema = f"t_{secrets.token_hex(6)}"
    admin = _pg_admin_engine(base)
    with admin.connect() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    # libpq's options parameter pins the search path of every connection to the new schema.
    separator = "&" if "?" in base else "?"
    try:
        yield f"{base}{separator}options={quote(f'-csearch_path={schema}')}"
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """An engine on ``db_url`` with the schema migrated to head."""
    eng = make_engine(db_url)
    migrate(eng)
    try:
        yield eng
    finally:
        eng.dispose()


@pytest.fixture
def session_maker(engine: Engine) -> sessionmaker[Session]:
    """The session factory the app would use, for tests that need several sessions."""
    return session_factory(engine)


@pytest.fixture
def session(session_maker: sessionmaker[Session]) -> Iterator[Session]:
    """One session; tests commit what they want other sessions to see."""
    with session_maker() as s:
        yield s


@pytest.fixture(autouse=True)
def fast_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap argon2 parameters: the real ones cost ~0.2 s a hash, by design."""
    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(users_module, "_hasher", lambda: cheap)


@pytest.fixture
def people(session: Session) -> dict[str, User]:
    """Committed users: reporters ``rita`` and ``rob``, analyst ``ann``, admin ``adam``, all
    with password PASSWORD; keyed by name."""
    roles = {"rita": "reporter", "rob": "reporter", "ann": "analyst", "adam": "admin"}
    users = {name: add_user(session, name, role, PASSWORD) for name, role in roles.items()}
    session.commit()
    return users


def sample_approach(
    persona: str = "Vivian Zhou", text: str = "Paid reports?", **fields: Any
) -> Approach:
    """A small approach/1 record from ``persona``; ``fields`` override the rest."""
    record: dict[str, Any] = {
        "schema": APPROACH_SCHEMA,
        "id": "a-1",
        "channel": "linkedin",
        "persona": {"name": persona},
        "messages": [{"sender": "persona", "text": text}],
    }
    record.update(fields)
    return Approach.model_validate(record)


def sample_assessment(
    score: float = 0.5, level: str = "medium", codes: tuple[str, ...] = ()
) -> Assessment:
    """An assessment with one finding per code (the scorer is not under test here)."""
    findings = [Finding(code=c, category="message", title=c) for c in codes]
    return Assessment.model_validate(
        {"score": score, "level": level, "findings": findings, "advice": [], "model": "test"}
    )


def submit(
    s: Session,
    reporter: User,
    *,
    score: float = 0.5,
    level: str = "medium",
    codes: tuple[str, ...] = (),
    sector: str | None = None,
    department: str | None = None,
    persona: str = "Vivian Zhou",
) -> Report:
    """Create (and commit) a report with the given queue fields."""
    target = Target.model_validate({"sector": sector, "department": department})
    report = create_report(
        s, reporter, sample_approach(persona), sample_assessment(score, level, codes), target
    )
    s.commit()
    return report
