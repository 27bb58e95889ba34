"""What every `counterlink` command shares: the two consoles, the one way a user error is
reported (one line, exit code 2), the options several commands take, and progress bars.

Exit codes: 0 ran; 1 only when ``--fail-on`` is met; 2 bad input or usage.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from typer.exceptions import TyperException

from counterlink.errors import CounterlinkError

P = ParamSpec("P")
R = TypeVar("R")

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)

LEVELS = ("low", "medium", "high")


class FailLevel(StrEnum):
    low = "low"
    medium = "medium"
    high = "high"


# Exit codes: 1 is kept for --fail-on, so a script can tell "flagged" from "failed".
EXIT_USER_ERROR = 2
EXIT_INTERNAL_ERROR = 3
DEBUG_ENV = "COUNTERLINK_DEBUG"


def user_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn a CounterlinkError into one line on stderr and exit code 2, never a traceback; any
    other exception is a bug: one line saying so and exit code 3 (never 1, the --fail-on code),
    or the traceback with COUNTERLINK_DEBUG=1."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except CounterlinkError as exc:
            # Escaped: a message may hold brackets ("install counterlink[dask]", a file name).
            err.print(f"[bold red]error:[/] {escape(str(exc))}", markup=True, soft_wrap=True)
            raise typer.Exit(EXIT_USER_ERROR) from None
        except (TyperException, typer.Exit, typer.Abort):
            raise  # the command's own exit, or the framework's usage error (exit 2)
        except Exception as exc:
            if os.environ.get(DEBUG_ENV):
                raise
            err.print(
                f"[bold red]internal error:[/] {escape(type(exc).__name__)}: {escape(str(exc))} "
                f"(a bug in counterlink: please report it with the command; {DEBUG_ENV}=1 "
                "shows the traceback)",
                markup=True,
                soft_wrap=True,
            )
            raise typer.Exit(EXIT_INTERNAL_ERROR) from None

    return wrapper


ModelOption = Annotated[
    Path | None,
    typer.Option(
        "--model",
        help="Folder of a model made by `counterlink train` (default: the shipped model).",
        show_default=False,
    ),
]
JsonOption = Annotated[
    bool, typer.Option("--json", help="Write JSON Lines, one object per approach, to stdout.")
]
DatabaseOption = Annotated[
    str | None,
    typer.Option(
        "--database",
        envvar="COUNTERLINK_DATABASE_URL",
        help="Database URL (default: a SQLite file in the user data folder).",
        show_default=False,
    ),
]
WatchlistOption = Annotated[
    bool | None,
    typer.Option(
        "--watchlist/--no-watchlist",
        help="Match against the partner watchlist in the database (default: when there is "
        "one; --watchlist: fail if it cannot be read).",
        show_default=False,
    ),
]
CommunityKeyOption = Annotated[
    Path | None,
    typer.Option(
        "--community-key",
        help="File holding the community key, to match hashed (private) watchlist entries "
        "(default: $COUNTERLINK_COMMUNITY_KEY).",
        show_default=False,
    ),
]


@contextmanager
def progress(enabled: bool, description: str, total: int | None) -> Iterator[Callable[[int], None]]:
    """A progress bar on stderr (only on a terminal); yields an ``advance(n)`` callback."""
    if not enabled or not err.is_terminal:
        yield lambda _n: None
        return
    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
    ) as bar:
        task = bar.add_task(description, total=total)
        yield lambda n: bar.advance(task, n)


def count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def warn_problems(problems: list[Any], limit: int = 10) -> None:
    if not problems:
        return
    lost = sum(1 for p in problems if p.lost)
    if lost:
        err.print(
            f"[bold yellow]warning:[/] {count(lost, 'row')} could not be read and "
            f"{'is' if lost == 1 else 'are'} NOT in this report; the export was only partly "
            "checked:",
            markup=True,
        )
    else:
        err.print(f"[yellow]warning:[/] {count(len(problems), 'value')} repaired or left empty:")
    for problem in problems[:limit]:
        row = f":{problem.row}" if problem.row is not None else ""
        field = f" ({problem.field})" if problem.field else ""
        err.print(f"  {problem.file}{row}{field}: {problem.message}", markup=False)
    if len(problems) > limit:
        err.print(f"  … and {len(problems) - limit} more")


def json_line(assessment: Any, extra: dict[str, Any] | None = None) -> str:
    record = assessment.model_dump(mode="json")
    if extra:
        record.update(extra)
    return json.dumps(record, ensure_ascii=False)
