"""Database commands of `counterlink`: users, API tokens, the audit check and migrations.
They need the ``web`` extra (see `database.py`)."""

from __future__ import annotations

from typing import Annotated

import typer

from counterlink.cli.database import actor_name, need_web_extra, session
from counterlink.cli.output import DatabaseOption, err, out, user_errors

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
    need_web_extra()
    from counterlink.store.users import add_user, parse_role

    parse_role(role)  # a bad role fails before the password prompt
    if password is None:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    with session(database, create=True) as s:
        user = add_user(s, name, role, password, actor_name=actor_name())
        s.commit()
        out.print(f"Added {user.role} '{user.name}'.", markup=False, soft_wrap=True)


@user_app.command("list")
@user_errors
def user_list(database: DatabaseOption = None) -> None:
    """List the users, their roles and whether they may sign in."""
    from rich.table import Table

    with session(database, create=False) as s:
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
    with session(database, create=False) as s:
        from counterlink.store.users import create_token

        token = create_token(s, name, label, actor_name=actor_name())
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
    with session(database, create=False) as s:
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


@db_app.command("upgrade")
@user_errors
def db_upgrade(database: DatabaseOption = None) -> None:
    """Create the tables, or bring them up to this version's schema."""
    need_web_extra()
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
