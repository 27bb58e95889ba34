"""Database commands of `counterlink`: users, API tokens, the audit check, labelled export and
migrations. They need the ``web`` extra; SQLAlchemy is imported inside each command so that
`counterlink check` starts as fast as before.

Whoever runs these has the database in hand, so the CLI acts as an admin; the audit trail
names it ``cli:<operating-system user>``.
"""

from __future__ import annotations

import getpass
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer

from counterlink.cli import err, out, user_errors

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

    from counterlink.store.tables import User

DatabaseOption = Annotated[
    str | None,
    typer.Option(
        "--database",
        envvar="COUNTERLINK_DATABASE_URL",
        help="Database URL (default: a SQLite file in the user data folder).",
        show_default=False,
    ),
]

user_app = typer.Typer(help="Manage the web app's users.", no_args_is_help=True)
token_app = typer.Typer(help="Create API tokens (used as `Authorization: Bearer TOKEN`).")
audit_app = typer.Typer(help="Check the audit trail.", no_args_is_help=True)
db_app = typer.Typer(help="Create or upgrade the database schema.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    """Add the database commands to the `counterlink` app."""
    app.add_typer(user_app, name="user")
    app.add_typer(token_app, name="token")
    app.add_typer(audit_app, name="audit")
    app.add_typer(db_app, name="db")
    app.command("export")(export)


def _need_web_extra() -> None:
    try:
        import alembic  # noqa: F401
        import argon2  # noqa: F401
        import sqlalchemy  # noqa: F401
    except ImportError:
        err.print(
            "[bold red]error:[/] this command needs the database packages: "
            "pip install 'counterlink\\[web]'",
            markup=True,
            soft_wrap=True,
        )
        raise typer.Exit(2) from None


def _actor_name() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no user name in the environment or passwd
        return "cli"


def _cli_actor() -> User:
    """An admin that exists only in this process, for services that take a User."""
    from counterlink.store.tables import User

    return User(id=0, name=_actor_name(), role="admin", active=True, password_hash="!")


@contextmanager
def _session(database: str | None, *, create: bool) -> Iterator[Session]:
    """A session on the database; ``create`` first brings the schema to head (so the first
    `user add` of a fresh install just works), otherwise the schema must be current."""
    _need_web_extra()
    from counterlink.store.db import (
        database_errors,
        make_engine,
        migrate,
        open_existing,
        session_factory,
    )

    engine: Engine
    if create:
        engine = make_engine(database)
        migrate(engine)
    else:
        engine = open_existing(database)
    try:
        with database_errors(engine), session_factory(engine)() as s:
            yield s
    finally:
        engine.dispose()


@user_app.command("add")
@user_errors
def user_add(
    name: Annotated[str, typer.Argument(help="Login name (no spaces).")],
    role: Annotated[
        str, typer.Option("--role", help="reporter, analyst or admin.", show_default=False)
    ],
    password: Annotated[
        str | None,
        typer.Option(
            "--password", help="Password (asked twice when left out).", show_default=False
        ),
    ] = None,
    database: DatabaseOption = None,
) -> None:
    """Add a user who can sign in to the web app."""
    _need_web_extra()
    from counterlink.store.users import add_user, parse_role

    parse_role(role)  # a bad role fails before the password prompt
    if password is None:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    with _session(database, create=True) as s:
        user = add_user(s, name, role, password, actor_name=_actor_name())
        s.commit()
        out.print(f"Added {user.role} '{user.name}'.", markup=False, soft_wrap=True)


@user_app.command("list")
@user_errors
def user_list(database: DatabaseOption = None) -> None:
    """List the users, their roles and whether they may sign in."""
    from rich.table import Table

    with _session(database, create=False) as s:
        from counterlink.store.users import list_users

        users = list_users(s)
        table = Table("name", "role", "active", "created (UTC)")
        for user in users:
            created = user.created_at.strftime("%Y-%m-%d %H:%M")
            table.add_row(user.name, user.role, "yes" if user.active else "no", created)
        out.print(table)
        out.print(
            f"{len(users)} user{'s' if len(users) != 1 else ''}", markup=False, soft_wrap=True
        )


@token_app.command("create")
@user_errors
def token_create(
    name: Annotated[str, typer.Argument(help="The user the token acts as.")],
    label: Annotated[
        str, typer.Option("--label", help="What the token is for, e.g. the client's name.")
    ] = "api",
    database: DatabaseOption = None,
) -> None:
    """Create an API token; it is printed once, on the last line, and never stored."""
    with _session(database, create=False) as s:
        from counterlink.store.users import create_token

        token = create_token(s, name, label, actor_name=_actor_name())
        s.commit()
    out.print(
        f"API token '{label}' for {name} (shown only now; send it as", markup=False, soft_wrap=True
    )
    out.print("Authorization: Bearer TOKEN):", markup=False, soft_wrap=True)
    typer.echo(token)


@audit_app.command("verify")
@user_errors
def audit_verify(database: DatabaseOption = None) -> None:
    """Prove the audit chain intact (exit 0), or name the first entry that breaks it (exit 1)."""
    with _session(database, create=False) as s:
        from counterlink.store.audit import verify

        check = verify(s)
    if not check.ok:
        err.print(
            f"[bold red]Audit chain broken[/] at entry {check.first_bad_id}: {check.reason}",
            markup=True,
            soft_wrap=True,
        )
        raise typer.Exit(1)
    noun = "entry" if check.entries == 1 else "entries"
    out.print(f"Audit chain intact: {check.entries} {noun}.", markup=False, soft_wrap=True)
    if check.head:
        out.print(
            f"Head: {check.head} (keep a copy to detect entries cut from the end)",
            markup=False,
            soft_wrap=True,
        )


@user_errors
def export(
    labelled: Annotated[
        bool,
        typer.Option(
            "--labelled",
            help="Approaches with an analyst verdict (malicious or benign) as their label.",
        ),
    ] = False,
    out_path: Annotated[
        Path | None,
        typer.Option("--out", help="Write to this file instead of stdout.", show_default=False),
    ] = None,
    database: DatabaseOption = None,
) -> None:
    """Export reports as counterlink.approach/1 JSON Lines (audited)."""
    from counterlink.errors import CounterlinkError

    if not labelled:
        raise CounterlinkError("say what to export: --labelled")
    with _session(database, create=False) as s:
        from counterlink.store.reports import export_labelled

        records = export_labelled(s, _cli_actor())
        if out_path is not None:
            count = _write_jsonl(out_path, records)
        else:
            count = _emit(sys.stdout, records)
        s.commit()  # the audit entry lands only once the export is complete
    where = f" to {out_path}" if out_path else ""
    err.print(f"Exported {count} labelled approaches{where}.", markup=False, soft_wrap=True)


def _emit(handle: TextIO, records: Iterator[dict[str, Any]]) -> int:
    lines = (json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    return sum(handle.write(line) > 0 for line in lines)


def _write_jsonl(path: Path, records: Iterator[dict[str, Any]]) -> int:
    from counterlink.errors import CounterlinkError

    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8") as handle:
            count = _emit(handle, records)
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise CounterlinkError(f"cannot write: {exc.strerror}", file=path) from None
    return count


@db_app.command("upgrade")
@user_errors
def db_upgrade(database: DatabaseOption = None) -> None:
    """Create the tables, or bring them up to this version's schema."""
    _need_web_extra()
    from counterlink.store.db import current_revision, make_engine, migrate, safe_url

    engine = make_engine(database)
    try:
        before = current_revision(engine)
        migrate(engine)
        after = current_revision(engine)
    finally:
        engine.dispose()
    state = "already at" if before == after else f"upgraded from {before or 'empty'} to"
    out.print(
        f"Database {safe_url(engine.url)} {state} revision {after}.", markup=False, soft_wrap=True
    )
