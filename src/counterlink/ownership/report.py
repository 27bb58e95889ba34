"""The JSON contract of ``counterlink employer --json`` (docs/schema/employer.schema.json)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Query(_Strict):
    name: str | None
    number: str | None
    as_of: str


class Company(_Strict):
    id: str
    number: str
    name: str | None
    status: str | None
    incorporated: str | None
    match: float


class Share(_Strict):
    min: float
    max: float


class StateLink(_Strict):
    list: str
    entry: str
    score: float


class Owner(_Strict):
    id: str
    name: str | None
    kind: Literal["person", "company", "legal-person", "state", "unknown"]
    country: str | None
    direct: bool
    ultimate: bool
    share: Share
    majority: Literal["yes", "maybe", "no"]
    controls: bool
    natures: list[str]
    records: list[str]
    paths: list[list[str]]
    state_links: list[StateLink]


class Flag(_Strict):
    code: str
    title: str
    evidence: list[str]


class Register(_Strict):
    source: str
    file: str
    date: str | None
    records: int
    complete: bool


class Trace(_Strict):
    """How far the walk went: the depth limit, whether it cut anything, the cycles cut."""

    max_depth: int
    depth_reached: int
    depth_limited: bool
    cycles: list[list[str]]


class EmployerReport(_Strict):
    query: Query
    company: Company | None
    candidates: list[Company]
    owners: list[Owner]
    flags: list[Flag]
    registers: list[Register]
    trace: Trace | None


def json_schema() -> dict[str, Any]:
    schema = EmployerReport.model_json_schema()
    schema["$id"] = "https://counterlink.invalid/schema/employer.json"
    schema["title"] = "counterlink employer report"
    return schema
