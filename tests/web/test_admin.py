"""Administration: admins only, users added / re-roled / deactivated / reset, no self-lockout."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from counterlink.store.users import require_user
from tests.dbfixtures import PASSWORD
from tests.web.conftest import SignedIn

NEW_PASSWORD = "a brand new passphrase"


def _id(app: FastAPI, name: str) -> int:
    with app.state.sessions() as s:
        return require_user(s, name).id


def _can_sign_in(app: FastAPI, name: str, password: str) -> bool:
    response = TestClient(app).post(
        "/login", data={"name": name, "password": password}, follow_redirects=False
    )
    return response.status_code == 303


def _post(browser: SignedIn, path: str, **data: str) -> int:
    response = browser.post(path, data={"csrf_token": browser.csrf, **data}, follow_redirects=False)
    return response.status_code


@pytest.mark.parametrize("name", ["ann", "rita"])
def test_only_admins(app: FastAPI, signed_in: Callable[[str], SignedIn], name: str) -> None:
    browser = signed_in(name)
    assert browser.get("/admin/users").status_code == 403
    assert browser.get("/admin/settings").status_code == 403
    rob = _id(app, "rob")
    assert _post(browser, "/admin/users", name="eve", role="admin", password=PASSWORD) == 403
    assert _post(browser, f"/admin/users/{rob}/role", role="admin") == 403
    assert _post(browser, f"/admin/users/{rob}/active", active="false") == 403
    assert _post(browser, f"/admin/users/{rob}/password", password=NEW_PASSWORD) == 403
    assert _can_sign_in(app, "rob", PASSWORD) and not _can_sign_in(app, "eve", PASSWORD)


def test_anonymous_goes_to_login(client: TestClient) -> None:
    response = client.get("/admin/users", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/login")


def test_list_escapes_names(app: FastAPI, signed_in: Callable[[str], SignedIn]) -> None:
    adam = signed_in("adam")
    assert _post(adam, "/admin/users", name="<b>x</b>", role="reporter", password=PASSWORD) == 303
    page = adam.get("/admin/users")
    assert page.status_code == 200
    for name in ("rita", "rob", "ann", "adam"):
        assert f">{name}" in page.text
    assert "<b>x</b>" not in page.text and "&lt;b&gt;x&lt;/b&gt;" in page.text
    assert 'name="csrf_token"' in page.text


def test_add_user_who_can_then_sign_in(app: FastAPI, signed_in: Callable[[str], SignedIn]) -> None:
    adam = signed_in("adam")
    response = adam.post(
        "/admin/users",
        data={"csrf_token": adam.csrf, "name": "nina", "role": "analyst", "password": PASSWORD},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/admin/users?done=added"
    assert "User added." in adam.get(response.headers["location"]).text
    assert _can_sign_in(app, "nina", PASSWORD)
    assert signed_in("nina").get("/dashboard").status_code == 200


def test_bad_additions_are_shown_with_422(signed_in: Callable[[str], SignedIn]) -> None:
    adam = signed_in("adam")
    data = {"csrf_token": adam.csrf, "name": "nina", "role": "analyst", "password": "short"}
    response = adam.post("/admin/users", data=data)
    assert response.status_code == 422
    assert "password too short: at least 8 characters" in response.text
    assert 'value="nina"' in response.text  # the form keeps what was typed, not the password
    taken = adam.post("/admin/users", data={**data, "name": "rita", "password": PASSWORD})
    assert taken.status_code == 422
    assert "user &#39;rita&#39; already exists" in taken.text
    role = adam.post("/admin/users", data={**data, "role": "owner", "password": PASSWORD})
    assert role.status_code == 422 and "unknown role" in role.text


def test_change_role(app: FastAPI, signed_in: Callable[[str], SignedIn]) -> None:
    adam = signed_in("adam")
    rob = signed_in("rob")
    assert rob.get("/dashboard").status_code == 403
    assert _post(adam, f"/admin/users/{_id(app, 'rob')}/role", role="analyst") == 303
    assert rob.get("/dashboard").status_code == 200  # takes effect on the next request
    assert _post(adam, f"/admin/users/{_id(app, 'rob')}/role", role="owner") == 422


def test_deactivate_and_reactivate(
    app: FastAPI,
    client: TestClient,
    signed_in: Callable[[str], SignedIn],
    token_for: Callable[[str], str],
) -> None:
    adam = signed_in("adam")
    ann = signed_in("ann")
    bearer = {"Authorization": f"Bearer {token_for('ann')}"}
    assert client.get("/dashboard.json", headers=bearer).status_code == 200
    ann_id = _id(app, "ann")
    assert _post(adam, f"/admin/users/{ann_id}/active", active="false") == 303
    assert not _can_sign_in(app, "ann", PASSWORD)
    # Her open session and her token stop working at once.
    assert ann.get("/dashboard", follow_redirects=False).status_code == 303
    assert client.get("/dashboard.json", headers=bearer, follow_redirects=False).status_code == 303
    if any(getattr(r, "path", "") == "/api/me" for r in app.routes):
        assert client.get("/api/me", headers=bearer).status_code == 401
    assert "<strong>no</strong>" in adam.get("/admin/users").text
    assert _post(adam, f"/admin/users/{ann_id}/active", active="true") == 303
    assert _can_sign_in(app, "ann", PASSWORD)
    assert client.get("/dashboard.json", headers=bearer).status_code == 200


def test_reset_password(app: FastAPI, signed_in: Callable[[str], SignedIn]) -> None:
    adam = signed_in("adam")
    rob = signed_in("rob")
    path = f"/admin/users/{_id(app, 'rob')}/password"
    response = adam.post(path, data={"csrf_token": adam.csrf, "password": "short"})
    assert response.status_code == 422 and "password too short" in response.text
    assert _post(adam, path, password=NEW_PASSWORD) == 303
    assert rob.get("/reports", follow_redirects=False).status_code == 303  # session ended
    assert not _can_sign_in(app, "rob", PASSWORD)
    assert _can_sign_in(app, "rob", NEW_PASSWORD)


def test_no_self_lockout(app: FastAPI, signed_in: Callable[[str], SignedIn]) -> None:
    adam = signed_in("adam")
    me = _id(app, "adam")
    demote = adam.post(f"/admin/users/{me}/role", data={"csrf_token": adam.csrf, "role": "analyst"})
    assert demote.status_code == 422
    assert "cannot remove your own admin role" in demote.text
    off = adam.post(f"/admin/users/{me}/active", data={"csrf_token": adam.csrf, "active": "false"})
    assert off.status_code == 422
    assert "cannot deactivate yourself" in off.text
    assert adam.get("/admin/users").status_code == 200  # still an active admin
    assert _post(adam, f"/admin/users/{me}/role", role="admin") == 303  # a no-op is fine


def test_csrf_is_required(app: FastAPI, signed_in: Callable[[str], SignedIn]) -> None:
    adam = signed_in("adam")
    rob = _id(app, "rob")
    forms = [
        ("/admin/users", {"name": "eve", "role": "admin", "password": PASSWORD}),
        (f"/admin/users/{rob}/role", {"role": "admin"}),
        (f"/admin/users/{rob}/active", {"active": "false"}),
        (f"/admin/users/{rob}/password", {"password": NEW_PASSWORD}),
    ]
    for path, data in forms:
        assert adam.post(path, data=data).status_code == 403
        assert adam.post(path, data={**data, "csrf_token": "forged"}).status_code == 403
    assert _can_sign_in(app, "rob", PASSWORD) and not _can_sign_in(app, "eve", PASSWORD)


def test_unknown_user_is_404(signed_in: Callable[[str], SignedIn]) -> None:
    adam = signed_in("adam")
    response = adam.post(
        "/admin/users/999999/role", data={"csrf_token": adam.csrf, "role": "admin"}
    )
    assert response.status_code == 404
    assert "no such user" in response.text


def test_settings_are_read_only_and_mask_secrets(
    app: FastAPI, signed_in: Callable[[str], SignedIn]
) -> None:
    adam = signed_in("adam")
    page = adam.get("/admin/settings")
    assert page.status_code == 200
    assert app.state.assessor.model.label in page.text
    assert "<form" not in page.text.split("</header>", 1)[1]
    # Shown with its password masked (the app reads the setting only for display here).
    real = app.state.settings
    app.state.settings = dataclasses.replace(
        real, database_url="postgresql://office:s3cret-pw@db.example/counterlink"
    )
    try:
        shown = adam.get("/admin/settings").text
    finally:
        app.state.settings = real
    assert "s3cret-pw" not in shown
    assert "postgresql://office:***@db.example/counterlink" in shown
