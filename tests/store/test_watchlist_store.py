"""The watchlist in the database, and the `counterlink watchlist` commands, on SQLite and
PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from counterlink.cli import app
from counterlink.share.digest import indicator_digest, key_id
from counterlink.store.audit import verify
from counterlink.store.errors import NotFound
from counterlink.store.tables import AuditEntry, WatchlistEntry
from counterlink.store.watchlist import (
    import_source,
    list_sources,
    load_sources,
    remove_source,
    stamp,
)
from counterlink.watchlist import WatchEntry, WatchSource

runner = CliRunner()
KEY = bytes(range(32))


def source(*entries: WatchEntry, origin: str = "/feeds/partner.json") -> WatchSource:
    return WatchSource("Partner CERT", origin, "stix", "green", entries)


def test_import_replace_unchanged_and_remove(session: Session) -> None:
    first = import_source(
        session,
        "cli:test",
        source(
            WatchEntry("handle", "wechat:vzhou88", persona="Vivian Zhou", tlp="green"),
            WatchEntry("phone", digest="ab" * 32, key_id="0" * 16, tlp="amber", confidence=80),
        ),
        "1" * 64,
    )
    session.commit()
    assert (first.replaced, first.unchanged) == (0, False)
    [loaded] = load_sources(session)
    assert loaded.name == "Partner CERT" and loaded.tlp == "green"
    assert [(e.kind, e.value, e.digest, e.confidence) for e in loaded.entries] == [
        ("handle", "wechat:vzhou88", None, None),
        ("phone", None, "ab" * 32, 80),
    ]
    before = stamp(session)

    again = import_source(session, "cli:test", source(), "1" * 64)
    assert again.unchanged and again.source.id == first.source.id
    newer = import_source(session, "cli:test", source(WatchEntry("email", "a@b.example")), "2" * 64)
    session.commit()
    assert (newer.replaced, newer.unchanged) == (2, False)
    assert newer.source.id == first.source.id
    assert session.scalars(select(WatchlistEntry.value)).all() == ["a@b.example"]
    assert stamp(session) != before

    remove_source(session, "cli:test", "/feeds/partner.json")
    session.commit()
    assert list_sources(session) == [] and session.scalars(select(WatchlistEntry)).all() == []
    actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions == ["watchlist.import", "watchlist.import", "watchlist.remove"]
    assert verify(session).ok
    with pytest.raises(NotFound):
        remove_source(session, "cli:test", "999")


def _bundle_file(tmp_path: Path) -> Path:
    """A hashed export made by `counterlink share`'s exporter, as a partner would send it."""
    from counterlink.schema import Approach
    from counterlink.share import ShareCase, export_hashed

    approach = Approach.model_validate(
        {
            "schema": "counterlink.approach/1",
            "persona": {"name": "Vivian Zhou", "contacts": {"handles": {"wechat": "vzhou88"}}},
            "messages": [{"sender": "persona", "text": "Add me on WeChat."}],
        }
    )
    document, _ = export_hashed(ShareCase(approach, tlp="green"), "community", "Uni CERT", KEY)
    path = tmp_path / "uni-cert.hashed.json"
    path.write_text(json.dumps(document))
    return path


def test_cli_import_list_show_check_remove(db_url: str, tmp_path: Path) -> None:
    env = {"COUNTERLINK_DATABASE_URL": db_url}
    path = _bundle_file(tmp_path)
    result = runner.invoke(app, ["watchlist", "import", str(path)], env=env)
    assert result.exit_code == 0, result.stderr
    assert "Imported 2 indicators from Uni CERT (hashed, TLP:GREEN)" in result.stderr
    result = runner.invoke(app, ["watchlist", "import", str(path)], env=env)
    assert "nothing changed" in result.stderr

    result = runner.invoke(app, ["watchlist", "list", "--json"], env=env)
    [row] = [json.loads(line) for line in result.stdout.splitlines()]
    assert (row["name"], row["format"], row["entries"]) == ("Uni CERT", "hashed", 2)
    result = runner.invoke(app, ["watchlist", "show", str(row["id"]), "--json"], env=env)
    shown = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["kind"] for r in shown} == {"handle", "name"}
    assert all(r["value"] is None for r in shown)
    assert indicator_digest(KEY, "handle", "wechat:vzhou88") in {r["digest"] for r in shown}

    message = "Hello! Add me on WeChat: VZHOU88 please."
    keyfile = tmp_path / "community.key"
    keyfile.write_text(KEY.hex())
    result = runner.invoke(
        app, ["check", "--text", message, "--json", "--community-key", str(keyfile)], env=env
    )
    assert result.exit_code == 0, result.stderr
    assessment = json.loads(result.stdout)
    [hit] = [f for f in assessment["findings"] if f["code"] == "campaign.known_to_partner"]
    assert hit["source"] == "Uni CERT" and assessment["level"] == "high"

    result = runner.invoke(app, ["check", "--text", message, "--json"], env=env)
    assert "campaign.known_to_partner" not in result.stdout
    assert "2 hashed watchlist indicator(s) cannot be matched" in result.stderr
    result = runner.invoke(
        app,
        ["check", "--text", message, "--json", "--no-watchlist", "--community-key", str(keyfile)],
        env=env,
    )
    assert "campaign.known_to_partner" not in result.stdout

    result = runner.invoke(app, ["watchlist", "remove", str(row["id"])], env=env)
    assert result.exit_code == 0 and "Removed Uni CERT (2 indicators)" in result.stderr
    result = runner.invoke(app, ["watchlist", "list"], env=env)
    assert "The watchlist is empty" in result.stderr
    assert key_id(KEY) not in result.stdout


def test_check_without_a_database_needs_no_watchlist(tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", "--text", "Hello there, lovely to connect."])
    assert result.exit_code == 0 and "warning" not in result.stderr
    missing = f"sqlite:///{tmp_path / 'none.db'}"
    result = runner.invoke(app, ["check", "--text", "Hello", "--watchlist", "--database", missing])
    assert result.exit_code == 2 and "no database at" in result.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not JSON"),
        ('{"type": "report"}', "neither a STIX 2.1 bundle"),
        ("", "not JSON"),
    ],
)
def test_cli_import_bad_files(db_url: str, tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content)
    result = runner.invoke(
        app, ["watchlist", "import", str(path)], env={"COUNTERLINK_DATABASE_URL": db_url}
    )
    assert result.exit_code == 2
    assert message in result.stderr and "bad.json" in result.stderr
    assert "Traceback" not in result.stderr
