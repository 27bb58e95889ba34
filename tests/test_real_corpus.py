"""data/real holds published texts with their citation, split by source, never both ways.

Four files: ``third.jsonl`` (the third collection, an unseen evaluation), ``approaches.jsonl``
(the collection of 2026-12-07, second pass) and the earlier ``train.jsonl`` / ``heldout.jsonl``.
Every row names its split; a source URL is in one split only, across all four files, and no id
repeats.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from counterlink.schema import Approach

REAL = Path(__file__).resolve().parents[1] / "data" / "real"
FILES = ("approaches", "train", "heldout", "third")
# Files holding both splits, each row marked with its own.
MIXED = ("approaches", "third")
FIELDS = {"source_url", "title", "publisher", "published", "form", "language", "split"}
FORMS = {"verbatim", "paraphrase", "description"}
PUBLISHED = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|undated)$")


def _rows(name: str) -> list[dict[str, object]]:
    lines = (REAL / f"{name}.jsonl").read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _all_rows() -> list[tuple[str, dict[str, object]]]:
    return [(name, row) for name in FILES for row in _rows(name)]


def _split_rule(url: str) -> str:
    """The documented rule: the second hex digit of the URL's SHA-1 below 8 goes to heldout."""
    return "heldout" if hashlib.sha1(url.encode()).hexdigest()[1] < "8" else "train"


@pytest.mark.parametrize("name", FILES)
def test_every_row_is_an_approach_with_its_citation(name: str) -> None:
    for row in _rows(name):
        approach = Approach.model_validate(row)
        notes = approach.annotations or {}
        assert set(notes) >= FIELDS, approach.id
        assert str(notes["source_url"]).startswith("http"), approach.id
        assert notes["title"] and notes["publisher"], approach.id
        assert notes["form"] in FORMS, approach.id
        assert re.fullmatch(r"[a-z]{2}", str(notes["language"])), approach.id
        assert PUBLISHED.match(str(notes["published"])), approach.id
        assert approach.label in {"malicious", "benign"}, approach.id
        persona_text = approach.persona.about if approach.persona else None
        assert approach.messages or approach.account or persona_text, approach.id
        if name not in MIXED:
            assert notes["split"] == name, approach.id


@pytest.mark.parametrize("name", MIXED)
def test_descriptions_carry_the_account_in_both_places(name: str) -> None:
    for row in _rows(name):
        approach = Approach.model_validate(row)
        notes = approach.annotations or {}
        if notes["form"] == "description":
            assert approach.account and notes.get("account") == approach.account, approach.id
        if notes["form"] == "verbatim":
            assert approach.account is None, approach.id


def test_ids_are_unique_across_the_corpus() -> None:
    ids = [row["id"] for _, row in _all_rows()]
    assert len(ids) == len(set(ids))


def test_splits_follow_the_rule_and_share_no_source() -> None:
    urls: dict[str, set[str]] = {"train": set(), "heldout": set()}
    for _, row in _all_rows():
        notes = row["annotations"]
        assert isinstance(notes, dict)
        url, split = str(notes["source_url"]), str(notes["split"])
        assert split == _split_rule(url), row["id"]
        urls[split].add(url)
    assert not urls["train"] & urls["heldout"]


@pytest.mark.parametrize("name", FILES)
def test_both_labels_in_both_splits(name: str) -> None:
    seen = {(r["annotations"]["split"], r["label"]) for r in _rows(name)}  # type: ignore[index]
    wanted = {"train", "heldout"} if name in MIXED else {name}
    assert seen == {(s, label) for s in wanted for label in ("malicious", "benign")}
