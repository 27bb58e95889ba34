"""The `counterlink` command line: a thin typer front end over the core (see `app.py`)."""

from counterlink.cli.app import app, main

__all__ = ["app", "main"]
