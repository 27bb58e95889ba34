"""The reporter's account (Approach.account): read by the tactics and requests detectors in the
first and third person, alone or with messages, and by no detector as something the persona sent.
"""

from __future__ import annotations

import dataclasses

import pytest

from counterlink.assess import Assessor
from counterlink.schema import APPROACH_SCHEMA, Approach, resolve_field, text_fields
from counterlink.signals.base import PatternRule
from counterlink.signals.registry import default_registry
from counterlink.signals.requests import ACCOUNT_REQUEST_RULES, RequestsDetector
from counterlink.signals.tactics import ACCOUNT_RULES, TacticsDetector
from tests.signals.evidence_checks import assert_evidence_points_into_text, codes

TACTICS = TacticsDetector()
REQUESTS = RequestsDetector()


def told(account: str, *messages: str, **fields: object) -> Approach:
    return Approach.model_validate(
        {
            "schema": APPROACH_SCHEMA,
            "messages": [{"sender": "persona", "text": m} for m in messages],
            "account": account,
            **fields,
        }
    )


def found(item: Approach) -> set[str]:
    findings = TACTICS.detect(item) + REQUESTS.detect(item)
    assert_evidence_points_into_text(item, findings)
    return codes(findings)


# Reports as people write them (after the published cases: MI5 2025, NPSA, the Yeo case).
ACCOUNTS: dict[str, list[str]] = {
    "message.travel_invitation": [
        "I was contacted on LinkedIn by someone who offered to fly me to Shanghai to meet his "
        "client.",
        "She said her firm would pay for my flights and hotel if I came to speak in Beijing.",
        "They offered me an all-expenses-paid trip for an interview at their partner in Shenzhen.",
        "He promised that my travel costs would be covered by the client.",
    ],
    "message.paid_insight": [
        "He asked me to write reports for his clients in exchange for money.",
        "He offered to pay me for short papers on what my department was planning.",
        "I was offered money for regular updates on the committee's thinking.",
        "She offered me $2,000 for a short report on our energy policy.",
    ],
    "message.unnamed_client": [
        "He never said who the client was, only that it was a think tank in Asia.",
        "He wouldn't tell me which company he was recruiting for.",
        "The headhunter said his client in Hong Kong wanted to remain anonymous.",
    ],
    "message.secrecy": [
        "He told me not to tell my employer about it.",
        "She asked me to keep our conversations confidential.",
        "He said I shouldn't mention the payments to my manager.",
    ],
    "message.off_platform": [
        "After two messages she wanted me to move the chat to WhatsApp.",
        "He kept asking to continue by email on his gmail account.",
        "They asked for my personal mobile number.",
    ],
    "message.unsolicited_opportunity": [
        "A recruiter I had never heard of messaged me out of the blue.",
        "I was approached on LinkedIn by a consultant from a firm in Singapore.",
    ],
    "message.question_list": ["He then sent me a long list of questions about the programme."],
    "message.request_cv": ["She asked for my CV and my work history."],
    "message.request_colleagues": [
        "She asked me for the names of my colleagues on the project.",
        "He wanted to know who else was on my team.",
    ],
    "message.request_projects": [
        "He kept asking what I was working on at the lab.",
        "They wanted details of my current projects.",
    ],
    "message.request_clearance": ["He asked which clearance I hold."],
    "message.sensitive_government": ["He asked me for the ministry's internal briefing notes."],
}


@pytest.mark.parametrize(
    ("code", "text"), [(code, text) for code, texts in ACCOUNTS.items() for text in texts]
)
def test_an_account_alone_shows_its_tactics(code: str, text: str) -> None:
    assert code in found(told(text)), text


# What a reporter writes about a genuine contact, or about their own part.
PLAIN = [
    "A recruiter from Hays sent me a role at Arm in Cambridge, salary £85-95k, with a call next "
    "week. I sent him my CV.",
    "I met her at the conference in Berlin and we talked about my poster.",
    "He invited me to give a keynote; I asked whether they cover travel and he said no.",
    "I told my manager straight away and reported it to the security team.",
]


@pytest.mark.parametrize("text", PLAIN)
def test_a_plain_account_raises_no_serious_tactic(text: str) -> None:
    serious = {
        "message.paid_insight",
        "message.travel_invitation",
        "message.secrecy",
        "message.irregular_payment",
        "message.unnamed_client",
        "message.request_colleagues",
        "message.sensitive_government",
    }
    assert not found(told(text)) & serious, text


def test_every_detector_runs_on_an_account_with_no_messages() -> None:
    item = told(
        "He offered to fly me to Beijing, all expenses paid, and asked for the names of my "
        "colleagues. Add him on WeChat: grace_liu88.",
        persona={"name": "Grace Liu", "headline": "Headhunter"},
    )
    for detector in default_registry():
        for finding in detector.detect(item):  # none may assume messages[0]
            for ev in finding.evidence:
                assert resolve_field(item, ev.field) is not None or ev.field.startswith("persona")
    assessment = Assessor().assess(item)
    assert {"message.travel_invitation", "message.request_colleagues"} <= codes(assessment.findings)


def test_the_account_is_a_text_field_and_annotations_stand_in_for_it() -> None:
    item = told("He asked me to keep it quiet.")
    assert ("account", "He asked me to keep it quiet.") in list(text_fields(item))
    older = Approach.model_validate(
        {
            "schema": APPROACH_SCHEMA,
            "messages": [],
            "annotations": {"account": "She told me not to tell my boss."},
        }
    )
    assert list(text_fields(older)) == [("annotations.account", "She told me not to tell my boss.")]
    (secrecy,) = [f for f in TACTICS.detect(older) if f.code == "message.secrecy"]
    assert secrecy.evidence[0].field == "annotations.account"
    assert resolve_field(older, "annotations.account") == "She told me not to tell my boss."
    both = told("He said nothing odd.", annotations={"account": "She told me not to tell my boss."})
    assert "message.secrecy" not in codes(TACTICS.detect(both))  # the account field wins


def test_account_phrasings_are_read_only_in_the_account() -> None:
    # The persona writing "he told me not to tell" is not asking the target for secrecy.
    item = Approach.model_validate(
        {
            "schema": APPROACH_SCHEMA,
            "messages": [{"sender": "persona", "text": "He told me not to tell my employer."}],
        }
    )
    assert "message.secrecy" not in codes(TACTICS.detect(item))


def test_an_account_and_messages_cite_both_in_order() -> None:
    item = told(
        "He also told me not to tell my employer.",
        "Please keep this between us.",
    )
    (secrecy,) = [f for f in TACTICS.detect(item) if f.code == "message.secrecy"]
    assert [ev.field for ev in secrecy.evidence] == ["messages[0].text", "account"]


ALL_TEXTS = [t for texts in ACCOUNTS.values() for t in texts] + PLAIN


@pytest.mark.parametrize("rule", ACCOUNT_RULES + ACCOUNT_REQUEST_RULES, ids=lambda r: r.code)
def test_account_keyword_prefilters_never_hide_a_match(rule: PatternRule) -> None:
    ungated = dataclasses.replace(rule, keywords=(), also_keywords=())
    for text in ALL_TEXTS:
        assert rule.find([("t", text)]) == ungated.find([("t", text)]), text


@pytest.mark.parametrize("rule", ACCOUNT_RULES + ACCOUNT_REQUEST_RULES, ids=lambda r: r.code)
def test_account_fast_matching_agrees_with_the_regex(rule: PatternRule) -> None:
    if rule._fast is None:
        return
    for text in ALL_TEXTS + [t.upper() for t in ALL_TEXTS]:
        plain = [m.span() for m in rule._regex.finditer(text)]
        assert [m.span() for m in rule._fast.regex.finditer(text.lower())] == plain, text
