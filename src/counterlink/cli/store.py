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
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer

# The module, not its names: `counterlink.cli_share` may be the one still being imported when
# this one is (cli.py registers both); annotations are read only when a command runs.
from counterlink import cli_share
from counterlink.cli import DatabaseOption, err, out, user_errors

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

    from counterlink.store.tables import User


user_app = typer.Typer(help="Manage the web app's users.", no_args_is_help=True)
token_app = typer.Typer(help="Create API tokens (used as `Authorization: Bearer TOKEN`).")
audit_app = typer.Typer(help="Check the audit trail.", no_args_is_help=True)
db_app = typer.Typer(help="Create or upgrade the database schema.", no_args_is_help=True)
# The exporting organisation's name when none is given (as `counterlink share`).
DEFAULT_IDENTITY = "counterlink user"


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


class ExportFormat(StrEnum):
    stix = "stix"
    misp = "misp"
    hashed = "hashed"


@user_errors
def export(
    subject: Annotated[
        str | None,
        typer.Argument(
            help="A case (case:42, or 42) or a campaign (campaign:campaign-4a9c06a25ff8).",
            show_default=False,
        ),
    ] = None,
    format: Annotated[
        ExportFormat | None,
        typer.Option("--format", help="Partner format of a case or campaign.", show_default=False),
    ] = None,
    audience: Annotated[
        cli_share.AudienceChoice | None,
        typer.Option(
            "--tlp-audience",
            help="Who receives it: what their TLP does not allow is dropped or refused.",
            show_default=False,
        ),
    ] = None,
    identity: Annotated[
        str,
        typer.Option(
            "--identity",
            envvar="COUNTERLINK_SHARE_IDENTITY",
            help="Name of the exporting organisation (STIX identity, MISP Orgc).",
        ),
    ] = DEFAULT_IDENTITY,
    community_key: Annotated[
        Path | None,
        typer.Option(
            "--community-key",
            help="File holding the community key for --format hashed "
            "(default: the key in $COUNTERLINK_COMMUNITY_KEY).",
            show_default=False,
        ),
    ] = None,
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
    """Export a case or a campaign for partners (STIX 2.1, MISP or hashed), audited.

    Cut to the --tlp-audience: TLP:RED never leaves, AMBER+STRICT goes only to the organisation.

    A case marked above the audience is refused (exit 2); what it holds marked above, dropped.

    The document goes to stdout or --out, the loss report (`loss:` lines) to stderr.

    --labelled instead exports every labelled report as approach/1 JSON Lines.

    [bold]Examples[/]

      counterlink export case:42 --format stix --tlp-audience community --out case-42.json

      counterlink export campaign:campaign-4a9c06a25ff8 --format misp --tlp-audience organisation

      counterlink export 42 --format hashed --tlp-audience community --community-key team.key

      counterlink export --labelled --out labelled.jsonl
    """
    from counterlink.errors import CounterlinkError

    if labelled and subject is not None:
        raise CounterlinkError("give either --labelled or a case or campaign to export, not both")
    if labelled:
        if format is not None or audience is not None or community_key is not None:
            raise CounterlinkError(
                "--format, --tlp-audience and --community-key are for exporting a case or "
                "a campaign, not --labelled"
            )
        _export_labelled(out_path, database)
        return
    if subject is None:
        raise CounterlinkError(
            "say what to export: a case (counterlink export case:42 --format stix "
            "--tlp-audience community), a campaign (campaign:ID), or --labelled"
        )
    if format is None or audience is None:
        raise CounterlinkError(
            "say how and for whom: --format stix|misp|hashed and "
            "--tlp-audience organisation|community|public"
        )
    _export_subject(
        subject, format.value, audience.value, identity, community_key, out_path, database
    )


def _export_labelled(out_path: Path | None, database: str | None) -> None:
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


def _export_subject(
    subject: str,
    format: str,
    audience: str,
    identity: str,
    community_key: Path | None,
    out_path: Path | None,
    database: str | None,
) -> None:
    from counterlink.cli_share import print_loss
    from counterlink.errors import CounterlinkError
    from counterlink.share import NO_KEY, export_as
    from counterlink.share.from_store import parse_subject
    from counterlink.watchlist.digest import load_key

    kind, ident = parse_subject(subject)
    key = None
    if format == "hashed":
        key = load_key(community_key)
        if key is None:
            raise CounterlinkError(NO_KEY)
    elif community_key is not None:
        raise CounterlinkError("--community-key is only for --format hashed")
    with _session(database, create=False) as s:
        from counterlink.share.from_store import (
            campaign_from_store,
            case_from_report,
        )
        from counterlink.store.sharing import record_export

        actor = _cli_actor()
        shared = (
            case_from_report(s, actor, int(ident))
            if kind == "report"
            else campaign_from_store(s, actor, str(ident))
        )
        document, loss = export_as(shared, format, audience, identity, key)
        record = record_export(
            s,
            actor,
            shared,
            format=format,
            audience=audience,
            identity=identity,
            document=document,
            loss=loss,
        )
        # The audit entry is committed before the document is where anyone can take it.
        if out_path is None:
            s.commit()
            typer.echo(record.data, nl=False)
        else:
            partial = out_path.with_name(out_path.name + ".partial")
            try:
                partial.write_bytes(record.data)
                s.commit()
                partial.replace(out_path)
            except OSError as exc:
                partial.unlink(missing_ok=True)
                raise CounterlinkError(f"cannot write: {exc.strerror}", file=out_path) from None
    print_loss(loss)
    what = f"report {ident}" if kind == "report" else str(ident)
    where = f" to {out_path}" if out_path else ""
    err.print(
        f"Exported {what} as {format} for the {audience} audience{where} "
        f"({len(record.data):,} bytes, SHA-256 {record.sha256}); "
        f"{len(loss)} loss item(s) above.",
        markup=False,
        soft_wrap=True,
    )


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
