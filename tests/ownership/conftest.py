"""A real DuckDB registry in tmp_path, loaded from the hand-made fixtures (formats as
published: ECOSYSTEM.md §3)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from counterlink.ownership.load import load_file
from counterlink.ownership.registry import Registry

FIXTURES = Path(__file__).parent / "fixtures"
AS_OF = date(2026, 12, 1)
FILES = [
    "psc-snapshot.jsonl",
    "basic-company-data.csv",
    "bods-state-chain.json",
    "targets.simple.csv",
    "entities.ftm.json",
]


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    with Registry(tmp_path / "registry.duckdb") as reg:
        for name in FILES:
            load_file(reg, FIXTURES / name)
        yield reg
