"""Inputs that once crashed a front end instead of being refused (issue #14), end to end:
the real `counterlink` process, and the real web app over HTTP on a real database."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from counterlink.schema import APPROACH_SCHEMA, Approach
from tests.web.conftest import SignedIn
from tests.web.test_intake import post_report

BAD_URL = "https://[x"
# 100,000 open brackets: deeper than any recursive JSON parser goes.
DEEP = "[" * 100_000


def counterlink(
    *args: str, cwd: Path, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    code = "import sys; from counterlink.cli import main; sys.argv[0] = 'counterlink'; main()"
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        input=stdin,
        timeout=120,
    )


def nested(depth: int) -> str:
    """An approach that is valid but for one extra field nested ``depth`` lists deep."""
    return (
        f'{{"schema": "{APPROACH_SCHEMA}", "messages": [{{"sender": "persona", "text": "hi"}}], '
        f'"x": {"[" * depth}{"]" * depth}}}'
    )


# --- a malformed URL ---------------------------------------------------------------------------


def test_cli_check_reads_a_malformed_url_in_every_url_field(tmp_path: Path) -> None:
    record = {
        "schema": APPROACH_SCHEMA,
        "persona": {"url": BAD_URL, "contacts": {"websites": [BAD_URL, "http://[::1"]}},
        "messages": [{"sender": "persona", "text": f"See {BAD_URL} and www.[x.com for the role"}],
    }
    (tmp_path / "a.json").write_text(json.dumps(record))
    result = counterlink("check", "a.json", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["level"] in ("low", "medium", "high")


@pytest.mark.parametrize("field", ["profile_url", "websites", "emails", "handles", "messages"])
def test_web_report_form_takes_a_malformed_url(
    signed_in: Callable[[str], SignedIn], field: str
) -> None:
    value = {"handles": f"Site: {BAD_URL}", "messages": f"Visit {BAD_URL} now"}.get(field, BAD_URL)
    response = post_report(signed_in("rita"), **{field: value})
    assert response.status_code == 303, response.text
    # The report is kept, and its case page shows it to the analyst.
    assert signed_in("ann").get(response.headers["location"]).status_code == 200


def test_api_takes_a_malformed_url(client: TestClient, token_for: Callable[[str], str]) -> None:
    body = {
        "schema": APPROACH_SCHEMA,
        "persona": {"url": BAD_URL, "contacts": {"websites": [BAD_URL]}},
        "messages": [{"sender": "persona", "text": f"Visit {BAD_URL}"}],
    }
    headers = {"Authorization": f"Bearer {token_for('rita')}"}
    assert client.post("/api/v1/reports", json=body, headers=headers).status_code == 201


# --- JSON nested too deeply --------------------------------------------------------------------


@pytest.mark.parametrize("text", [DEEP, nested(5_000)], ids=["brackets", "field"])
def test_cli_check_refuses_deep_json_naming_the_file(tmp_path: Path, text: str) -> None:
    (tmp_path / "deep.json").write_text(text)
    result = counterlink("check", "deep.json", cwd=tmp_path)
    # 2 is bad input; 1 would read as "--fail-on was met".
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("error: deep.json"), result.stderr
    assert "nested" in result.stderr and "Traceback" not in result.stderr


def test_cli_check_refuses_deep_json_on_stdin(tmp_path: Path) -> None:
    result = counterlink("check", "-", cwd=tmp_path, stdin=DEEP)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("error: <stdin>: JSON nested too deeply"), result.stderr


def test_cli_check_refuses_deep_json_lines(tmp_path: Path) -> None:
    ok = nested(1)
    (tmp_path / "deep.jsonl").write_text(f"{ok}\n{DEEP}\n")
    result = counterlink("check", "deep.jsonl", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("error: deep.jsonl:2"), result.stderr


@pytest.mark.parametrize("depth", [300, 900, 100_000])
def test_api_refuses_deep_json_with_a_4xx(
    client: TestClient, token_for: Callable[[str], str], depth: int
) -> None:
    response = client.post(
        "/api/v1/reports",
        content=nested(depth),
        headers={
            "Authorization": f"Bearer {token_for('rita')}",
            "Content-Type": "application/json",
        },
    )
    assert 400 <= response.status_code < 500, response.text


@pytest.mark.parametrize("depth", [300, 100_000])
def test_scan_report_refuses_a_deep_carried_approach(
    signed_in: Callable[[str], SignedIn], depth: int
) -> None:
    rita = signed_in("rita")
    data = {"approach": nested(depth), "csrf_token": rita.csrf}
    response = rita.post("/scan/report", data=data, follow_redirects=False)
    assert response.status_code == 422
    assert "nested" in response.text


# --- a LinkedIn export whose messages.csv lacks a column ---------------------------------------

NO_CONTENT = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,FOLDER\n"
    "c1,t,Ann Lee,https://www.linkedin.com/in/ann,Ada Quinn,2024-01-01 10:00:00 UTC,s,INBOX\n"
)


def no_content_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("messages.csv", NO_CONTENT)
    return path


@pytest.mark.parametrize("command", ["check", "scan"])
def test_cli_names_the_zip_and_the_member_missing_a_column(tmp_path: Path, command: str) -> None:
    no_content_zip(tmp_path / "export.zip")
    result = counterlink(command, "export.zip", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("error: export.zip/messages.csv:1:"), result.stderr
    assert "CONTENT" in result.stderr


def test_web_scan_names_the_member_missing_a_column(
    signed_in: Callable[[str], SignedIn], tmp_path: Path
) -> None:
    rita = signed_in("rita")
    data: Any = no_content_zip(tmp_path / "export.zip").read_bytes()
    response = rita.post(
        "/scan",
        data={"csrf_token": rita.csrf},
        files={"export": ("my-export.zip", data, "application/zip")},
    )
    assert response.status_code == 422
    assert "my-export.zip/messages.csv:1:" in response.text
    assert "counterlink-scan-" not in response.text  # not the temporary copy's name


# --- a report id no database column can hold (found by schemathesis) ---------------------------


@pytest.mark.parametrize("number", ["9223372036854775808", "-9223372036854775809", "2147483648"])
@pytest.mark.parametrize("method", ["GET", "PATCH"])
def test_api_an_impossible_report_id_is_404(
    client: TestClient, token_for: Callable[[str], str], number: str, method: str
) -> None:
    response = client.request(
        method,
        f"/api/v1/reports/{number}",
        json={} if method == "PATCH" else None,
        headers={"Authorization": f"Bearer {token_for('ann')}"},
    )
    assert response.status_code == 404, response.text


def test_case_page_of_an_impossible_report_id_is_404(
    signed_in: Callable[[str], SignedIn],
) -> None:
    assert signed_in("ann").get("/reports/99999999999999999999").status_code == 404


def test_api_an_offset_past_any_report_is_an_empty_page(
    client: TestClient, token_for: Callable[[str], str]
) -> None:
    response = client.get(
        "/api/v1/reports",
        params={"offset": "9223372036854775808"},
        headers={"Authorization": f"Bearer {token_for('ann')}"},
    )
    assert response.status_code == 200, response.text
    assert response.json()["items"] == []


# --- an e-mail whose address header the stdlib cannot parse (found by hypothesis) --------------


@pytest.mark.parametrize("sender", ["Ann Lee <ann@[x>", "<@"])
def test_web_report_takes_an_eml_with_a_malformed_from(
    signed_in: Callable[[str], SignedIn], sender: str
) -> None:
    eml = (
        f"From: {sender}\r\nTo: <\r\nMessage-ID: <\r\nSubject: Paid reports\r\n\r\n"
        "I can pay 5,000 USD per report.\r\n"
    ).encode()
    response = post_report(signed_in("rita"), text="", files=[("offer.eml", eml)])
    assert response.status_code == 303, response.text


def test_web_scan_refuses_a_zip_of_an_unsupported_version(
    signed_in: Callable[[str], SignedIn], tmp_path: Path
) -> None:
    from tests.ingest.test_archive import zip_of_a_newer_version

    rita = signed_in("rita")
    data = zip_of_a_newer_version(tmp_path / "export.zip").read_bytes()
    response = rita.post(
        "/scan",
        data={"csrf_token": rita.csrf},
        files={"export": ("my-export.zip", data, "application/zip")},
    )
    assert response.status_code == 422
    assert "my-export.zip" in response.text


@pytest.mark.parametrize("url", [BAD_URL, "http://[::1", "linkedin.com:99999999/in/ann"])
def test_campaign_indicators_take_a_malformed_profile_url(url: str) -> None:
    # The case page and the campaigns page compute indicators of every report: one report with
    # such a URL gave both a 500 (found by extending the web-form regression above).
    from counterlink.campaigns.indicators import extract, profile_slug

    assert profile_slug(url) in (None, "ann")  # a bad port is dropped, as canonical_url does
    approach = Approach.model_validate(
        {"schema": APPROACH_SCHEMA, "persona": {"url": url}, "messages": []}
    )
    extract(approach, 0)


def test_a_linkedin_profile_slug_is_still_read() -> None:
    from counterlink.campaigns.indicators import profile_slug

    assert profile_slug("https://www.LinkedIn.com/in/Ann-Lee-1a2b/") == "ann-lee-1a2b"
    assert profile_slug("linkedin.com/pub/ann") == "ann"
    assert profile_slug("https://example.com/in/ann") is None
