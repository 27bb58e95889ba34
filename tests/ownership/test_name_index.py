"""Name search goes through the word index built at load, and finds what a scan of every name
finds: the same company and the same candidates, for exact, near and previous names."""

from __future__ import annotations

import pytest

from counterlink.ownership.registry import Registry
from counterlink.ownership.resolve import by_name

QUERIES = [
    "Harbour Light Trading Limited",
    "harbour-light trading",
    "Northgate Advisory",
    "Northgate Advisers Ltd",
    "No Such Firm Anywhere Ltd",
]


def test_loading_company_data_indexes_every_word_of_every_name(registry: Registry) -> None:
    words = registry.con.execute(
        "SELECT token FROM company_tokens WHERE number = '10000001'"
    ).fetchall()
    assert {"harbour", "light", "trading"} <= {w for (w,) in words}


@pytest.mark.parametrize("query", QUERIES)
def test_the_index_finds_what_a_full_scan_finds(registry: Registry, query: str) -> None:
    indexed = by_name(registry, query)
    registry.con.execute("CREATE TEMP TABLE saved AS SELECT * FROM company_tokens")
    registry.con.execute("DELETE FROM company_tokens")  # as a registry loaded before the index
    try:
        scanned = by_name(registry, query)
    finally:
        registry.con.execute("INSERT INTO company_tokens SELECT * FROM saved")
        registry.con.execute("DROP TABLE saved")
    assert indexed == scanned
