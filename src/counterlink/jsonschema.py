"""JSON Schemas generated from the pydantic models (the committed copies live in docs/schema)."""

from __future__ import annotations

from typing import Any

from counterlink.schema import Approach, Assessment, Finding

MODELS: dict[str, type[Approach] | type[Finding] | type[Assessment]] = {
    "approach": Approach,
    "finding": Finding,
    "assessment": Assessment,
}


def json_schema(name: str) -> dict[str, Any]:
    model = MODELS[name]
    schema = model.model_json_schema(by_alias=True)
    schema["$id"] = f"https://counterlink.invalid/schema/{name}.json"
    if name == "approach":
        schema["title"] = "counterlink.approach/1"
    return schema
