"""Indicators streamed from JSON Lines: the same as from approach objects, errors kept exact."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from counterlink.campaigns import campaigns_from_indicators, find_campaigns
from counterlink.campaigns.indicators import extract
from counterlink.campaigns.stream import indicators_from_file
from counterlink.errors import InvalidInput
from tests.campaigns.helpers import make


def _write(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join(rows) + "\n", "utf-8")
    return path


def _approaches() -> list:
    return [
        make(f"a{i}", name=f"N{i} M{i}", contacts={"handles": {"wechat": f"h{i % 7}"}})
        for i in range(30)
    ] + [
        make(f"b{i}", name=f"Other{i} Person{i}").model_copy(update={"id": None}) for i in range(5)
    ]


@pytest.mark.parametrize("jobs", [1, 2])
def test_streamed_file_gives_the_campaigns_of_the_objects(tmp_path: Path, jobs: int) -> None:
    approaches = _approaches()
    path = _write(tmp_path / "a.jsonl", [json.dumps(a.to_json_dict()) for a in approaches])
    streamed = campaigns_from_indicators(indicators_from_file(path, jobs=jobs)).to_json()
    assert streamed == find_campaigns(approaches).to_json()
    assert len(streamed["campaigns"]) == 7


def test_a_json_array_works_too(tmp_path: Path) -> None:
    approaches = _approaches()
    path = tmp_path / "a.json"
    path.write_text(json.dumps([a.to_json_dict() for a in approaches]), "utf-8")
    items = indicators_from_file(path)
    assert [i.id for i in items][-1] == "#34"  # ids default to the position


def test_errors_name_the_line_even_from_a_worker(tmp_path: Path) -> None:
    good = json.dumps(make("x").to_json_dict())
    path = _write(tmp_path / "bad.jsonl", [good, "", good, '{"schema": "counterlink.approach/1"}'])
    with pytest.raises(InvalidInput) as info:
        indicators_from_file(path, jobs=2)
    assert (info.value.line, info.value.field) == (4, "messages")
    with pytest.raises(InvalidInput, match="no approaches"):
        indicators_from_file(_write(tmp_path / "empty.jsonl", ["", "  "]))


def test_errors_keep_where_they_happened_across_processes() -> None:
    error = InvalidInput("bad", file="f.jsonl", line=3, field="messages")
    again = pickle.loads(pickle.dumps(error))
    assert (type(again), str(again)) == (InvalidInput, str(error))


def test_streamed_indicators_hold_each_value_once(tmp_path: Path) -> None:
    # Chunks come back from worker processes as separate copies; a handle seven approaches
    # share must be one object, and the items equal to those extracted one by one.
    approaches = _approaches()
    path = _write(tmp_path / "a.jsonl", [json.dumps(a.to_json_dict()) for a in approaches])
    items = indicators_from_file(path, jobs=2)
    assert items == [extract(a, i) for i, a in enumerate(approaches)]
    handles = [k for item in items for k in item.keys if k == ("handle", "wechat:h0")]
    assert len(handles) == 5 and all(k is handles[0] for k in handles)
