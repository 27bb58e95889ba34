"""Fuzz tests: the web fixtures (the real app on a real database) are shared with tests/web.

Only SQLite here: the fuzzers look for crashes in reading and answering, which do not depend on
the database, and their time budget is spent on examples, not on a second backend.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.web.conftest import *  # noqa: F403


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'counterlink.db'}"
