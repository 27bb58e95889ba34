"""Database URL, engine configuration and one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from counterlink.store import db
from counterlink.store.errors import DatabaseError


def test_url_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(db.ENV_URL, "sqlite:////tmp/x.db")
    assert db.database_url() == "sqlite:////tmp/x.db"


def test_default_url_is_a_file_in_the_user_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(db.ENV_URL, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    url = db.database_url()
    assert url == f"sqlite:///{tmp_path / 'data' / 'counterlink' / 'counterlink.db'}"
    assert (tmp_path / "data" / "counterlink").is_dir()


def test_plain_postgresql_urls_use_psycopg_3() -> None:
    engine = db.make_engine("postgresql://u:secret@localhost/x")
    assert engine.url.drivername == "postgresql+psycopg"
    assert "secret" not in db.safe_url(engine.url)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a url", "not a database URL"),
        ("mysql://root@localhost/x", "unsupported database 'mysql'"),
        ("postgresql+psycopg2://u@h/x", "unsupported database"),
    ],
)
def test_bad_urls_are_one_line_errors(url: str, message: str) -> None:
    with pytest.raises(DatabaseError, match=message):
        db.make_engine(url)


def test_sqlite_in_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="does not exist"):
        db.make_engine(f"sqlite:///{tmp_path / 'nope' / 'x.db'}")


def test_unreachable_postgresql_is_a_one_line_error() -> None:
    # Port 1 on loopback: nothing listens there, so the connection is refused at once.
    engine = db.make_engine("postgresql://postgres:pw@127.0.0.1:1/x?connect_timeout=2")
    with pytest.raises(DatabaseError) as info:
        db.migrate(engine)
    message = str(info.value)
    assert "unusable" in message
    assert "\n" not in message
    assert "pw" not in message


def test_sqlite_runs_in_wal_mode_with_foreign_keys(engine: Engine) -> None:
    if engine.dialect.name != "sqlite":
        pytest.skip("SQLite pragmas")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30_000


def test_foreign_keys_are_enforced(engine: Engine) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO api_tokens (user_id, name, token_sha256, created_at) "
                "VALUES (999, 'x', 'h', CURRENT_TIMESTAMP)"
            )
        )


def test_sqlite_write_transactions_take_the_lock_up_front(engine: Engine) -> None:
    """A second writer waits for the first instead of failing later with "database is locked"."""
    from sqlalchemy.exc import OperationalError

    if engine.dialect.name != "sqlite":
        pytest.skip("SQLite locking")
    other_process = db.make_engine(str(engine.url))  # its own in-process writer queue
    with engine.connect() as first:
        first.begin()
        first.exec_driver_sql("SELECT 1")
        # The write lock is held from BEGIN: another connection cannot take it.
        with other_process.connect() as second:
            # Straight to the driver: a SQLAlchemy execute would itself begin a transaction.
            raw = second.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA busy_timeout = 0")
            with pytest.raises(OperationalError, match="locked"):
                second.begin()
            second.rollback()
            # Readers are not blocked.
            second.execution_options(**{db.READ_ONLY: True}).begin()
            assert second.exec_driver_sql("SELECT count(*) FROM users").scalar() == 0
        first.rollback()
    other_process.dispose()


def test_sqlite_writers_of_one_process_take_turns_and_never_leak_the_turn(engine: Engine) -> None:
    """In one process writers queue on a lock (no busy polling); a transaction that ends any
    way (commit, rollback, a connection closed mid-transaction) hands the turn on."""
    import threading
    import time

    if engine.dialect.name != "sqlite":
        pytest.skip("SQLite locking")
    for end in ("commit", "rollback", "close"):
        first = engine.connect()
        first.begin()
        got_turn = threading.Event()

        def second_writer(turn: threading.Event) -> None:
            with engine.begin() as second:
                second.exec_driver_sql("SELECT 1")
                turn.set()

        waiter = threading.Thread(target=second_writer, args=(got_turn,))
        waiter.start()
        time.sleep(0.2)
        assert not got_turn.is_set()  # waits its turn, does not fail
        if end == "commit":
            first.commit()
        elif end == "rollback":
            first.rollback()
        first.close()
        assert got_turn.wait(timeout=5), f"turn not handed on after {end}"
        waiter.join()
