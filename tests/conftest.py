"""Shared test helpers: small approach builders (fixtures are written by the tests themselves)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from counterlink.schema import APPROACH_SCHEMA, Approach


@pytest.fixture(autouse=True)
def _no_user_state(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads the developer's own database, watchlist or community key: the default
    database lives in a fresh user data folder, and the variables that point elsewhere are
    unset (a test that needs one sets it)."""
    home: Path = tmp_path_factory.mktemp("xdg-data")
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    for name in ("COUNTERLINK_DATABASE_URL", "COUNTERLINK_COMMUNITY_KEY"):
        monkeypatch.delenv(name, raising=False)


def make_approach(*persona_texts: str, **fields: Any) -> Approach:
    """An approach whose persona sent ``persona_texts`` in order; ``fields`` override the rest."""
    record: dict[str, Any] = {
        "schema": APPROACH_SCHEMA,
        "id": fields.pop("id", "t-1"),
        "messages": [{"sender": "persona", "text": t} for t in persona_texts],
    }
    record.update(fields)
    return Approach.model_validate(record)
