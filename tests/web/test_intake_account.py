"""The report form's "What happened, in your own words" box: it fills Approach.account, which is
assessed with the pasted messages, or alone when the reporter kept none."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi import FastAPI

from counterlink.assess import Assessor
from counterlink.errors import InvalidInput
from counterlink.schema import Approach
from counterlink.store.tables import Report
from counterlink.web.intake import ReportFields, build_approach
from tests.web.conftest import SignedIn
from tests.web.test_intake import FORM, count, post_report, report_at

SignIn = Callable[[str], SignedIn]

ACCOUNT = (
    "I was contacted on LinkedIn by someone who said he was a headhunter for a client in Asia. "
    "He offered to pay me for short reports on our ministry's policy work and said his client "
    "would fly me to Shanghai to meet them, all expenses paid. He told me not to tell my "
    "employer and kept asking to move to WhatsApp."
)


def test_the_form_has_the_box_labelled_and_described(signed_in: SignIn) -> None:
    page = signed_in("rita").get("/reports/new")
    assert page.status_code == 200
    assert '<label for="account">What happened, in your own words</label>' in page.text
    assert '<textarea id="account" name="account"' in page.text
    assert 'aria-describedby="account-help"' in page.text and 'id="account-help"' in page.text


def test_an_account_alone_is_a_report_and_is_assessed(app: FastAPI, signed_in: SignIn) -> None:
    response = post_report(signed_in("rita"), "", account=ACCOUNT)
    assert response.status_code == 303
    report = report_at(app, response.headers["location"])
    stored = Approach.model_validate(report.approach)
    assert stored.messages == [] and stored.account == ACCOUNT
    codes = {f["code"] for f in report.assessment["findings"]}
    assert {
        "message.travel_invitation",
        "message.paid_insight",
        "message.secrecy",
        "message.off_platform",
        "message.unnamed_client",
    } <= codes
    cited = {ev["field"] for f in report.assessment["findings"] for ev in f["evidence"]}
    assert "account" in cited
    assert report.level in ("medium", "high")


def test_an_account_is_assessed_with_the_messages(app: FastAPI, signed_in: SignIn) -> None:
    text = "Hello, I have an opportunity for you. Are you free for a call?"
    response = post_report(signed_in("rita"), text, account=ACCOUNT)
    report = report_at(app, response.headers["location"])
    stored = Approach.model_validate(report.approach)
    assert [m.text for m in stored.messages] == [text] and stored.account == ACCOUNT
    alone = Assessor().assess(Approach.model_validate({**stored.to_json_dict(), "account": None}))
    assert report.score > alone.score


def test_an_empty_form_asks_for_messages_or_an_account(app: FastAPI, signed_in: SignIn) -> None:
    response = post_report(signed_in("rita"), "  ", account="   ")
    assert response.status_code == 422
    assert "in your own words" in response.text
    assert count(app, Report) == 0


def test_the_account_is_kept_when_the_form_comes_back(signed_in: SignIn) -> None:
    response = post_report(signed_in("rita"), "", account="He <b>asked</b> for my CV", sector="x")
    assert response.status_code == 422
    assert "He &lt;b&gt;asked&lt;/b&gt; for my CV</textarea>" in response.text


def test_build_approach_outside_the_web_app() -> None:
    built = build_approach(ReportFields(**{**FORM, "messages": "", "account": f"  {ACCOUNT} "}))
    assert built.account == ACCOUNT and built.messages == []
    assert built.channel == "linkedin" and built.source == "web report"
    assert built.persona is not None and built.persona.name == FORM["persona_name"]
    with pytest.raises(InvalidInput):
        build_approach(ReportFields(**{**FORM, "messages": "", "account": ""}))
