"""Every reader, fed generated and damaged input, has two outcomes only: a parsed result, or the
project's own error (a CounterlinkError) whose message names the file. Anything else (a
traceback of Python's own) fails the test with the minimal example hypothesis found.

Files are real files in a temporary folder, read the way `counterlink check` and the web read
them (``ingest.read_path``, the CLI's own loader).
"""

from __future__ import annotations

import itertools
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from counterlink.cli.inputs import read_input
from counterlink.errors import CounterlinkError, InvalidInput
from counterlink.ingest import read_path
from counterlink.ingest.approach_json import parse_approach_text
from counterlink.ingest.archive import SafeZip
from counterlink.ingest.eml import approach_from_email
from counterlink.ingest.html import html_to_text
from counterlink.ingest.linkedin import LinkedInExport, read_export
from counterlink.ingest.text import approach_from_text
from counterlink.schema import Approach
from counterlink.web.intake import ReportFields, build_approach, carried_approach
from tests.fuzz import strategies as fz

# Examples per test: the folder runs in about a minute; COUNTERLINK_FUZZ_EXAMPLES searches longer.
EXAMPLES = int(os.environ.get("COUNTERLINK_FUZZ_EXAMPLES", "200"))
fuzz = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
T = TypeVar("T")
_counter = itertools.count()


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    # Module-scoped: hypothesis calls the test body many times within one function-scoped
    # fixture, so each example writes a file of its own name instead.
    with tempfile.TemporaryDirectory(prefix="counterlink-fuzz-") as name:
        yield Path(name)


def write(folder: Path, suffix: str, data: bytes) -> Path:
    path = folder / f"input-{next(_counter)}{suffix}"
    path.write_bytes(data)
    return path


def parsed_or_refused(read: Callable[[], T], name: str) -> T | None:
    """``read()``'s result, or None when it raised a CounterlinkError naming ``name``."""
    try:
        return read()
    except CounterlinkError as exc:
        assert name in str(exc), f"the error does not name {name}: {exc}"
        return None


@fuzz
@given(data=fz.approach_documents(), suffix=st.sampled_from([".json", ".jsonl", ".JSON"]))
def test_approach_json_files(folder: Path, data: bytes, suffix: str) -> None:
    path = write(folder, suffix, data)
    loaded = parsed_or_refused(lambda: read_path(path), path.name)
    if loaded is not None:  # an empty array is read as no approaches; `check` then says so
        assert all(isinstance(a, Approach) for a in loaded.approaches)


@fuzz
@given(text=st.one_of(st.text(), fz.approach_documents().map(lambda b: b.decode("latin-1"))))
def test_approach_json_text(text: str) -> None:
    parsed_or_refused(lambda: parse_approach_text(text, "<stdin>"), "<stdin>")


@fuzz
@given(text=st.one_of(fz.texts, st.text(max_size=2000)))
def test_pasted_text(text: str) -> None:
    approach = parsed_or_refused(lambda: approach_from_text(text, "pasted.txt"), "pasted.txt")
    if approach is not None:
        assert approach.messages[0].text == text.strip()


@fuzz
@given(data=st.one_of(st.binary(max_size=500), fz.texts.map(lambda t: t.encode("utf-8"))))
def test_cli_loader_on_txt_files(folder: Path, data: bytes) -> None:
    path = write(folder, ".txt", data)
    parsed_or_refused(lambda: read_input(str(path)), path.name)


@fuzz
@given(data=fz.emails())
def test_eml_files(folder: Path, data: bytes) -> None:
    path = write(folder, ".eml", data)
    loaded = parsed_or_refused(lambda: read_path(path), path.name)
    if loaded is not None:
        assert len(loaded.approaches) == 1


@fuzz
@given(data=fz.emails())
def test_web_eml_upload(data: bytes) -> None:
    # The web intake parses an uploaded .eml itself (web/intake.approach_from_eml); the core's
    # part of it is approach_from_email, which must take any message the parser returns.
    from email import policy
    from email.message import EmailMessage
    from email.parser import BytesParser

    message = BytesParser(policy=policy.default).parsebytes(data)
    assert isinstance(message, EmailMessage)
    parsed_or_refused(lambda: approach_from_email(message, "upload.eml"), "upload.eml")


@fuzz
@given(html=fz.html_documents)
def test_html_to_text_never_raises(html: str) -> None:
    assert isinstance(html_to_text(html), str)


@fuzz
@given(files=fz.export_files())
def test_linkedin_export_folders(folder: Path, files: dict[str, bytes]) -> None:
    root = folder / f"export-{next(_counter)}"
    root.mkdir()
    for name, data in files.items():
        (root / name).write_bytes(data)
    export = parsed_or_refused(lambda: read_export(root), root.name)
    if export is not None:
        _check_export(export)


@fuzz
@given(data=fz.export_zips())
def test_linkedin_export_zips(folder: Path, data: bytes) -> None:
    path = write(folder, ".zip", data)
    export = parsed_or_refused(lambda: read_export(path), path.name)
    if export is not None:
        _check_export(export)


@fuzz
@given(data=st.one_of(st.binary(max_size=300), fz.export_zips()))
def test_any_zip_through_check(folder: Path, data: bytes) -> None:
    # `counterlink check x.zip`: a zip that is no export is read as JSON and refused as such.
    path = write(folder, ".zip", data)
    parsed_or_refused(lambda: read_input(str(path)), path.name)


@fuzz
@given(data=st.one_of(st.binary(max_size=300), fz.export_zips()))
def test_safe_zip_reads_any_member_or_refuses(folder: Path, data: bytes) -> None:
    path = write(folder, ".zip", data)

    def read_all() -> list[bytes]:
        with SafeZip(path) as archive:
            return [archive.read(name) for name in archive.names]

    parsed_or_refused(read_all, path.name)


def _check_export(export: LinkedInExport) -> None:
    assert all(isinstance(a, Approach) for a in export.approaches)
    for problem in export.problems:
        assert problem.file and problem.message, problem


report_fields = st.fixed_dictionaries(
    {},
    optional={
        name: fz.cells
        for name in (
            "persona_name", "profile_url", "employer", "connections", "followers", "emails",
            "websites", "handles", "verified_identity", "channel", "received_on", "sector",
            "sector_other", "role", "member_since",
        )
    } | {"messages": fz.texts, "account": fz.texts},
)  # fmt: skip


@fuzz
@given(values=report_fields)
def test_web_report_form(values: dict[str, str]) -> None:
    # The report form's fields → approach/1, or InvalidInput naming the field (the page shows
    # it beside the form); web/pages_report.py calls exactly this.
    try:
        fields = ReportFields(**values)
    except ValidationError:
        return  # a field over its length: FastAPI answers 422 before the page is reached
    try:
        approach = build_approach(fields)
    except InvalidInput as exc:
        assert exc.field or exc.message
        return
    assert isinstance(approach, Approach)


@fuzz
@given(raw=st.one_of(st.text(), fz.approach_documents().map(lambda b: b.decode("latin-1"))))
def test_web_carried_approach(raw: str) -> None:
    # What a scan page sends back in its checkboxes, tampered with.
    parsed_or_refused(lambda: carried_approach(raw, 1), "chosen approach 1")
