"""A busy database is 503 with Retry-After, on the API and the pages, never 500 (issue 14)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from counterlink.schema import APPROACH_SCHEMA
from counterlink.store import db
from counterlink.store.users import add_user, create_token
from counterlink.web.app import create_app
from counterlink.web.settings import Settings
from tests.dbfixtures import PASSWORD


@pytest.fixture
def busy_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fast_password_hashing: None
) -> Iterator[tuple[FastAPI, Path]]:
    # Give up on the write lock after 0.2 s instead of 30 (before any connection is opened).
    monkeypatch.setattr(db, "SQLITE_BUSY_TIMEOUT_S", 0.2)
    path = tmp_path / "busy.db"
    app = create_app(Settings(database_url=f"sqlite:///{path}"))
    try:
        yield app, path
    finally:
        app.state.engine.dispose()


def test_a_locked_database_is_503_with_retry_after(busy_app: tuple[FastAPI, Path]) -> None:
    app, path = busy_app
    with app.state.sessions() as s:
        add_user(s, "rita", "reporter", PASSWORD)
        token = create_token(s, "rita", "tests")
        s.commit()
    browser = TestClient(app)
    signed = browser.post("/login", data={"name": "rita", "password": PASSWORD})
    assert signed.status_code == 200  # followed the redirect to the reporter's page
    api = TestClient(app, headers={"Authorization": f"Bearer {token}"})
    approach = {
        "schema": APPROACH_SCHEMA,
        "messages": [{"sender": "persona", "text": "Paid reports? WhatsApp?"}],
    }

    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")  # another process holds the write lock
        submitted = api.post("/api/v1/reports", json=approach, headers={"Idempotency-Key": "a"})
        page = browser.get("/reports")
    finally:
        other.execute("ROLLBACK")
        other.close()

    assert submitted.status_code == 503
    assert submitted.headers["Retry-After"].isdigit()
    assert "try again" in submitted.json()["detail"]
    assert page.status_code == 503
    assert page.headers["Retry-After"].isdigit()
    assert "text/html" in page.headers["content-type"]
    # The client retries with the same key once the lock is gone: one report.
    retried = api.post("/api/v1/reports", json=approach, headers={"Idempotency-Key": "a"})
    assert retried.status_code == 201
