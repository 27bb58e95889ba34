"""Language detection (signals/language.py) and the per-language rule groups it gates."""

from __future__ import annotations

import pytest

from counterlink.schema import Evidence, Finding
from counterlink.signals.language import (
    SUPPORTED,
    UNDETERMINED,
    LanguageRules,
    language_of,
    merge_findings,
    written_in,
)
from counterlink.signals.tactics.foreign import FOREIGN_TACTICS


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hello Dr Lee, my client would pay well for a short report on your field.", "en"),
        ("Bonjour, mon client souhaite vous commander un rapport rémunéré.", "fr"),
        ("Guten Tag, mein Kunde zahlt gut für kurze Berichte über Ihr Fachgebiet.", "de"),
        ("Hola, mi cliente pagaría bien por un informe breve sobre su sector.", "es"),
        ("Buongiorno, il mio cliente pagherebbe bene per una breve relazione.", "it"),
        ("Goedendag, mijn klant betaalt goed voor een kort rapport over uw vakgebied.", "nl"),
        ("您好，我的客户希望您撰写有偿报告。", "zh"),
        ("Здравствуйте, мой клиент хорошо платит за короткие отчёты.", "ru"),
    ],
)
def test_each_supported_language_is_recognised(text: str, code: str) -> None:
    assert language_of(text) == code


@pytest.mark.parametrize("text", ["", "ok", "Thanks!", "My client pays well.", "+44 7700 900123"])
def test_short_text_is_undetermined(text: str) -> None:
    assert language_of(text) == UNDETERMINED


def test_codes_are_iso_639_1_and_the_groups_are_supported() -> None:
    assert all(len(code) == 2 and code.islower() for code in SUPPORTED)
    assert set(FOREIGN_TACTICS) <= set(SUPPORTED)
    with pytest.raises(ValueError, match="no language detection"):
        LanguageRules({"pt": FOREIGN_TACTICS["es"]})


def test_a_hit_is_kept_on_its_language_or_on_an_undetermined_fragment() -> None:
    italian = "Buongiorno, il nostro cliente in Asia copre tutte le spese del viaggio a Pechino."
    assert written_in("it", italian, 0, len(italian))
    assert not written_in("es", italian, 0, len(italian))
    assert written_in("es", "Spese pagate.", 0, 13)  # too short to say: allowed
    # An English account quoting a French sentence: the sentence decides.
    quote = "He wrote in French. Il rémunère des rapports sur votre domaine, tous frais payés."
    start = quote.index("Il")
    assert written_in("fr", quote, start, len(quote))


def test_italian_rules_do_not_fire_on_spanish_text() -> None:
    spanish = "Buenos días. El hotel y los vuelos incluidos, las spese pagate no aplican aquí."
    rules = LanguageRules({"it": FOREIGN_TACTICS["it"]})
    assert language_of(spanish) == "es"
    assert rules.scan([("messages[0].text", spanish)]) == []
    italian = "Buongiorno, le spese pagate e il volo incluso per la visita a Pechino."
    assert {f.code for f in rules.scan([("messages[0].text", italian)])} == {
        "message.travel_invitation"
    }


def test_merge_keeps_one_finding_per_code_in_text_order() -> None:
    def finding(code: str, field: str, start: int) -> Finding:
        ev = Evidence(field=field, excerpt="x", start=start, end=start + 1)
        return Finding(code=code, category="message", title=code, evidence=[ev])

    texts = [("messages[0].text", "a"), ("account", "b")]
    merged = merge_findings(
        [
            [finding("b", "account", 3)],
            [finding("a", "messages[0].text", 1), finding("b", "messages[0].text", 5)],
            [finding("b", "account", 3)],
        ],
        texts,
        ["a", "b"],
    )
    assert [f.code for f in merged] == ["a", "b"]
    assert [(e.field, e.start) for e in merged[1].evidence] == [
        ("messages[0].text", 5),
        ("account", 3),
    ]
