"""End to end: whatever a reader accepts, the assessment and the CLI's report of it never raise.

The approaches come from the same generators as the reader tests (approach/1 records with odd
values in every field, LinkedIn exports with random cells); only those the reader accepted are
assessed, with the shipped model, as `counterlink check` and the web intake do.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from rich.console import Console

from counterlink.assess import Assessor
from counterlink.errors import CounterlinkError
from counterlink.ingest.approach_json import validate_approach
from counterlink.ingest.linkedin import read_export
from counterlink.report import render_assessment
from counterlink.schema import Approach, Assessment
from tests.fuzz import strategies as fz

fuzz = settings(
    max_examples=int(os.environ.get("COUNTERLINK_FUZZ_EXAMPLES", "200")),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@cache
def assessor() -> Assessor:
    return Assessor()


def assess_and_render(approach: Approach) -> None:
    assessment = assessor().assess(approach)
    assert isinstance(assessment, Assessment)
    assert 0.0 <= assessment.score <= 1.0
    json.dumps(assessment.model_dump(mode="json"))  # as `check --json` writes it
    Console(file=io.StringIO(), width=80).print(render_assessment(approach, assessment))
    approach.to_json_dict()  # as the web stores it


@fuzz
@given(record=st.one_of(fz.approach_json, fz.valid_approach_json))
def test_any_accepted_approach_is_assessed(record: dict[str, Any]) -> None:
    try:
        approach = validate_approach(record, "fuzz.json")
    except CounterlinkError:
        event("refused by the reader")
        return
    event("assessed")
    assess_and_render(approach)


@fuzz
@given(files=st.one_of(fz.export_files(), fz.valid_export_files()))
def test_any_export_approach_is_assessed(files: dict[str, bytes]) -> None:
    with tempfile.TemporaryDirectory(prefix="counterlink-fuzz-") as name:
        for file, data in files.items():
            (Path(name) / file).write_bytes(data)
        try:
            export = read_export(Path(name))
        except CounterlinkError:
            event("refused by the reader")
            return
    event(f"assessed {min(len(export.approaches), 3)}+ approaches")
    for approach in export.approaches:
        assess_and_render(approach)
