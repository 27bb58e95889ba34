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
from urllib.parse import quote

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from counterlink.store.db import make_engine, migrate, session_factory

__all__ = [
    "PG_ENV",
    "db_url",
    "engine",
    "session",
    "session_maker",
]

PG_ENV = "COUNTERLINK_TEST_POSTGRES_URL"
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
