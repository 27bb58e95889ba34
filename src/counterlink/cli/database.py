"""Opening the store from a command: the ``web`` extra check, the CLI's audit name and a
session. Whoever runs these commands has the database in hand, so the CLI acts as an admin; the
audit trail names it ``cli:<operating-system user>``. SQLAlchemy is imported only when a command
runs, so that `counterlink check` starts fast."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import typer

from counterlink.cli.output import err

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

    from counterlink.store.tables import User


def need_web_extra() -> None:
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


def actor_name() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no user name in the environment or passwd
        return "cli"


def cli_actor() -> User:
    """An admin that exists only in this process, for services that take a User."""
    from counterlink.store.tables import User

    return User(id=0, name=actor_name(), role="admin", active=True, password_hash="!")


@contextmanager
def session(database: str | None, *, create: bool) -> Iterator[Session]:
    """A session on the database; ``create`` first brings the schema to head (so the first
    `user add` of a fresh install just works), otherwise the schema must be current."""
    need_web_extra()
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
