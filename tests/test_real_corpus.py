"""data/real holds published texts with their citation, split by source, never both ways."""

from __future__ import annotations

import json
from pathlib import Path

from counterlink.schema import Approach

REAL = Path(__file__).resolve().parents[1] / "data" / "real"
FIELDS = {"source_url", "title", "publisher", "published", "form", "language", "split"}


def _rows(split: str) -> list[dict[str, object]]:
    lines = (REAL / f"{split}.jsonl").read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_every_row_is_an_approach_with_its_citation() -> None:
    ids = set()
    for split in ("train", "heldout"):
        for row in _rows(split):
            approach = Approach.model_validate(row)
            notes = approach.annotations or {}
            assert set(notes) >= FIELDS, approach.id
            assert notes["split"] == split and str(notes["source_url"]).startswith("http")
            assert notes["form"] in {"verbatim", "paraphrase", "description"}
            assert approach.messages or approach.account, approach.id
            assert approach.id not in ids
            ids.add(approach.id)


def test_splits_hold_both_labels_and_share_no_source() -> None:
    urls = {}
    for split in ("train", "heldout"):
        rows = _rows(split)
        assert {r["label"] for r in rows} == {"malicious", "benign"}
        urls[split] = {r["annotations"]["source_url"] for r in rows}  # type: ignore[index]
    assert not urls["train"] & urls["heldout"]
