"""Exit codes a script can rely on: 1 only for --fail-on, 2 for the user's mistake, 3 for a bug,
never a traceback unless asked for."""

from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from counterlink.cli.output import EXIT_INTERNAL_ERROR, EXIT_USER_ERROR, user_errors
from counterlink.errors import InvalidInput


def _app(exc: Exception) -> typer.Typer:
    app = typer.Typer()

    @app.command()
    @user_errors
    def run() -> None:
        raise exc

    return app


def test_a_user_mistake_is_one_line_and_exit_2() -> None:
    result = CliRunner().invoke(_app(InvalidInput("no such file", file="a.json")), [])
    assert result.exit_code == EXIT_USER_ERROR == 2
    assert "a.json" in result.output and "Traceback" not in result.output


def test_a_bug_is_exit_3_not_the_fail_on_code(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COUNTERLINK_DEBUG", raising=False)
    result = CliRunner().invoke(_app(KeyError("oops")), [])
    assert result.exit_code == EXIT_INTERNAL_ERROR == 3
    assert "internal error" in result.output and "KeyError" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_debug_shows_the_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNTERLINK_DEBUG", "1")
    result = CliRunner().invoke(_app(KeyError("oops")), [])
    assert isinstance(result.exception, KeyError)


def test_typer_exits_pass_through() -> None:
    result = CliRunner().invoke(_app(typer.Exit(1)), [])
    assert result.exit_code == 1


def test_a_usage_error_raised_by_a_command_stays_exit_2() -> None:
    result = CliRunner().invoke(_app(typer.BadParameter("give --out")), [])
    assert result.exit_code == 2
