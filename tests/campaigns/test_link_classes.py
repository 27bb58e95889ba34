"""Each way a real campaign is linked, on small approaches: a long shared template (however
many approaches share it), one firm written many ways, a handle in every form people write it,
an unusual e-mail domain, and what generic values never do."""

from __future__ import annotations

import pytest

from counterlink.campaigns import find_campaigns
from counterlink.campaigns.indicators import extract, firm_initials, firm_key, firm_name
from tests.campaigns.helpers import make

FIRST = [
    "Amy",
    "Ben",
    "Cara",
    "Dev",
    "Eli",
    "Fay",
    "Gus",
    "Hal",
    "Ivy",
    "Jon",
    "Kim",
    "Lou",
    "Max",
    "Ned",
    "Ola",
    "Pia",
    "Rex",
    "Sal",
    "Tia",
    "Uma",
]
LAST = ["Moss", "Nash", "Ortiz", "Page", "Quinn", "Reyes", "Stone", "Tate", "Underwood", "Vance"]
# A long template of the kind a cover consultancy sends (after the published pattern of paid
# "reports" for a client: MI5/NPSA Think Before You Link), filled differently each time.
LONG = (
    "Dear {name}, I represent an independent consultancy that advises clients in Asia on "
    "policy and technology trends in Europe. We are looking for experienced professionals to "
    "write short reports of three to five pages on {topic}. The work is flexible and remote, "
    "and we pay {fee} for each report, more for insights that are not yet public. If this "
    "sounds interesting, please reply and I will send you the details of our first project."
)
TOPICS = ["export controls", "battery supply chains", "5G procurement", "quantum sensing"]


def campaigns_of(approaches: list) -> list[set[str]]:  # type: ignore[type-arg]
    return [set(c.members) for c in find_campaigns(approaches).campaigns]


def person(i: int) -> str:
    return f"{FIRST[i % 20]} {LAST[(i // 20) % 10]}"


@pytest.mark.parametrize("size", [3, 12, 50])
def test_a_long_shared_template_links_however_many_share_it(size: int) -> None:
    members = [
        make(
            f"t{i}",
            name=person(i),
            text=LONG.format(name=person(i + 100), topic=TOPICS[i % 4], fee=f"USD {900 + i}"),
            contacts={"emails": [f"{FIRST[i % 20].lower()}{i}@gmail.com"]},
        )
        for i in range(size)
    ]
    others = [
        make(f"o{i}", name=person(i + 300), text="Hello, nice to connect.") for i in range(20)
    ]
    assert campaigns_of(members + others) == [{f"t{i}" for i in range(size)}]


def test_a_one_sentence_standard_note_links_nobody() -> None:
    note = "Hi {name}, I came across your profile and was impressed by your background."
    approaches = [
        make(f"n{i}", name=person(i), text=note.format(name=person(i + 50))) for i in range(30)
    ]
    assert campaigns_of(approaches) == []


@pytest.mark.parametrize(
    "variants",
    [
        [
            "BR-YR Executive Search",
            "BRYR Executive Search",
            "BR YR Exec. Search Ltd",
            "Br-Yr Executive Search Limited",
        ],
        [
            "Sino-Euro Consulting Group",
            "Sino Euro Consulting Grp GmbH",
            "SinoEuro Consulting Group LLC",
        ],
        ["Atlas & Partners Intl", "Atlas and Partners International Co., Ltd."],
    ],
)
def test_one_firm_written_differently_is_one_firm(variants: list[str]) -> None:
    assert len({firm_key(v) for v in variants}) == 1
    # Firm alone weighs 0.5: with the persona's name (different spellings) it links.
    names = ["Amanda Qiu", "QIU Amanda", "Dr. Amanda Qiu", "amanda qiu"]
    approaches = [
        make(f"f{i}", name=names[i % 4], company=v, text=f"Hello, a role in {TOPICS[i % 4]}.")
        for i, v in enumerate(variants)
    ]
    assert campaigns_of(approaches) == [{f"f{i}" for i in range(len(variants))}]


def test_a_firm_misspelt_or_abbreviated_matches_fuzzily() -> None:
    assert firm_initials(firm_name("Center for Sino-Europe Development Studies") or "") == "cseds"
    approaches = [
        make("a1", name="Alex Li", company="Center for Sino-Europe Development Studies"),
        make("a2", name="Alex Li", company="CSEDS"),
        make("a3", name="Alex Li", company="Centre for Sino Europe Developement Studies"),
    ]
    (campaign,) = find_campaigns(approaches).campaigns
    kinds = {s.kind for link in campaign.links for s in link.shared}
    assert {"firm_acronym", "firm_fuzzy"} <= kinds
    assert set(campaign.members) == {"a1", "a2", "a3"}


@pytest.mark.parametrize(
    "text",
    [
        "WeChat: gip_vz88",
        "WeChat me (gip_vz88) when you are free.",
        "my wechat id is gip_vz88",
        "Details to follow (WeChat ID: gip_vz88).",
        "wx: gip_vz88",
        "Add me on WeChat — gip_vz88 — it is easier.",
        "Please add my WeChat (ID: GIP_VZ88).",
        "WeChat - gip_vz88",
    ],
)
def test_a_handle_in_any_written_form_is_extracted(text: str) -> None:
    keys = extract(make("h", name="A B", text=f"Good morning. {text}"), 0).keys
    assert ("handle", "wechat:gip_vz88") in keys


def test_a_handle_written_every_way_links_its_campaign() -> None:
    forms = [
        "WeChat me (gip_vz88)",
        "wx: gip_vz88",
        "my wechat id is gip_vz88",
        "WeChat — gip_vz88",
    ]
    approaches = [
        make(f"w{i}", name=person(i), text=f"Happy to discuss a paid project. {form}")
        for i, form in enumerate(forms)
    ] + [make("x", name="Sam Lee", text="WeChat is popular in China (it is easier).")]
    assert campaigns_of(approaches) == [{"w0", "w1", "w2", "w3"}]


def test_whatsapp_numbers_in_brackets_and_dashes_are_one_number() -> None:
    forms = [
        "WhatsApp me on (+44) 7700-900-123",
        "WhatsApp: +44 7700 900123",
        "whatsapp +447700900123",
    ]
    items = [extract(make(f"p{i}", name="A B", text=f), i) for i, f in enumerate(forms)]
    assert all(("handle", "whatsapp:+447700900123") in item.keys for item in items)


def test_an_unusual_email_domain_links_on_its_own() -> None:
    approaches = [
        make(f"d{i}", name=person(i), contacts={"emails": [f"{local}@sino-euro-forum.org"]})
        for i, local in enumerate(["a.li", "hr", "events", "j.wang"])
    ] + [
        make(f"g{i}", name=person(i + 40), contacts={"emails": [f"x{i}@gmail.com"]})
        for i in range(10)
    ]
    assert campaigns_of(approaches) == [{"d0", "d1", "d2", "d3"}]


def test_generic_values_of_ordinary_outreach_link_nothing() -> None:
    # Big employers, webmail and a common name: generic in the background, whatever their
    # number in the input.
    approaches = [
        make(
            f"b{i}", name="David Chen", company="Google", contacts={"emails": [f"dc{i}@gmail.com"]}
        )
        for i in range(5)
    ]
    assert campaigns_of(approaches) == []


def test_a_distinct_cover_firm_links_on_its_own_a_short_name_does_not() -> None:
    long = [make(f"c{i}", name=person(i), company="BR-YR Executive Search Ltd") for i in range(3)]
    short = [make(f"s{i}", name=person(i + 40), company="Meridian") for i in range(3)]
    assert campaigns_of(long + short) == [{"c0", "c1", "c2"}]


def test_an_abbreviation_in_brackets_is_the_firm_too() -> None:
    approaches = [
        make("b1", name="Lena Pan", company="Ctr. for Sino-Europe Dev. Studies (CSEDS)"),
        make("b2", name="Joanna Shen", company="CSEDS"),
        make("b3", name="Alex Li", company="Center for Sino-Europe Development Studies"),
    ]
    assert campaigns_of(approaches) == [{"b1", "b2", "b3"}]


def test_a_shared_unusual_website_links_on_its_own() -> None:
    sites = [
        "http://meridian-policy-institute.org",
        "https://www.meridian-policy-institute.org/apply?ref=LK2291",
    ]
    approaches = [
        make(f"w{i}", name=person(i), text=f"Our paid fellowship: details at {site} today.")
        for i, site in enumerate(sites)
    ]
    assert campaigns_of(approaches) == [{"w0", "w1"}]


def test_a_photo_four_bits_off_in_four_places_is_the_same_photo() -> None:
    # One flipped bit in each 16-bit quarter: no 16-bit band in common, but a 13-bit one.
    approaches = [
        make("p1", name="Jessica Fang", phash="d3a1f0d05b7a9a66"),
        make("p2", name="Emily Zhang", phash="c3a1f0d25b7e9a46"),
    ]
    assert campaigns_of(approaches) == [{"p1", "p2"}]


def test_a_name_with_another_in_brackets_is_the_same_name() -> None:
    keys = dict(extract(make("n", name="Zhou Wei (Vivian)"), 0).keys)
    assert keys["name"] == dict(extract(make("m", name="Dr. Wei ZHOU"), 0).keys)["name"]


def test_a_weak_app_name_with_a_handle_in_brackets_is_a_handle() -> None:
    text = "You can reach me on Signal (harbourline.77) or by email."
    assert ("handle", "signal:harbourline.77") in extract(make("s", text=text), 0).keys
    assert not any(k == "handle" for k, _ in extract(make("t", text="a signal (noise)"), 0).keys)


def test_a_large_employer_and_its_own_careers_site_are_generic() -> None:
    # Different recruiters of one big employer share its name and careers site: ordinary.
    approaches = [
        make(
            f"a{i}",
            name=person(i),
            company="Amazon",
            contacts={"websites": ["https://www.amazon.jobs"]},
        )
        for i in range(4)
    ]
    assert campaigns_of(approaches) == []
