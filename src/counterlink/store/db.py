"""Database URL, engine, migrations and sessions.

SQLite (the default, a file in the user data folder) runs in WAL mode with foreign keys on, a
busy timeout, and ``BEGIN IMMEDIATE`` for every transaction that is not marked read-only: a
read-then-write transaction then waits for the write lock up front instead of failing with
"database is locked" when another writer committed in between. That lock is held until the
transaction ends, so a web request must end its transaction before it leaves its worker thread
(see ``web.deps.ends_unit_of_work``). PostgreSQL goes through psycopg 3.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from counterlink.store.errors import DatabaseError

ENV_URL = "COUNTERLINK_DATABASE_URL"
MIGRATIONS = Path(__file__).parent / "migrations"
# Seconds a SQLite writer waits for the lock before giving up.
SQLITE_BUSY_TIMEOUT_S = 30
# Connections kept for a SQLite file: at least AnyIO's default worker-thread limit (40, the
# threads FastAPI runs sync routes in: https://anyio.readthedocs.io/en/stable/threads.html),
# so no request ever waits for a connection while another waits for the write lock.
SQLITE_POOL_SIZE = 40
SQLITE_POOL_OVERFLOW = 20
# Connection execution option that makes a SQLite transaction start deferred (plain BEGIN).
READ_ONLY = "counterlink_read_only"


def database_url() -> str:
    """``COUNTERLINK_DATABASE_URL``, else a SQLite file in the user data folder (created)."""
    url = os.environ.get(ENV_URL, "").strip()
    if url:
        return url
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("counterlink"))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'counterlink.db'}"


def _parse(url: str) -> URL:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError(
            "not a database URL (expected sqlite:///PATH or postgresql://USER@HOST/DB)",
            field="database URL",
        ) from None
    backend, _, driver = parsed.drivername.partition("+")
    if backend == "postgresql" and driver in ("", "psycopg"):
        return parsed.set(drivername="postgresql+psycopg")
    if backend == "sqlite" and driver in ("", "pysqlite"):
        return parsed
    raise DatabaseError(
        f"unsupported database '{parsed.drivername}' (use sqlite:/// or postgresql://)",
        field="database URL",
    )


def safe_url(url: str | URL) -> str:
    """The URL with any password hidden, for messages."""
    parsed = url if isinstance(url, URL) else make_url(url)
    return parsed.render_as_string(hide_password=True)


def make_engine(url: str | None = None, **engine_args: Any) -> Engine:
    """An engine for ``url`` (default: :func:`database_url`), configured as described above."""
    parsed = _parse(url if url is not None else database_url())
    if parsed.get_backend_name() == "sqlite" and _is_file(parsed.database):
        engine_args.setdefault("pool_size", SQLITE_POOL_SIZE)
        engine_args.setdefault("max_overflow", SQLITE_POOL_OVERFLOW)
    try:
        engine = create_engine(parsed, **engine_args)
    except NoSuchModuleError:  # pragma: no cover - the web extra pins both drivers
        raise DatabaseError(
            f"no driver for {parsed.drivername}; install counterlink[web]"
        ) from None
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and _is_file(database):
            folder = Path(database).expanduser().parent
            if not folder.is_dir():
                raise DatabaseError(f"folder {folder} does not exist", field="database URL")
        _configure_sqlite(engine)
    return engine


def _is_file(database: str | None) -> bool:
    return bool(database) and database != ":memory:" and not str(database).startswith("file:")


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control away from the sqlite3 module; "begin" below emits BEGIN.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(SQLITE_BUSY_TIMEOUT_S * 1000)}")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA foreign_keys = ON")
            # Safe with WAL (a crash can lose the last commits, never corrupt), and faster.
            cursor.execute("PRAGMA synchronous = NORMAL")
        finally:
            cursor.close()

    # Writers of this process queue on a lock before BEGIN IMMEDIATE. SQLite's own busy
    # handler polls with growing sleeps, so under many concurrent writers one can lose the race
    # for seconds; a lock hands the database over in turn. Other processes still meet the busy
    # timeout, and a lock not granted in time falls back to it.
    writers = threading.Lock()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        read_only = connection.get_execution_options().get(READ_ONLY, False)
        if not read_only and writers.acquire(timeout=SQLITE_BUSY_TIMEOUT_S):
            connection.info["holds_writer_lock"] = True
        try:
            connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")
        except BaseException:
            _release(connection)
            raise

    def _release(connection: Connection) -> None:
        if connection.info.pop("holds_writer_lock", False):
            writers.release()

    @event.listens_for(engine, "commit")
    def _on_commit(connection: Connection) -> None:
        _release(connection)

    @event.listens_for(engine, "rollback")
    def _on_rollback(connection: Connection) -> None:
        _release(connection)


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the database schema up to ``revision`` with the packaged Alembic scripts."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with database_errors(engine), engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, None when it has no counterlink tables."""
    from alembic.migration import MigrationContext

    with database_errors(engine), engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def open_existing(url: str | None = None) -> Engine:
    """An engine on a database that already has the current schema, for commands that only
    read: a missing SQLite file is not created, an old schema is not silently upgraded."""
    engine = make_engine(url)
    where = safe_url(engine.url)
    file = engine.url.database if engine.dialect.name == "sqlite" else None
    if file and not file.startswith((":", "file:")) and not Path(file).expanduser().is_file():
        raise DatabaseError(f"no database at {where}; create it with `counterlink db upgrade`")
    revision = current_revision(engine)
    if revision != head_revision():
        state = "has no counterlink tables" if revision is None else f"is at revision {revision}"
        raise DatabaseError(f"database at {where} {state}; run `counterlink db upgrade`")
    return engine


def head_revision() -> str:
    """The newest migration revision shipped with this version."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions on ``engine``; objects stay readable after commit (the web renders them)."""
    return sessionmaker(engine, expire_on_commit=False)


def read_only(session: Session) -> None:
    """Start ``session``'s transaction as a reader: on SQLite a deferred ``BEGIN`` that does not
    wait for writers. Call before the session's first query, only where nothing will be written
    (no audit entry either); elsewhere a no-op."""
    if not session.in_transaction():
        session.connection(execution_options={READ_ONLY: True})


@contextmanager
def database_errors(engine: Engine | None = None) -> Iterator[None]:
    """Turn a driver's connection or operational failure into one-line DatabaseError."""
    try:
        yield
    except DBAPIError as exc:
        if not is_unavailable(exc):
            raise
        where = f" at {safe_url(engine.url)}" if engine is not None else ""
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
        raise DatabaseError(f"database{where} unusable: {reason}") from None


def is_unavailable(exc: BaseException) -> bool:
    """Whether ``exc`` says the database cannot serve now (locked or busy, unreachable, no
    connection free in the pool) rather than that the statement was wrong: worth a retry."""
    from sqlalchemy.exc import InterfaceError, OperationalError
    from sqlalchemy.exc import TimeoutError as PoolTimeout

    if isinstance(exc, PoolTimeout):
        return True
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    return isinstance(exc, OperationalError | InterfaceError)
