"""The database commands, driven in-process on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import update
from typer.testing import CliRunner

from counterlink.cli import app
from counterlink.store.db import make_engine, session_factory
from counterlink.store.tables import AuditEntry
from counterlink.store.users import user_for_token
from tests.dbfixtures import PASSWORD

runner = CliRunner()


def run(db_url: str, *args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=stdin, env={"COUNTERLINK_DATABASE_URL": db_url})
    return result.exit_code, result.stdout, result.stderr


def test_user_add_list_and_token(db_url: str) -> None:
    code, out, _ = run(db_url, "user", "add", "ann", "--role", "analyst", "--password", PASSWORD)
    assert (code, out) == (0, "Added analyst 'ann'.\n")
    code, out, _ = run(db_url, "user", "add", "rita", "--role", "reporter", stdin="pa55word!\n" * 2)
    assert code == 0 and "Added reporter 'rita'." in out
    code, out, _ = run(db_url, "user", "list")
    assert code == 0
    assert [line.split()[1:4] for line in out.splitlines() if "ann" in line or "rita" in line] == [
        ["ann", "│", "analyst"],
        ["rita", "│", "reporter"],
    ]
    assert out.rstrip().endswith("2 users")
    code, out, _ = run(db_url, "token", "create", "ann", "--label", "laptop")
    assert code == 0
    token = out.splitlines()[-1]
    engine = make_engine(db_url)
    try:
        with session_factory(engine)() as s:
            user = user_for_token(s, token)
            assert user is not None and user.name == "ann"
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (("--role", "boss", "--password", PASSWORD), None, "field 'role': unknown role 'boss'"),
        (("--role", "analyst", "--password", "short"), None, "at least 8 characters"),
        (("--role", "analyst"), "one password\nanother one\none password\none password\n", None),
    ],
)
def test_user_add_errors_are_one_line(
    db_url: str, args: tuple[str, ...], stdin: str | None, message: str | None
) -> None:
    code, out, err = run(db_url, "user", "add", "ann", *args, stdin=stdin)
    if message is None:  # mismatched confirmation: asked again, then accepted
        assert code == 0 and "do not match" in out
        return
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_duplicate_user_and_unknown_token_owner(db_url: str) -> None:
    assert run(db_url, "user", "add", "ann", "--role", "admin", "--password", PASSWORD)[0] == 0
    code, _, err = run(db_url, "user", "add", "ann", "--role", "admin", "--password", PASSWORD)
    assert code == 2 and "user 'ann' already exists" in err
    code, _, err = run(db_url, "token", "create", "nobody")
    assert code == 2 and "no user named 'nobody'" in err


def test_audit_verify(db_url: str) -> None:
    for name in ("ann", "adam"):
        run(db_url, "user", "add", name, "--role", "admin", "--password", PASSWORD)
    code, out, _ = run(db_url, "audit", "verify")
    assert code == 0
    assert out.startswith("Audit chain intact: 2 entries.\nHead: ")
    engine = make_engine(db_url)
    try:
        with engine.begin() as connection:
            connection.execute(update(AuditEntry).where(AuditEntry.id == 1).values(actor="x"))
    finally:
        engine.dispose()
    code, out, err = run(db_url, "audit", "verify")
    assert code == 1
    assert "Audit chain broken at entry 1: entry 1 was changed after it was written" in err


def test_export_labelled(db_url: str, tmp_path: Path) -> None:
    from counterlink.store.reports import create_report, update_report
    from counterlink.store.users import add_user
    from tests.dbfixtures import sample_approach, sample_assessment

    run(db_url, "db", "upgrade")
    engine = make_engine(db_url)
    try:
        with session_factory(engine)() as s:
            ann = add_user(s, "ann", "analyst", PASSWORD)
            for verdict in ("malicious", "inconclusive", "benign"):
                report = create_report(s, ann, sample_approach(verdict), sample_assessment())
                update_report(s, ann, report.id, verdict=verdict)
            s.commit()
    finally:
        engine.dispose()
    code, out, err = run(db_url, "export", "--labelled")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["persona"]["name"], r["label"]) for r in records] == [
        ("malicious", "malicious"),
        ("benign", "benign"),
    ]
    assert "Exported 2 labelled approaches." in err
    target = tmp_path / "labelled.jsonl"
    code, out, err = run(db_url, "export", "--labelled", "--out", str(target))
    assert code == 0 and out == ""
    assert [json.loads(line) for line in target.read_text().splitlines()] == records
    code, _, err = run(db_url, "export")
    assert code == 2 and "--labelled" in err
    # Both exports are in the audit trail, under the CLI's name.
    code, out, _ = run(db_url, "audit", "verify")
    assert code == 0 and "intact" in out


def test_db_upgrade(db_url: str) -> None:
    from counterlink.store.db import head_revision

    head = head_revision()
    code, out, _ = run(db_url, "db", "upgrade")
    assert code == 0 and f"upgraded from empty to revision {head}" in out
    code, out, _ = run(db_url, "db", "upgrade")
    assert code == 0 and f"already at revision {head}" in out


def test_reading_commands_never_create_a_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'missing.db'}"
    for args in (("audit", "verify"), ("user", "list"), ("export", "--labelled")):
        code, _, err = run(url, *args)
        assert code == 2 and "no database at" in err and "counterlink db upgrade" in err
    assert not (tmp_path / "missing.db").exists()


def test_an_empty_database_asks_for_an_upgrade(db_url: str) -> None:
    if db_url.startswith("sqlite:///"):
        Path(db_url.removeprefix("sqlite:///")).touch()
    code, _, err = run(db_url, "audit", "verify")
    assert code == 2 and "has no counterlink tables; run `counterlink db upgrade`" in err


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://root@localhost/x", "unsupported database 'mysql'"),
        ("postgresql://u:pw@127.0.0.1:1/x?connect_timeout=2", "unusable"),
    ],
)
def test_database_errors_are_one_line(url: str, message: str) -> None:
    result = runner.invoke(app, ["audit", "verify", "--database", url])
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert ":pw@" not in result.stderr


def test_without_the_web_extra_commands_say_what_to_install() -> None:
    code = (
        "import sys\n"
        "sys.modules['sqlalchemy'] = None\n"  # makes `import sqlalchemy` fail
        "sys.argv = ['counterlink', 'audit', 'verify']\n"
        "from counterlink.cli import main\n"
        "main()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 2
    assert "pip install 'counterlink[web]'" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_cli_does_not_import_sqlalchemy_until_a_database_command_runs() -> None:
    code = "import sys, counterlink.cli\nprint('sqlalchemy' in sys.modules)\n"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False"
