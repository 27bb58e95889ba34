"""Contact extraction (phones, e-mails, URLs, messaging handles) and the contacts detector."""

from __future__ import annotations

import pytest

from counterlink.signals.contacts import (
    Contact,
    ContactsDetector,
    contacts_in_text,
    extract_contacts,
    parse_phone,
)
from tests.signals.evidence_checks import (
    approach,
    assert_evidence_points_into_text,
    assert_stable_and_blind_to_labels,
    by_code,
    cited_text,
    codes,
)


def found(text: str, region: str = "GB") -> list[tuple[str, str]]:
    """(kind, normalised) of every contact in one text, checking each span on the way."""
    contacts = contacts_in_text("messages[0].text", text, region)
    for c in contacts:
        assert text[c.start : c.end] == c.value, c
    return [(c.kind, c.normalised) for c in contacts]


# --- phones ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "e164", "country"),
    [
        ("Call +86 138 0013 8000 any time.", "+8613800138000", "CN"),
        ("My mobile is 07700 900123.", "+447700900123", "GB"),
        ("Ring 00 86 138 0013 8000 from the UK.", "+8613800138000", "CN"),
        ("US office: +1 202 555 0143", "+12025550143", "US"),
        ("Moscow desk +7 495 123-45-67", "+74951234567", "RU"),
        ("London office (020) 7946 0123", "+442079460123", "GB"),
    ],
)
def test_phone_numbers_are_normalised_to_e164_with_their_region(
    text: str, e164: str, country: str
) -> None:
    contacts = contacts_in_text("messages[0].text", text)
    phones = [c for c in contacts if c.kind == "phone"]
    assert [(c.normalised, c.country) for c in phones] == [(e164, country)]
    assert phones[0].domain is None and phones[0].app is None


@pytest.mark.parametrize(
    "text",
    [
        "The meeting is on 2024-05-01 at 10:30.",
        "The budget is 12,000,000 over 3 years.",
        "Reference 1234567 is on the invoice.",
        "Call +44 1234 5 if you can.",
        "Our grant number is EP/12345678/1.",
    ],
)
def test_dates_amounts_and_invalid_numbers_are_not_phones(text: str) -> None:
    assert [k for k, _ in found(text) if k == "phone"] == []


def test_national_numbers_are_read_in_the_default_region() -> None:
    assert found("Call 020 7946 0123") == [("phone", "+442079460123")]
    assert found("Call (202) 555-0143", region="US") == [("phone", "+12025550143")]
    assert parse_phone("07700 900123") == ("+447700900123", "GB")
    assert parse_phone("not a number") is None


# --- handles --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("my WeChat ID is abc_123", "wechat:abc_123"),
        ("WeChat: abc", "wechat:abc"),
        ("Weixin: Grace_Liu88", "wechat:grace_liu88"),
        ("add me on Telegram @abc_def", "telegram:abc_def"),
        ("QQ 12345678", "qq:12345678"),
        ("QQ号: 87654321", "qq:87654321"),
        ("t.me/abc_def", "telegram:abc_def"),
        ("https://telegram.me/Grace_L", "telegram:grace_l"),
        ("微信号：abc123", "wechat:abc123"),
        ("加我微信abc_123谢谢", "wechat:abc_123"),
        ("我的微信是 grace88", "wechat:grace88"),
        ("Signal: @grace.01", "signal:grace.01"),
        ("LINE ID: grace.l", "line:grace.l"),
        ("https://chat.whatsapp.com/AbCdEfGhIjK1", "whatsapp:AbCdEfGhIjK1"),
        ("u.wechat.com/AbCd123", "wechat:AbCd123"),
        ("Could we switch to Telegram? @nat_brooks. LinkedIn is read by HR", "telegram:nat_brooks"),
    ],
)
def test_messaging_handles(text: str, normalised: str) -> None:
    handles = [n for k, n in found(text) if k == "handle"]
    assert handles == [normalised]


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("wa.me/447700900123", "whatsapp:+447700900123"),
        ("https://api.whatsapp.com/send?phone=8613800138000", "whatsapp:+8613800138000"),
        ("WhatsApp me on +44 7700 900123", "whatsapp:+447700900123"),
        ("Add me on WhatsApp: 07700 900123.", "whatsapp:+447700900123"),
        ("Signal: +86 138 0013 8000", "signal:+8613800138000"),
        ("My Signal is +45 20 41 88 93.", "signal:+4520418893"),
    ],
)
def test_a_handle_that_is_a_phone_number_is_also_that_phone(text: str, handle: str) -> None:
    result = found(text)
    assert ("handle", handle) in result
    assert ("phone", handle.split(":", 1)[1]) in result


@pytest.mark.parametrize(
    "text",
    [
        "add me on WeChat so we can talk",
        "WhatsApp is easier for me",
        "We chat regularly about the project.",
        "This is a strong signal that the line is busy. Bottom line: we pay well.",
        "I am online most days; the deadline is Friday.",
        "my WeChat ID is below",
        "Telegram: please ask",
        "Our support line is 020 7946 0000.",
        "方便加个微信吗？",
    ],
)
def test_prose_that_names_an_app_is_not_a_handle(text: str) -> None:
    assert [k for k, _ in found(text) if k == "handle"] == []


# --- e-mail and URLs ------------------------------------------------------------------------


def test_emails_are_lower_cased_with_their_domain() -> None:
    contacts = contacts_in_text("m", "Email John.Smith@Acme-Advisory.com or grace.liu@gmail.com.")
    assert [(c.kind, c.normalised, c.domain) for c in contacts] == [
        ("email", "john.smith@acme-advisory.com", "acme-advisory.com"),
        ("email", "grace.liu@gmail.com", "gmail.com"),
    ]


def test_urls_are_canonical_and_the_domain_of_an_email_is_not_a_url() -> None:
    text = (
        "See https://www.Acme.com/jobs/?id=3#top, bit.ly/3xYz and acme-partners.co.uk/about. "
        "Profile: linkedin.com/in/grace-liu/ — or write to grace@acme.com"
    )
    assert found(text) == [
        ("url", "https://acme.com/jobs?id=3"),
        ("url", "https://bit.ly/3xYz"),
        ("url", "https://acme-partners.co.uk/about"),
        ("url", "https://linkedin.com/in/grace-liu"),
        ("email", "grace@acme.com"),
    ]


def test_a_url_keeps_its_own_brackets_but_not_the_sentences() -> None:
    assert found("(see https://en.wikipedia.org/wiki/Foo_(bar)).") == [
        ("url", "https://en.wikipedia.org/wiki/Foo_(bar)")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "We use Node.js and ASP.NET, e.g. in the U.S. office at 9 a.m.",
        "Please read report.pdf and version 3.5.1 of the spec.",
        "I studied at St.Andrews.",
    ],
)
def test_prose_with_dots_is_not_a_url(text: str) -> None:
    assert found(text) == []


def test_reserved_example_domains_are_urls() -> None:
    # RFC 2606 names are what fixtures and synthetic data use for websites.
    assert found("Job page: quanterra.example/careers.") == [
        ("url", "https://quanterra.example/careers")
    ]


def test_chinese_text_without_spaces() -> None:
    assert found("访问www.acme.cn了解更多，邮箱abc@163.com") == [
        ("url", "https://acme.cn"),
        ("email", "abc@163.com"),
    ]


# --- what is read ---------------------------------------------------------------------------


def test_reads_persona_messages_and_profile_texts_never_the_target() -> None:
    item = approach(
        [
            ("target", "My number is 07700 900999 and I'm sam@qubitlabs.co.uk, WeChat: sam_q"),
            ("persona", "Add me on WeChat: grace_88"),
        ],
        persona={
            "name": "Grace (WeChat: not_read)",
            "headline": "Partner | t.me/grace_partner",
            "about": "Write to grace@global-talent.com",
            "location": "Shanghai 07700 900111",
            "experience": [
                {
                    "title": "Partner",
                    "company": "Booking.com",
                    "description": "See gtc-advisory.com",
                }
            ],
        },
    )
    contacts = extract_contacts(item)
    assert [(c.path, c.normalised) for c in contacts] == [
        ("persona.headline", "telegram:grace_partner"),
        ("persona.about", "grace@global-talent.com"),
        ("persona.experience[0].description", "https://gtc-advisory.com"),
        ("messages[1].text", "wechat:grace_88"),
    ]


def test_structured_contacts_are_cited_whole() -> None:
    item = approach(
        [],
        persona={
            "contacts": {
                "emails": ["Grace.Liu@Gmail.com", "not an address"],
                "phones": ["+86 138 0013 8000", "12"],
                "websites": ["www.gtc-advisory.com/", "wa.me/447700900123"],
                "handles": {"WeChat": "@Grace_Liu", "twitter": "@gl"},
            }
        },
    )
    contacts = extract_contacts(item)
    assert [(c.path, c.kind, c.normalised, c.app) for c in contacts] == [
        ("persona.contacts.emails[0]", "email", "grace.liu@gmail.com", None),
        ("persona.contacts.phones[0]", "phone", "+8613800138000", None),
        ("persona.contacts.websites[0]", "url", "https://gtc-advisory.com", None),
        ("persona.contacts.websites[1]", "handle", "whatsapp:+447700900123", "whatsapp"),
        ("persona.contacts.handles.WeChat", "handle", "wechat:grace_liu", "wechat"),
        ("persona.contacts.handles.twitter", "handle", "twitter:gl", "twitter"),
    ]
    for c in contacts:
        assert (c.start, c.end) == (0, len(c.value))
        assert cited_text(item, c.path) == c.value
    assert contacts[1].country == "CN"


def test_contacts_are_frozen_and_ordered_by_position() -> None:
    contacts = contacts_in_text("m", "grace@acme.com then +44 7700 900123 then WeChat: g_l")
    assert [c.kind for c in contacts] == ["email", "phone", "handle"]
    assert [c.start for c in contacts] == sorted(c.start for c in contacts)
    with pytest.raises(AttributeError):
        contacts[0].value = "x"  # type: ignore[misc]
    assert isinstance(contacts[0], Contact)


# --- the detector ---------------------------------------------------------------------------

LOUD = approach(
    [
        ("persona", "Dear Dr Moreton, I follow your work on trapped-ion qubits."),
        ("target", "Thanks. My office line is 020 7946 0999, or sam@qubitlabs.co.uk."),
        (
            "persona",
            "Add me on WhatsApp +86 138 0013 8000 or WeChat ID: grace_liu88. "
            "Details at bit.ly/gtc-offer and www.gtc-advisory.com/brief",
        ),
        ("persona", "Or mail me: grace.liu88@163.com / grace@gtc-advisory.com, or t.me/grace_l"),
    ],
    persona={"name": "Grace Liu", "contacts": {"handles": {"wechat": "grace_liu88"}}},
)


def test_one_finding_per_code_with_every_occurrence() -> None:
    findings = ContactsDetector().detect(LOUD)
    assert [f.code for f in findings] == [
        "contact.messaging_handle",
        "contact.phone",
        "contact.personal_email",
        "contact.email",
        "contact.link",
        "contact.link_shortener",
    ]
    handles = by_code(findings, "contact.messaging_handle")
    assert [ev.excerpt for ev in handles.evidence] == [
        "WhatsApp +86 138 0013 8000",
        "WeChat ID: grace_liu88",
        "t.me/grace_l",
        "grace_liu88",
    ]
    assert handles.evidence[-1].field == "persona.contacts.handles.wechat"
    assert handles.attack == "T1566.003" and handles.category == "contact"
    assert any("NPSA" in g for g in handles.guidance) and any("MI5" in g for g in handles.guidance)
    phone = by_code(findings, "contact.phone")
    assert "+8613800138000" in phone.title and "CN" in phone.title
    assert [ev.field for ev in phone.evidence] == ["messages[2].text"]
    assert "grace.liu88@163.com" in by_code(findings, "contact.personal_email").title
    assert by_code(findings, "contact.email").evidence[0].excerpt == "grace@gtc-advisory.com"
    assert by_code(findings, "contact.link").evidence[0].excerpt == "www.gtc-advisory.com/brief"
    assert by_code(findings, "contact.link_shortener").evidence[0].excerpt == "bit.ly/gtc-offer"
    assert_evidence_points_into_text(LOUD, findings)


def test_the_target_side_is_never_read() -> None:
    item = approach(
        [("target", "Call me on 07700 900123 or WhatsApp, sam@gmail.com, bit.ly/x1, t.me/sam_q")]
    )
    assert ContactsDetector().detect(item) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam, thanks for the talk yesterday; the slides are on the conference site.",
        "Happy to connect. My profile is at linkedin.com/in/sam-reed and I'm on LinkedIn daily.",
        "I'm a recruiter at Hays: we have three quantum engineering roles open in Oxford.",
    ],
)
def test_ordinary_messages_raise_nothing(text: str) -> None:
    assert ContactsDetector().detect(approach([("persona", text)])) == []


def test_a_colleagues_work_email_is_not_a_personal_email() -> None:
    item = approach([("persona", "Send the draft to j.smith@qubitlabs.co.uk when ready.")])
    findings = ContactsDetector().detect(item)
    assert codes(findings) == {"contact.email"}


@pytest.mark.parametrize(
    "address",
    ["a.b@gmail.com", "x@outlook.com", "x@hotmail.co.uk", "x@yahoo.fr", "12345@qq.com",
     "x@163.com", "x@126.com", "x@protonmail.com", "x@mail.ru", "x@yandex.ru"],
)  # fmt: skip
def test_free_webmail_is_a_personal_email(address: str) -> None:
    findings = ContactsDetector().detect(approach([("persona", f"Write to {address}")]))
    assert codes(findings) == {"contact.personal_email"}


def test_a_shortener_is_not_also_a_plain_link() -> None:
    findings = ContactsDetector().detect(approach([("persona", "Brief: https://bit.ly/3xYz")]))
    assert codes(findings) == {"contact.link_shortener"}


def test_invalid_region_fails_when_run() -> None:
    detector = ContactsDetector(default_region="Narnia")  # stored as given
    assert detector.default_region == "Narnia"
    with pytest.raises(ValueError, match="default_region"):
        detector.detect(LOUD)


def test_deterministic_and_blind_to_labels() -> None:
    assert_stable_and_blind_to_labels(ContactsDetector(), LOUD)
    assert extract_contacts(LOUD) == extract_contacts(LOUD)


def test_a_malformed_website_is_no_site_and_no_crash() -> None:
    from counterlink.signals.contacts import canonical_url
    from counterlink.signals.reassurance import ReassuranceDetector

    assert canonical_url("http://[abc") is None
    item = approach([], persona={"contacts": {"websites": ["http://[abc"]}})
    assert ContactsDetector().detect(item) == []
    assert ReassuranceDetector().detect(item) == []
