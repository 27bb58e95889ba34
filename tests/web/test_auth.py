"""Signing in and out: sessions, CSRF, rate limiting, cookie flags, safe redirects."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

from tests.dbfixtures import PASSWORD
from tests.web.conftest import SignedIn


def test_anonymous_pages_redirect_to_login(client: TestClient) -> None:
    response = client.get("/", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=/"


def test_sign_in_sets_a_strict_http_only_cookie_and_goes_home(
    client: TestClient, people: dict[str, object]
) -> None:
    response = client.post(
        "/login", data={"name": "ann", "password": PASSWORD}, follow_redirects=False
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/queue"
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    assert "secure" not in cookie  # plain http in tests; "auto" sets it over https


def test_wrong_password_and_rate_limit(client: TestClient, people: dict[str, object]) -> None:
    for _ in range(5):
        response = client.post("/login", data={"name": "rita", "password": "wrong-password"})
        assert response.status_code == 401
        assert "wrong name or password" in response.text
    blocked = client.post("/login", data={"name": "rita", "password": PASSWORD})
    assert blocked.status_code == 429  # even the right password, until the window passes


def test_next_never_leaves_the_site(client: TestClient, people: dict[str, object]) -> None:
    for hostile in ("https://evil.example/", "//evil.example/x", "/\\evil.example"):
        response = client.post(
            "/login",
            data={"name": "rita", "password": PASSWORD, "next": hostile},
            follow_redirects=False,
        )
        assert response.headers["location"] == "/reports"


def test_sign_out_needs_the_csrf_token(signed_in: Callable[[str], SignedIn]) -> None:
    browser = signed_in("rita")
    assert browser.post("/logout", data={}).status_code == 403
    assert browser.post("/logout", data={"csrf_token": "forged"}).status_code == 403
    response = browser.post("/logout", data={"csrf_token": browser.csrf}, follow_redirects=False)
    assert response.status_code == 303
    assert browser.get("/", follow_redirects=False).headers["location"].startswith("/login")


def test_security_headers_and_no_stack_traces(client: TestClient) -> None:
    response = client.get("/login")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    missing = client.get("/no-such-page")
    assert missing.status_code == 404
    assert "Traceback" not in missing.text


def test_oversized_bodies_are_refused_before_any_route_reads_them(
    signed_in: Callable[[str], SignedIn],
) -> None:
    from counterlink.web.limits import MAX_REQUEST_BYTES

    browser = signed_in("rita")
    declared = browser.post(
        "/scan",
        content=b"x",
        headers={"content-length": str(MAX_REQUEST_BYTES + 1), "content-type": "text/plain"},
    )
    assert declared.status_code == 413

    def stream() -> object:
        yield (
            b'--xyz\r\nContent-Disposition: form-data; name="export"; filename="a.zip"\r\n'
            b"Content-Type: application/zip\r\n\r\n"
        )
        chunk = b"0" * (1024 * 1024)
        for _ in range(MAX_REQUEST_BYTES // len(chunk) + 2):
            yield chunk

    # Streamed without a declared length, as a multipart upload the form parser must read.
    multipart = {"content-type": "multipart/form-data; boundary=xyz"}
    streamed = browser.post("/scan", content=stream(), headers=multipart)
    assert streamed.status_code == 413
