"""Web tests: the real app on SQLite and (when configured) PostgreSQL, through HTTP.

Fixtures: ``app`` (the FastAPI app on a fresh migrated database, shipped model), ``client``
(an anonymous TestClient), ``people`` (rita, rob: reporters; ann: analyst; adam: admin; all
with password PASSWORD), ``signed_in(name)`` (a new TestClient signed in through /login, with
its CSRF token in ``.csrf``), ``token_for(name)`` (an API bearer token for a user).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from counterlink.assess import Assessor
from counterlink.store.users import create_token
from counterlink.web.app import create_app
from counterlink.web.settings import Settings
from tests.dbfixtures import *  # noqa: F403
from tests.dbfixtures import PASSWORD


@cache
def _assessor() -> Assessor:
    # Loading the model once for the whole session keeps the web tests fast.
    return Assessor()


@pytest.fixture
def app(db_url: str) -> Iterator[FastAPI]:
    application = create_app(Settings(database_url=db_url), assessor=_assessor())
    try:
        yield application
    finally:
        application.state.engine.dispose()


@pytest.fixture
def client(app: FastAPI) -> TestClient:
    return TestClient(app)


class SignedIn(TestClient):
    csrf: str = ""
    name: str = ""


@pytest.fixture
def signed_in(app: FastAPI, people: dict[str, object]) -> Callable[[str], SignedIn]:
    """``signed_in("ann")``: a client with ann's session cookie and CSRF token."""

    def sign_in(name: str) -> SignedIn:
        browser = SignedIn(app)
        response = browser.post(
            "/login", data={"name": name, "password": PASSWORD}, follow_redirects=False
        )
        assert response.status_code == 303, response.text
        with app.state.sessions() as s:
            from counterlink.store.users import session_user

            live = session_user(s, browser.cookies.get("counterlink_session") or "")
            assert live is not None
            browser.csrf = live[1]
        browser.name = name
        return browser

    return sign_in


@pytest.fixture
def token_for(app: FastAPI, people: dict[str, object]) -> Callable[[str], str]:
    def make(name: str) -> str:
        with app.state.sessions() as s:
            token = create_token(s, name, "tests")
            s.commit()
        return token

    return make
