"""The approach/1 model: unknown fields kept, generated JSON Schema committed and fresh."""

import json
from pathlib import Path

import pytest

from counterlink.jsonschema import MODELS, json_schema
from counterlink.schema import Approach, resolve_field, text_fields

SCHEMA_DIR = Path(__file__).resolve().parents[1] / "docs" / "schema"


def test_unknown_fields_are_kept_and_written_back() -> None:
    record = {
        "schema": "counterlink.approach/1",
        "messages": [{"sender": "persona", "text": "hi", "reaction": "👍"}],
        "platform_extra": {"x": 1},
        "persona": {"name": "A", "pronouns": "she/her"},
    }
    approach = Approach.model_validate(record)
    out = approach.to_json_dict()
    assert out["platform_extra"] == {"x": 1}
    assert out["persona"]["pronouns"] == "she/her"
    assert out["messages"][0]["reaction"] == "👍"


def test_only_schema_and_messages_are_required() -> None:
    approach = Approach.model_validate({"schema": "counterlink.approach/1", "messages": []})
    assert approach.persona is None and approach.label is None


def test_text_fields_paths_resolve_back() -> None:
    approach = Approach.model_validate(
        {
            "schema": "counterlink.approach/1",
            "persona": {"headline": "Recruiter", "experience": [{"title": "Partner"}]},
            "messages": [{"sender": "target", "text": "a"}, {"sender": "persona", "text": "b"}],
        }
    )
    paths = dict(text_fields(approach))
    assert paths == {
        "persona.headline": "Recruiter",
        "persona.experience[0].title": "Partner",
        "messages[0].text": "a",
        "messages[1].text": "b",
    }
    assert resolve_field(approach, "messages[1].text") == "b"
    assert resolve_field(approach, "messages[9].text") is None


@pytest.mark.parametrize("name", sorted(MODELS))
def test_committed_json_schema_is_fresh(name: str) -> None:
    committed = SCHEMA_DIR / f"{name}.schema.json"
    expected = json.dumps(json_schema(name), indent=2) + "\n"
    assert committed.read_text("utf-8") == expected, (
        f"{committed} is stale: regenerate it with "
        f"`counterlink schema {name} > docs/schema/{name}.schema.json`"
    )


def test_resolve_field_walks_any_path() -> None:
    approach = Approach.model_validate(
        {
            "schema": "counterlink.approach/1",
            "persona": {"connections": 14, "contacts": {"handles": {"wechat": "abc_1"}}},
            "target": {"sector": "quantum"},
            "messages": [],
        }
    )
    assert resolve_field(approach, "persona.contacts.handles.wechat") == "abc_1"
    assert resolve_field(approach, "target.sector") == "quantum"
    assert resolve_field(approach, "persona.connections") == "14"
    assert resolve_field(approach, "persona.contacts") is None
    assert resolve_field(approach, "persona..x") is None
