"""Fetching feeds from a real HTTP server on localhost (http.server in a thread): a TAXII 2.1
API root with a paginated collection, and a MISP feed folder served as static files."""

from __future__ import annotations

import base64
import functools
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlsplit

import pytest

pytest.importorskip("httpx")
pytest.importorskip("stix2")
pytest.importorskip("pymisp")

from counterlink.campaigns.indicators import cited_keys
from counterlink.errors import CounterlinkError
from counterlink.share import ShareCase, export_misp, export_stix
from counterlink.share.kinds import WATCH_KINDS
from counterlink.watchlist.feeds import TAXII_MEDIA_TYPE, fetch_misp_feed, fetch_taxii
from counterlink.watchlist.misp_import import source_from_misp
from counterlink.watchlist.stix_import import source_from_stix
from tests.share.conftest import approach

COLLECTION = "91a7b528-80eb-42ed-a74d-c6fbd5a26116"
TOKEN = "s3cret-token"
BASIC = base64.b64encode(b"analyst:pa55word").decode()


def exported_objects() -> list[dict[str, Any]]:
    bundle, _ = export_stix(ShareCase(approach(), tlp="green"), "organisation", "Partner CERT")
    objects: list[dict[str, Any]] = bundle["objects"]
    return objects


class QuietServer(ThreadingHTTPServer):
    """A test server that says nothing when a client hangs up mid-answer (after a 401 the
    client closes the connection; the stock server prints that traceback to stderr, where the
    CLI's captured output would show it)."""

    def handle_error(self, request: object, client_address: object) -> None:
        pass


class TaxiiHandler(BaseHTTPRequestHandler):
    """A TAXII 2.1 server: /api1/ (API root), its collections, and one collection's objects
    in pages of ``PAGE`` objects (``?next=<offset>``). ``/private/`` needs authentication."""

    objects: ClassVar[list[dict[str, Any]]] = []
    requests: ClassVar[list[tuple[str, dict[str, str]]]] = []
    PAGE = 5

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def send(
        self, status: int, body: Any, content_type: str = TAXII_MEDIA_TYPE, **headers: str
    ) -> None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        type(self).requests.append((self.path, dict(self.headers.items())))
        path = parts.path
        if path.startswith("/private/"):
            auth = self.headers.get("Authorization")
            if auth not in (f"Bearer {TOKEN}", f"Basic {BASIC}"):
                self.send(401, {"title": "Unauthorized", "http_status": "401"})
                return
            path = "/api1/" + path.removeprefix("/private/")
        if path.startswith("/slow/"):
            time.sleep(1.0)
            self.send(200, {})
            return
        if path == "/html/collections/x/objects/":
            self.send(200, b"<html>login</html>", "text/html; charset=utf-8")
            return
        if path == "/broken/collections/x/objects/":
            self.send(200, b"{not json", TAXII_MEDIA_TYPE)
            return
        if path == "/loop/collections/x/objects/":
            self.send(200, {"more": True, "next": "same", "objects": []})
            return
        if path == "/by-date/collections/x/objects/":
            # A server that pages by date: no "next", the X-TAXII-Date-Added-Last header.
            if "added_after" not in query:
                self.send(
                    200,
                    {"more": True, "objects": [{"type": "x", "id": "x--1"}]},
                    X_TAXII_Date_Added_Last="2026-01-01T00:00:00Z",
                )
            else:
                self.send(200, {"more": False, "objects": [{"type": "x", "id": "x--2"}]})
            return
        if "application/taxii+json;version=2.1" not in self.headers.get("Accept", ""):
            self.send(406, {"title": "Not Acceptable"})
            return
        if path == "/api1/":
            self.send(
                200, {"title": "API root", "versions": ["application/taxii+json;version=2.1"]}
            )
        elif path == "/api1/collections/":
            self.send(
                200,
                {
                    "collections": [
                        {
                            "id": COLLECTION,
                            "title": "Fake personas",
                            "can_read": True,
                            "can_write": False,
                        },
                        {
                            "id": "write-only",
                            "title": "Drop box",
                            "can_read": False,
                            "can_write": True,
                        },
                    ]
                },
            )
        elif path == f"/api1/collections/{COLLECTION}/objects/":
            start = int(query.get("next", "0"))
            page = self.objects[start : start + self.PAGE]
            more = start + self.PAGE < len(self.objects)
            body: dict[str, Any] = {"more": more, "objects": page}
            if more:
                body["next"] = str(start + self.PAGE)
            self.send(200, body)
        else:
            self.send(404, {"title": "Not found", "http_status": "404"})


@pytest.fixture
def taxii() -> Iterator[str]:
    TaxiiHandler.objects = exported_objects()
    TaxiiHandler.requests = []
    server = QuietServer(("127.0.0.1", 0), TaxiiHandler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_paginated_collection_comes_back_as_one_bundle(taxii: str) -> None:
    objects = TaxiiHandler.objects
    assert len(objects) > 2 * TaxiiHandler.PAGE  # at least three pages
    bundles = fetch_taxii(f"{taxii}/api1/collections/{COLLECTION}/")
    assert len(bundles) == 1
    assert bundles[0]["type"] == "bundle"
    assert bundles[0]["id"].startswith("bundle--")
    assert bundles[0]["objects"] == objects  # every page, in order
    pages = [path for path, _ in TaxiiHandler.requests]
    assert pages[0] == f"/api1/collections/{COLLECTION}/objects/"
    assert pages[1] == f"/api1/collections/{COLLECTION}/objects/?next=5"
    assert len(pages) == -(-len(objects) // TaxiiHandler.PAGE)
    assert all(h["Accept"] == TAXII_MEDIA_TYPE for _, h in TaxiiHandler.requests)
    # The same content gives the same bundle (its id is derived from it).
    assert fetch_taxii(f"{taxii}/api1/collections/{COLLECTION}/objects/") == bundles
    # And it imports as the export it was.
    source, _ = source_from_stix(bundles, f"{taxii}/api1/collections/{COLLECTION}/")
    expected = {(k.kind, k.value) for k in cited_keys(approach()) if k.kind in WATCH_KINDS}
    assert {(e.kind, e.value) for e in source.entries} == expected
    assert source.name == "Partner CERT"
    assert source.tlp == "green"


def test_an_api_root_with_a_collection_and_added_after(taxii: str) -> None:
    bundles = fetch_taxii(
        f"{taxii}/api1", collection=COLLECTION, added_after="2026-08-01T00:00:00Z"
    )
    assert bundles[0]["objects"] == TaxiiHandler.objects
    first, _ = TaxiiHandler.requests[0]
    assert first == f"/api1/collections/{COLLECTION}/objects/?added_after=2026-08-01T00%3A00%3A00Z"
    second, _ = TaxiiHandler.requests[1]
    assert "added_after=2026-08-01T00%3A00%3A00Z" in second and "next=5" in second


def test_an_api_root_without_a_collection_lists_the_readable_ones(taxii: str) -> None:
    with pytest.raises(CounterlinkError) as caught:
        fetch_taxii(f"{taxii}/api1/")
    assert caught.value.field == "collection"
    assert f"{COLLECTION} (Fake personas)" in caught.value.message
    assert "write-only" not in caught.value.message


def test_authentication_by_token_or_user_and_password(taxii: str) -> None:
    url = f"{taxii}/private/collections/{COLLECTION}/"
    with pytest.raises(CounterlinkError) as caught:
        fetch_taxii(url)
    assert "HTTP 401 Unauthorized (check the token, user or password): Unauthorized" in str(
        caught.value
    )
    assert caught.value.file is not None and caught.value.file.startswith(taxii)
    assert fetch_taxii(url, token=TOKEN)[0]["objects"] == TaxiiHandler.objects
    assert (
        fetch_taxii(url, user="analyst", password="pa55word")[0]["objects"] == TaxiiHandler.objects
    )
    with pytest.raises(CounterlinkError, match="not both"):
        fetch_taxii(url, token=TOKEN, user="analyst", password="pa55word")


def test_pages_by_date_when_the_server_gives_no_next(taxii: str) -> None:
    bundles = fetch_taxii(f"{taxii}/by-date/collections/x/")
    assert [o["id"] for o in bundles[0]["objects"]] == ["x--1", "x--2"]
    assert "added_after=2026-01-01T00%3A00%3A00Z" in TaxiiHandler.requests[1][0]


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/api1/collections/nope/", "HTTP 404 Not Found: Not found"),
        ("/html/collections/x/", "not a TAXII 2.1 response (content type text/html; charset=utf-8"),
        ("/broken/collections/x/", "HTTP 200: not JSON"),
        ("/loop/collections/x/", "points back to a page already fetched"),
    ],
)
def test_server_errors_name_the_url_and_the_status(taxii: str, path: str, message: str) -> None:
    with pytest.raises(CounterlinkError) as caught:
        fetch_taxii(taxii + path)
    assert message in caught.value.message
    assert caught.value.file is not None and caught.value.file.startswith(
        taxii + path.rsplit("/", 2)[0]
    )


def test_a_server_that_does_not_answer_in_time(taxii: str) -> None:
    started = time.monotonic()
    with pytest.raises(CounterlinkError, match=r"no answer within 0.2 s"):
        fetch_taxii(f"{taxii}/slow/collections/x/", timeout=0.2)
    assert time.monotonic() - started < 1.0


def test_no_server_and_credentials_kept_out_of_messages() -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(CounterlinkError) as caught:
        fetch_taxii(f"http://user:hunter2@127.0.0.1:{port}/api1/collections/x/", timeout=2)
    assert "cannot fetch" in caught.value.message
    assert "hunter2" not in str(caught.value)
    with pytest.raises(CounterlinkError, match="over http"):
        fetch_taxii("ftp://example.org/api1/")


# --- MISP feeds ------------------------------------------------------------------------------

OLD_EVENT = "11111111-2222-4333-8444-555555555555"


@pytest.fixture
def feed_dir(tmp_path: Path) -> Path:
    """A MISP feed as MISP writes one: manifest.json and <uuid>.json per event."""
    event, _ = export_misp(ShareCase(approach(), tlp="green"), "organisation", "Partner CERT")
    old = {
        "uuid": OLD_EVENT,
        "info": "An older report",
        "Orgc": {"name": "Partner CERT"},
        "Tag": [{"name": "tlp:clear"}],
        "Attribute": [
            {
                "uuid": "aaaaaaaa-1111-4111-8111-111111111111",
                "type": "email-src",
                "value": "old@old-firm.example",
                "timestamp": "1700000000",
            }
        ],
    }
    folder = tmp_path / "feed"
    folder.mkdir()
    manifest = {
        event["uuid"]: {
            "info": event["info"],
            "Orgc": {"name": "Partner CERT"},
            "timestamp": "1787216400",
            "date": "2026-08-20",
        },
        OLD_EVENT: {"info": old["info"], "timestamp": "1700000000", "date": "2023-11-14"},
    }
    (folder / "manifest.json").write_text(json.dumps(manifest))
    (folder / f"{event['uuid']}.json").write_text(json.dumps({"Event": event}))
    (folder / f"{OLD_EVENT}.json").write_text(json.dumps({"Event": old}))
    return folder


@pytest.fixture
def served(feed_dir: Path) -> Iterator[str]:
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(feed_dir.parent))
    handler.log_message = lambda *a: None  # type: ignore[attr-defined]
    server = QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/feed"
    server.shutdown()
    server.server_close()


def check_events(events: list[dict[str, Any]]) -> None:
    assert len(events) == 2
    assert all("Event" in e for e in events)
    source, _ = source_from_misp(events, "feed")
    expected = {(k.kind, k.value) for k in cited_keys(approach()) if k.kind in WATCH_KINDS}
    got = {(e.kind, e.value) for e in source.entries}
    assert got == expected | {
        ("email", "old@old-firm.example"),
        ("email_domain", "old-firm.example"),
    }
    assert source.name == "Partner CERT"
    assert {e.tlp for e in source.entries if e.value and "old" in e.value} == {"clear"}


def test_a_misp_feed_over_http(served: str) -> None:
    check_events(fetch_misp_feed(served))
    check_events(fetch_misp_feed(served + "/"))


def test_a_misp_feed_mirrored_to_a_folder(feed_dir: Path) -> None:
    check_events(fetch_misp_feed(str(feed_dir)))
    check_events(fetch_misp_feed(feed_dir.as_uri()))


def test_since_keeps_only_later_events(served: str, feed_dir: Path) -> None:
    for url in (served, str(feed_dir)):
        events = fetch_misp_feed(url, since="2025-01-01")
        assert OLD_EVENT not in [e["Event"]["uuid"] for e in events]
        assert len(events) == 1
    with pytest.raises(CounterlinkError) as caught:
        fetch_misp_feed(served, since="last tuesday")
    assert caught.value.field == "since"


def test_a_missing_event_names_its_uuid(served: str, feed_dir: Path) -> None:
    (feed_dir / f"{OLD_EVENT}.json").unlink()
    with pytest.raises(CounterlinkError) as caught:
        fetch_misp_feed(served)
    assert f"event {OLD_EVENT}: HTTP 404" in caught.value.message
    assert caught.value.file == f"{served}/{OLD_EVENT}.json"
    with pytest.raises(CounterlinkError) as caught:
        fetch_misp_feed(str(feed_dir))
    assert f"event {OLD_EVENT}: cannot read" in caught.value.message


def test_a_bad_manifest(served: str, feed_dir: Path) -> None:
    (feed_dir / "manifest.json").write_text(json.dumps({"../../etc/passwd": {}}))
    for url in (served, str(feed_dir)):
        with pytest.raises(CounterlinkError, match="not an event uuid"):
            fetch_misp_feed(url)
    (feed_dir / "manifest.json").write_text("<html>")
    with pytest.raises(CounterlinkError, match="not JSON"):
        fetch_misp_feed(served)
    with pytest.raises(CounterlinkError, match="manifest: not JSON"):
        fetch_misp_feed(str(feed_dir))
    with pytest.raises(CounterlinkError, match="manifest: cannot read"):
        fetch_misp_feed(str(feed_dir / "nowhere"))


# --- `counterlink watchlist pull` -------------------------------------------------------------


def test_pull_a_taxii_collection_and_a_misp_feed(taxii: str, served: str, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from counterlink.cli import app

    runner = CliRunner()
    env = {"COUNTERLINK_DATABASE_URL": f"sqlite:///{tmp_path / 'w.db'}"}
    result = runner.invoke(
        app,
        ["watchlist", "pull", "--taxii", f"{taxii}/api1/", "--collection", COLLECTION],
        env=env,
    )
    assert result.exit_code == 0, result.stderr
    assert "from Partner CERT (stix" in result.stderr
    again = runner.invoke(
        app,
        ["watchlist", "pull", "--taxii", f"{taxii}/api1/", "--collection", COLLECTION],
        env=env,
    )
    assert "nothing changed" in again.stderr
    result = runner.invoke(app, ["watchlist", "pull", "--misp-feed", served], env=env)
    assert result.exit_code == 0, result.stderr
    assert "from Partner CERT (misp" in result.stderr
    listed = runner.invoke(app, ["watchlist", "list", "--json"], env=env)
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [r["format"] for r in rows] == ["stix", "misp"]
    assert rows[0]["origin"] == f"{taxii}/api1/collections/{COLLECTION}"

    result = runner.invoke(
        app,
        ["watchlist", "pull", "--taxii", f"{taxii}/private/", "--collection", COLLECTION],
        env=env,
    )
    assert result.exit_code == 2 and "401" in result.stderr and "Traceback" not in result.stderr
    result = runner.invoke(
        app,
        ["watchlist", "pull", "--taxii", f"{taxii}/private/", "--collection", COLLECTION],
        env={**env, "COUNTERLINK_TAXII_TOKEN": TOKEN},
    )
    assert result.exit_code == 0, result.stderr
    result = runner.invoke(app, ["watchlist", "pull"], env=env)
    assert result.exit_code == 2 and "--taxii URL or --misp-feed URL" in result.stderr
