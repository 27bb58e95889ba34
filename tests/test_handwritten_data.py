"""The hand-written corpus (data/handwritten/) keeps the promises its README makes: every row is a
valid approach, ids are unique across both files, and the held-out test split shares no persona
text, target name or 7-word sequence with the training split."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from counterlink.schema import Approach

DATA = Path(__file__).resolve().parents[1] / "data" / "handwritten"
SPLITS = ("train", "test")
UNWANTED = {"loan", "mlm", "sponsorship", "course", "job_seeker", "crypto", "seo", "sales"}
UNWANTED |= {"phishing_scam"}
NGRAM = 7


@cache
def rows(split: str) -> tuple[dict[str, Any], ...]:
    path = DATA / f"{split}.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(json.loads(line) for line in lines if line.strip())


def all_rows() -> list[dict[str, Any]]:
    return [row for split in SPLITS for row in rows(split)]


@pytest.mark.parametrize("split", SPLITS)
def test_every_row_validates(split: str) -> None:
    for number, row in enumerate(rows(split), start=1):
        try:
            approach = Approach.model_validate(row)
        except ValueError as error:  # pydantic's ValidationError is a ValueError
            pytest.fail(f"{split}.jsonl row {number} ({row.get('id')}): {error}")
        assert approach.label in ("malicious", "benign"), f"{split} row {number}: label"
        assert approach.messages, f"{split} row {number}: no messages"


@pytest.mark.parametrize("split", SPLITS)
def test_ids_follow_the_scheme(split: str) -> None:
    for number, row in enumerate(rows(split), start=1):
        assert row["id"] == f"hw-{split}-{number:03d}"


def test_ids_are_unique_across_both_files() -> None:
    ids = [row["id"] for row in all_rows()]
    assert len(ids) == len(set(ids))


def _persona_texts(split: str) -> set[str]:
    texts: set[str] = set()
    for row in rows(split):
        persona = row.get("persona") or {}
        for key in ("name", "headline", "about"):
            if persona.get(key):
                texts.add(str(persona[key]).strip().lower())
        for message in row["messages"]:
            if message.get("sender") == "persona":
                texts.add(message["text"].strip().lower())
    return texts


def test_no_persona_text_is_shared_between_train_and_test() -> None:
    assert _persona_texts("train") & _persona_texts("test") == set()


def test_no_target_name_is_shared_between_train_and_test() -> None:
    def names(split: str) -> set[str]:
        return {str((row.get("target") or {}).get("name")) for row in rows(split)} - {"None"}

    assert names("train") & names("test") == set()


def _ngrams(split: str) -> set[str]:
    grams: set[str] = set()
    for row in rows(split):
        for message in row["messages"]:
            words = re.findall(r"\w+", message["text"].lower())
            grams.update(" ".join(words[i : i + NGRAM]) for i in range(len(words) - NGRAM + 1))
    return grams


def test_no_seven_word_sequence_is_shared_between_train_and_test() -> None:
    shared = sorted(_ngrams("train") & _ngrams("test"))
    assert shared == [], shared[:5]


def test_messages_start_at_received_at_and_are_in_time_order() -> None:
    for row in all_rows():
        times = [m["sent_at"] for m in row["messages"]]
        assert times[0] == row["received_at"], row["id"]
        assert times == sorted(times), row["id"]


def test_annotations_of_the_new_kinds_are_well_formed() -> None:
    for row in all_rows():
        notes = row.get("annotations") or {}
        if notes.get("kind") == "unwanted":
            assert row["label"] == "benign", row["id"]
            assert notes.get("unwanted") in UNWANTED, row["id"]
        if notes.get("form") == "description":
            assert row["label"] == "malicious", row["id"]
            assert notes.get("account") == row["messages"][0]["text"], row["id"]


def test_every_row_comes_from_the_hand_written_corpus() -> None:
    assert {row.get("source") for row in all_rows()} == {"counterlink hand-written corpus"}
