"""Each indicator's normalisation: the same thing written two ways gives the same key."""

from __future__ import annotations

import pytest

from counterlink.campaigns.indicators import (
    extract,
    firm_name,
    name_keys,
    parse_phash,
    profile_slug,
    template_signature,
)
from tests.campaigns.helpers import make


def keys(name: str) -> set[tuple[str, str]]:
    return set(name_keys(name))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Vivian Zhou", "ZHOU Vivian"),
        ("Vivian Zhou", "zhou, vivian"),
        ("Dr. Vivian Zhou", "Vivian Zhou PhD"),
        ("José Núñez", "Jose Nunez"),
        ("周薇", "Wei Zhou"),
        ("周薇", "ZHOU Wei"),
    ],
)
def test_names_written_differently_share_the_full_name_key(a: str, b: str) -> None:
    full_a = {v for k, v in keys(a) if k == "name"}
    assert full_a and full_a == {v for k, v in keys(b) if k == "name"}


def test_initials_meet_the_full_name_but_not_a_different_person() -> None:
    assert keys("V. Zhou") & keys("Vivian Zhou") == {("name_initial", "zhou v")}
    assert not keys("V. Zhou") & keys("Wei Zhou")
    assert keys("Wei Zhou") & keys("Vivian Zhou") == set()
    assert name_keys("") == [] and name_keys(None) == [] and name_keys("Dr.") == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Global Insight Partners Ltd.", "GLOBAL INSIGHT PARTNERS LIMITED"),
        ("Global Insight Partners, LLC", "global-insight partners"),
        ("Frontier Tech Co., Ltd.", "Frontier Tech Company"),
        ("Pinnacle Executive Search GmbH", "Pinnacle Executive Search"),
    ],
)
def test_firm_names_lose_legal_forms_case_and_punctuation(a: str, b: str) -> None:
    assert firm_name(a) == firm_name(b)


def test_firm_in_han_script_is_transliterated_without_its_legal_form() -> None:
    assert firm_name("深圳前沿科技有限公司") == "shen zhen qian yan ke ji"
    assert firm_name("Ltd.") is None


def test_profile_slugs_and_their_stems() -> None:
    assert profile_slug("https://www.linkedin.com/in/Vivian-Zhou-8a1b2c/") == "vivian-zhou-8a1b2c"
    assert profile_slug("linkedin.com/in/vivianz?trk=x") == "vivianz"
    assert profile_slug("https://example.com/in/vivian") is None
    item = extract(make("a", url="https://www.linkedin.com/in/vivian-zhou-8a1b2c"), 0)
    assert ("profile_stem", "vivian-zhou") in item.keys
    plain = extract(make("b", url="https://www.linkedin.com/in/vivian-zhou"), 0)
    assert ("profile", "vivian-zhou") in plain.keys
    assert not any(k == "profile_stem" for k, _ in plain.keys)


def test_contacts_are_normalised_and_webmail_domains_are_not_indicators() -> None:
    item = extract(
        make(
            "a",
            text="Add me on WeChat: VZ_88, or mail v.zhou@GIP-Consult.com / vz@gmail.com, "
            "call +86 138 0013 8000, see www.gip-consult.com and https://www.linkedin.com/x",
            contacts={"handles": {"wechat": "vz_88"}},
        ),
        0,
    )
    assert ("handle", "wechat:vz_88") in item.keys
    assert ("email", "v.zhou@gip-consult.com") in item.keys
    assert ("email_domain", "gip-consult.com") in item.keys
    assert ("email_domain", "gmail.com") not in item.keys
    assert ("phone", "+8613800138000") in item.keys
    assert ("website", "gip-consult.com") in item.keys
    assert not any(k == "website" and "linkedin" in v for k, v in item.keys)


def test_photo_hashes_parse_and_bad_ones_are_ignored() -> None:
    assert parse_phash("ff00ff00ff00ff00") == 0xFF00FF00FF00FF00
    assert parse_phash("0xFF00FF00FF00FF00") == 0xFF00FF00FF00FF00
    assert parse_phash("not-a-hash") is None and parse_phash("abc") is None
    assert extract(make("a", phash="00000000000000ff"), 0).photo == 0xFF


def test_templates_with_other_names_and_fees_stay_similar() -> None:
    one = template_signature(
        "Dear Dr Smith, my client pays GBP 3,000 for a short report on your unpublished "
        "results. Please keep this between us and reply on WhatsApp."
    )
    two = template_signature(
        "Dear Prof Jones, my client pays GBP 5,500 for a short report on your unpublished "
        "results. Please keep this between us and reply on WhatsApp."
    )
    other = template_signature(
        "Thanks for the great talk at the conference yesterday, the slides were very helpful "
        "for our group."
    )
    assert one is not None and two is not None and other is not None
    assert (one == two).mean() > 0.6
    assert (one == other).mean() < 0.2
    assert template_signature("too short") is None


def test_ids_default_to_the_position_and_dates_to_the_first_message() -> None:
    approach = make("x", when=None).model_copy(update={"id": None})
    assert extract(approach, 7).id == "#7"
