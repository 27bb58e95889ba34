"""Link classes found by the held-out hand-made set's first run (data/campaigns-heldout/): a
firm named only in a headline or a message, a word of a firm's name in brackets, a firm in
Latin and Han script, a handle in brackets or before its app, an address written "(at)
(dot)", a website and an e-mail address of one domain, one number with and without its
country code, a booking page on a shared platform, a long template with its sentences moved;
and the generic values they must not turn into links (a big employer's careers subdomain, a
big firm's division)."""

from __future__ import annotations

from typing import Any

from counterlink.campaigns import find_campaigns
from counterlink.campaigns.background import shipped
from counterlink.campaigns.indicators import extract, firm_names
from counterlink.schema import APPROACH_SCHEMA, Approach
from tests.campaigns.helpers import make

NAMES = ["Amy Moss", "Ben Nash", "Cara Ortiz", "Dev Page", "Eli Quinn", "Fay Reyes"]


def campaigns_of(approaches: list[Approach]) -> list[set[str]]:
    return [set(c.members) for c in find_campaigns(approaches).campaigns]


def keys(approach: Approach) -> set[tuple[str, str]]:
    return set(extract(approach, 0).keys)


def persona(id: str, name: str, text: str, **fields: Any) -> Approach:
    return Approach.model_validate(
        {
            "schema": APPROACH_SCHEMA,
            "id": id,
            "persona": {"name": name, **fields},
            "messages": [{"sender": "persona", "text": text}],
        }
    )


def test_a_firm_named_only_in_the_headline_or_a_message_is_the_firm() -> None:
    headline = persona(
        "a", NAMES[0], "Hello.", headline="Research Analyst at HALCYON CREST ADVISORY"
    )
    text = persona("b", NAMES[1], "Hi, I work with Halcyon Crest Advisory LLP on a project.")
    job = make("c", name=NAMES[2], company="Halcyon Crest Advisory Pte. Ltd.")
    assert ("firm", "halcyoncrestadvisory") in keys(headline) & keys(text) & keys(job)
    assert campaigns_of([headline, text, job]) == [{"a", "b", "c"}]
    # An ordinary sentence names no firm: capitalised words need a legal form.
    plain = persona("d", NAMES[3], "I Work With Many Clients In London and Paris.")
    assert not any(kind == "firm" for kind, _ in keys(plain))


def test_a_bracketed_word_and_a_second_script_still_name_the_firm() -> None:
    assert "halcyon crest advisory" in firm_names("Halcyon Crest (Advisory) Pte Ltd")
    both = firm_names("Halcyon Crest Advisory (Shenzhen) Co., Ltd. 海岚咨询（深圳）有限公司")
    assert "halcyon crest advisory" in both
    assert any(" " in name and name.isascii() and "hai" in name for name in both)  # pinyin


def test_a_handle_in_brackets_or_before_its_app_is_the_handle() -> None:
    texts = [
        "Payment fast, crypto possible. Contact (Signal) @kalina.48",
        "It is easier if you add kalina.48 on Signal, my colleague handles payments.",
        "Signal: Kalina.48",
    ]
    approaches = [persona(f"s{i}", NAMES[i], t) for i, t in enumerate(texts)]
    assert all(("handle", "signal:kalina.48") in keys(a) for a in approaches)
    assert campaigns_of(approaches) == [{"s0", "s1", "s2"}]
    # A person's name before an app is not a handle.
    assert not any(k == "handle" for k, _ in keys(persona("x", NAMES[3], "Add Anna on Signal.")))


def test_an_obfuscated_address_a_website_and_an_address_of_one_domain_link() -> None:
    spelled = persona("o", NAMES[0], "Write to office (at) atlantichorizon-review (dot) org.")
    mailed = make("m", name=NAMES[1], contacts={"emails": ["editor@atlantichorizon-review.org"]})
    site = make(
        "w",
        name=NAMES[2],
        contacts={
            "websites": ["https://www.atlantichorizon-review.org/contributors?src=li"],
            "emails": ["someone.else@gmail.com"],
        },
    )
    assert ("email_domain", "atlantichorizon-review.org") in keys(spelled) & keys(site)
    assert campaigns_of([spelled, mailed, site]) == [{"o", "m", "w"}]


def test_one_number_with_and_without_its_country_code_links() -> None:
    written = [
        "Text or WhatsApp me on 202.555.0147.",
        "My WhatsApp is +1 (202) 555-0147.",
    ]
    approaches = [persona(f"p{i}", NAMES[i], t) for i, t in enumerate(written)]
    approaches.append(make("p2", name=NAMES[2], contacts={"phones": ["(202) 555-0147"]}))
    assert all(("phone_national", "2025550147") in keys(a) for a in approaches)
    assert campaigns_of(approaches) == [{"p0", "p1", "p2"}]
    # A date or an amount is no number.
    assert not any(
        k == "phone_national"
        for k, _ in keys(persona("d", NAMES[3], "On 2025-05-14 we pay USD 6,000."))
    )


def test_a_booking_page_is_its_owner_and_the_platform_is_nobody() -> None:
    pages = [
        "https://calendly.com/harrowstone-talent/30min",
        "calendly.com/harrowstone-talent/intro-call?utm_source=linkedin",
        "https://calendly.com/HarrowStone-Talent",
    ]
    campaign = [
        persona(f"c{i}", NAMES[i], f"Book a slot here: {url}") for i, url in enumerate(pages)
    ]
    decoys = [
        persona(f"d{i}", NAMES[i + 3], f"Pick a time: https://calendly.com/recruiter-{i}/30min")
        for i in range(3)
    ]
    assert campaigns_of(campaign + decoys) == [{"c0", "c1", "c2"}]


def test_a_long_template_with_sentences_moved_is_one_template() -> None:
    sentences = [
        "I hope you are doing well.",
        "I am reaching out about a confidential opening for a {role} in our {team} team.",
        "Your background is exactly what the hiring manager is looking for.",
        "The role is hybrid, with a relocation package and a base salary of around {pay} plus "
        "bonus and share options.",
        "Because the position has not been advertised yet, I can only share the full job "
        "description as a password-protected PDF.",
        "If you are interested, please send me your WhatsApp number or a personal email address "
        "and I will forward the file together with the password and the first-round skills "
        "assessment.",
        "The process is quick and we hope to fill the position within {weeks} weeks.",
        "Looking forward to hearing from you.",
    ]
    fills = [
        ("Principal Systems Engineer", "Air", "£95,000", "three", [0, 1, 2, 3, 4, 5, 6, 7]),
        ("Structures Analyst", "Space & Security", "$150,000", "four", [0, 1, 2, 4, 5, 6, 3, 7]),
        ("Radar Engineer", "Maritime", "£88,000", "two", [1, 0, 2, 4, 3, 5, 7, 6]),
    ]
    approaches = [
        persona(
            f"t{i}",
            NAMES[i],
            " ".join(
                sentences[k].format(role=role, team=team, pay=pay, weeks=weeks) for k in order
            ),
        )
        for i, (role, team, pay, weeks, order) in enumerate(fills)
    ]
    assert campaigns_of(approaches) == [{"t0", "t1", "t2"}]


def test_a_big_employers_subdomains_and_divisions_stay_generic() -> None:
    background = shipped()
    rolls = background.count("website", "rolls-royce.com")
    assert rolls >= background.approaches // 500  # a listed large organisation
    assert background.count("website", "careers.rolls-royce.com") == rolls
    assert background.count("firm", "amazonwebservices") == background.count("firm", "amazon")
    # Only a large firm's name of six letters or more makes another firm its.
    assert background.count("firm", "intelligencepartners") == 0
    recruiters = [
        make(f"r{i}", name=NAMES[i], contacts={"websites": ["https://careers.rolls-royce.com/uk"]})
        for i in range(3)
    ]
    aws = [make(f"a{i}", name=NAMES[i + 3], company="Amazon Web Services") for i in range(3)]
    assert campaigns_of(recruiters + aws) == []


# Found by the third hand-made set's first run (data/campaigns-heldout2/).


def test_a_line_id_labelled_or_in_line_s_capitals_is_the_handle() -> None:
    texts = ["Kind regards, Aiko\nLINE sakura_bridge21", "LINE: sakura_bridge21"]
    approaches = [persona(f"l{i}", NAMES[i], t) for i, t in enumerate(texts)]
    approaches.append(persona("l2", NAMES[2], "Add me: https://line.me/ti/p/~sakura_bridge21"))
    assert all(("handle", "line:sakura_bridge21") in keys(a) for a in approaches)
    assert campaigns_of(approaches) == [{"l0", "l1", "l2"}]
    # A support line is still no LINE id.
    assert not any(k == "handle" for k, _ in keys(persona("x", NAMES[3], "our support line 020")))


def test_an_office_subdomain_is_its_organisations_domain() -> None:
    sub = make("s", name=NAMES[0], contacts={"emails": ["liaison@eu.riverstone-civicnet.org"]})
    top = make("t", name=NAMES[1], contacts={"emails": ["office@riverstone-civicnet.org"]})
    assert campaigns_of([sub, top]) == [{"s", "t"}]
    # A domain under a second-level suffix keeps its three labels.
    uk = make("u", name=NAMES[2], contacts={"emails": ["a@hr.someone.co.uk"]})
    assert ("email_domain", "someone.co.uk") in keys(uk) and ("email_domain", "co.uk") not in keys(
        uk
    )


def test_a_form_link_without_a_scheme_and_an_event_page_are_their_pages() -> None:
    form = [
        persona("f0", NAMES[0], "Fill in forms.gle/pK3vR8tWm2Lq9Zx56?usp=sf_link please."),
        persona("f1", NAMES[1], "The form is at https://forms.gle/pK3vR8tWm2Lq9Zx56 ."),
    ]
    events = [
        persona(f"e{i}", NAMES[i + 2], f"Join us: https://www.eventbrite.com/e/{slug}")
        for i, slug in enumerate(["ai-summit-123", "quantum-meetup-456"])
    ]
    assert campaigns_of(form + events) == [{"f0", "f1"}]


def test_having_no_employer_to_name_is_no_firm() -> None:
    loners = [make(f"n{i}", name=NAMES[i], company="Independent consultant") for i in range(3)]
    assert not any(k == "firm" for a in loners for k, _ in keys(a))
    assert campaigns_of(loners) == []
