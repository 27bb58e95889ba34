"""Login lock-out counts failures by client and name together: nobody locks a colleague out by
typing their name wrong, while one client is still capped over all names (issue 14)."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.testclient import TestClient

from counterlink.store.users import LOGIN_MAX_CLIENT_FAILURES, LOGIN_MAX_FAILURES
from tests.dbfixtures import PASSWORD


def _from(app: FastAPI, address: str) -> TestClient:
    return TestClient(app, client=(address, 50000))


def _login(browser: TestClient, name: str, password: str) -> int:
    form = {"name": name, "password": password}
    return browser.post("/login", data=form, follow_redirects=False).status_code


def test_failures_from_one_client_do_not_lock_the_name_for_another(
    app: FastAPI, people: dict[str, object]
) -> None:
    a, b = _from(app, "10.0.0.1"), _from(app, "10.0.0.2")
    for _ in range(LOGIN_MAX_FAILURES):
        assert _login(a, "ann", "wrong password") == 401
    assert _login(a, "ann", PASSWORD) == 429  # this client, this name: blocked
    assert _login(b, "ann", PASSWORD) == 303  # ann herself, elsewhere: signed in


def test_one_client_is_capped_over_all_names(app: FastAPI, people: dict[str, object]) -> None:
    a, b = _from(app, "10.0.0.1"), _from(app, "10.0.0.2")
    names = [f"guess{n}" for n in range(LOGIN_MAX_CLIENT_FAILURES)]
    for name in names:
        assert _login(a, name, "wrong password") == 401
    assert _login(a, "rita", PASSWORD) == 429  # a new name from the same client
    assert _login(b, "rita", PASSWORD) == 303
