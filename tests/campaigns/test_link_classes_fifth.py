"""Link classes found by the fourth hand-made set's first run (data/campaigns-heldout3/): a
firm a sender introduces themselves with, in Latin or Han script; a firm in capitals in the
headline; a signature's firm after the sender's name line; a firm's words reordered or given
with its abbreviation; Telegram written "tg"; and the generic values they must not turn into
links (a site's default avatar, the website of a big public event, a job title in capitals)."""

from __future__ import annotations

from counterlink.campaigns.background import shipped
from counterlink.campaigns.indicators import extract, firm_names, reordered
from counterlink.campaigns.linking import _score
from counterlink.campaigns.model import Shared
from counterlink.schema import Approach
from tests.campaigns.test_link_classes_more import NAMES, campaigns_of, keys, persona


def firms(approach: Approach) -> set[str]:
    return {value for kind, value in keys(approach) if kind == "firm"}


def handles(approach: Approach) -> set[str]:
    return {value for kind, value in keys(approach) if kind == "handle"}


def test_a_firm_the_sender_introduces_themselves_with_is_the_firm() -> None:
    latin = persona("a", NAMES[0], "Hello, this is Dr Kim from Arcwell Aerospace Talent, we spoke.")
    han = persona("b", NAMES[1], "I am Chen Jing from 鹰桥人才咨询 (Arcwell Aerospace Talent).")
    work = persona("c", NAMES[2], "I work for Arcwell Aerospace Talent on avionics roles.")
    assert "arcwellaerospacetalent" in firms(latin) & firms(han) & firms(work)
    assert campaigns_of([latin, han, work]) == [{"a", "b", "c"}]
    # A place, a lower-case phrase or one capitalised word is no firm.
    for text in ("I am from London.", "I'm Sarah from a small agency.", "I'm Tom from Leeds."):
        assert firms(persona("d", NAMES[3], text)) == set()


def test_a_firm_in_capitals_in_the_headline_but_not_a_title_in_capitals() -> None:
    firm = persona("a", NAMES[0], "Hi.", headline="KESTREL BRIDGE TALENT PARTNERS | Recruitment")
    assert "kestrelbridgetalentpartners" in firms(firm)
    for title in ("CEO & FOUNDER | AI", "SENIOR RECRUITER – Quantum", "HEAD OF TALENT"):
        assert firms(persona("b", NAMES[1], "Hi.", headline=title)) == set()


def test_a_signature_firm_is_read_without_the_name_line_above_it() -> None:
    text = (
        "Please send your CV.\n\nBest regards\nKevin Luo\n"
        "Kestrel Bridge Talent Partners (Shenzhen) Co., Ltd."
    )
    assert "kestrelbridgetalentpartners" in firms(persona("a", NAMES[0], text))


def test_a_name_with_its_words_moved_or_its_abbreviation_is_one_name() -> None:
    assert "silk road civic exchange foundation" in firm_names(
        "SRCEF – Silk Road Civic Exchange Foundation"
    )
    assert reordered("foundation for silk road civic exchange") == reordered(
        "silk road civic exchange foundation"
    )
    jobs = [
        "Foundation for Silk Road Civic Exchange",
        "SRCEF – Silk Road Civic Exchange Foundation",
    ]
    a, b = (
        persona(n, NAMES[i], "Hi.", experience=[{"company": job}])
        for i, (n, job) in enumerate(zip("ab", jobs, strict=True))
    )
    assert campaigns_of([a, b]) == [{"a", "b"}]
    # Two words are not reordered: "Capital Partners" is not "Partners Capital".
    assert reordered("partners capital") is None


def test_a_link_is_explained_alike_in_every_run() -> None:
    # Two keys of one family and one weight (the firm and its reordered words): the tie is
    # broken by kind, whatever order a set gives them in.
    shared = [Shared("firm_words", "bridgekestrel", 1.0), Shared("firm", "kestrelbridge", 1.0)]
    assert _score(shared) == _score(shared[::-1])
    assert [s.kind for s in _score(shared)[1]] == ["firm"]


def test_telegram_written_tg_is_a_telegram_handle() -> None:
    a = persona("a", NAMES[0], "Payment in stablecoin. ping me on tg: MERCATOR_DESK7")
    b = persona("b", NAMES[1], "Telegram: @mercator_desk7")
    assert handles(a) == handles(b) != set()
    assert campaigns_of([a, b]) == [{"a", "b"}]
    assert handles(persona("c", NAMES[2], "The tg value is high.")) == set()


def test_a_default_avatar_links_nobody_and_a_photo_does() -> None:
    avatar = {"phash": "e1c3a58181a5c3e1", "placeholder": True}
    placeholders = [persona(n, NAMES[i], "Hi.", photo=avatar) for i, n in enumerate("abc")]
    assert all(extract(p, 0).photo is None for p in placeholders)
    assert campaigns_of(placeholders) == []
    photo = {"phash": "e1c3a58181a5c3e1"}
    same = [persona(n, NAMES[i], "Hi.", photo=photo) for i, n in enumerate("de")]
    assert campaigns_of(same) == [{"d", "e"}]


def test_the_website_of_a_big_public_event_is_generic() -> None:
    background = shipped()
    for host in ("rsaconference.com", "neurips.cc", "dsei.co.uk", "websummit.com"):
        assert background.count("website", host) >= background.approaches // 50
    organisers = [
        persona(n, NAMES[i], f"Join our side meeting at Web Summit: https://websummit.com/{n}")
        for i, n in enumerate("abc")
    ]
    assert campaigns_of(organisers) == []
    # An event's name is not a firm: a cover firm named like one still links.
    assert background.count("firm", "blackhatadvisory") == 0
