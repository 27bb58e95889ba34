"""Approaches as they are really written: the MI5-style headhunter, broken English, fragments, and
French, German, Spanish, Italian and Dutch; with the ordinary messages they must not be taken for.

The examples are written for these tests after the published cases (MI5 alert 2025: headhunters
for clients abroad, paid "papers", all-expenses trips for an interview; the Yeo case: reports for
"clients in Asia"; NPSA Think Before You Link).
"""

from __future__ import annotations

import dataclasses

import pytest

from counterlink.schema import APPROACH_SCHEMA, Approach
from counterlink.signals.base import PatternRule
from counterlink.signals.requests import FOREIGN_REQUESTS, RequestsDetector
from counterlink.signals.tactics import FOREIGN_TACTICS, TacticsDetector
from tests.signals.evidence_checks import assert_evidence_points_into_text, codes

TACTICS = TacticsDetector()
REQUESTS = RequestsDetector()
TRIP = "message.travel_invitation"
PAID = "message.paid_insight"
CLIENT = "message.unnamed_client"
SECRET = "message.secrecy"
OFF = "message.off_platform"
SERIOUS = {PAID, TRIP, CLIENT, SECRET, "message.irregular_payment"}


def sent(*texts: str) -> Approach:
    return Approach.model_validate(
        {"schema": APPROACH_SCHEMA, "messages": [{"sender": "persona", "text": t} for t in texts]}
    )


def found(*texts: str) -> set[str]:
    item = sent(*texts)
    findings = TACTICS.detect(item) + REQUESTS.detect(item)
    assert_evidence_points_into_text(item, findings)
    return codes(findings)


HOSTILE: list[tuple[str, set[str]]] = [
    # The canonical MI5-style approach.
    (
        "Dear Dr Hughes, I am a headhunter working for a client abroad, a think tank interested "
        "in your expertise. They would pay you to write papers on UK policy, and offer an "
        "all-expenses-paid trip to meet them for an interview.",
        {PAID, TRIP, CLIENT},
    ),
    (
        "My client, a think tank in Asia, would like to commission papers from you. We will fly "
        "you to Beijing for an interview, all expenses covered.",
        {PAID, TRIP, CLIENT},
    ),
    (
        "Our partner in Hong Kong is building a panel of experts and would like to invite you to "
        "visit their headquarters in Shenzhen, expenses paid.",
        {TRIP, CLIENT},
    ),
    ("A client who wishes to remain anonymous asked me to find experts in your field.", {CLIENT}),
    ("We write reports in exchange for a fee for our clients overseas.", {PAID, CLIENT}),
    # Broken English and fragments.
    (
        "Hello sir. I am headhunter for company in Hong Kong. They pay well for report about "
        "your field. You can visit, all cost covered.",
        {PAID, TRIP, CLIENT},
    ),
    ("Client in China. Paid papers. Flights and hotel covered.", {PAID, TRIP, CLIENT}),
    ("sir pls add me whatsapp, my boss pay good for report", {PAID, OFF}),
    (
        "My client has questions. What is the ministry's position on the new export rules? "
        "Which programmes will lose funding? When is the decision on the contract?",
        {"message.question_list"},
    ),
    # French.
    (
        "Bonjour Madame, je suis chasseur de têtes pour un client à l'étranger. Il rémunère des "
        "rapports sur votre domaine, et vous invite à Pékin, voyage tous frais payés. Merci de "
        "rester discrète et de poursuivre sur WhatsApp.",
        {PAID, TRIP, CLIENT, SECRET, OFF},
    ),
    (
        "Notre partenaire basé en Asie souhaite rester anonyme. Vos frais de voyage seront pris "
        "en charge. Pourriez-vous me donner les noms de vos collègues de l'équipe ?",
        {CLIENT, TRIP, "message.request_colleagues"},
    ),
    # German.
    (
        "Guten Tag Herr Dr. Weber, ich arbeite für einen Kunden in Asien, der anonym bleiben "
        "möchte. Er zahlt gut für kurze Berichte. Alle Kosten werden übernommen. Bitte "
        "behandeln Sie das vertraulich.",
        {PAID, TRIP, CLIENT, SECRET},
    ),
    (
        "Wir laden Sie gerne nach Shanghai ein. Könnten Sie mir Details zu Ihren aktuellen "
        "Projekten schicken?",
        {TRIP, "message.request_projects"},
    ),
    # Spanish.
    (
        "Hola Ana, trabajo para un cliente en Asia. Pagamos muy bien por informes sobre su "
        "sector. Todos los gastos pagados para visitar Shanghái. Le pido que lo mantenga en "
        "secreto.",
        {PAID, TRIP, CLIENT, SECRET},
    ),
    (
        "Mi cliente prefiere permanecer en el anonimato. ¿Podría compartir documentos internos "
        "de su empresa? Sigamos por WhatsApp.",
        {CLIENT, "message.sensitive_corporate", OFF},
    ),
    # Italian.
    (
        "Buongiorno Marco, lavoro per un cliente in Asia che preferisce restare anonimo. Paga "
        "bene per relazioni sul suo settore. Viaggio a Pechino tutto spesato. Massima "
        "discrezione, la prego.",
        {PAID, TRIP, CLIENT, SECRET},
    ),
    (
        "Un nostro partner all'estero coprirebbe volo e hotel. Mi piacerebbe avere i nomi dei "
        "suoi colleghi del laboratorio.",
        {CLIENT, TRIP, "message.request_colleagues"},
    ),
    # Dutch.
    (
        "Goedendag, ik werk voor een klant in Azië die anoniem wil blijven. Hij betaalt goed "
        "voor rapporten. Alle kosten worden vergoed. Houd dit alstublieft onder ons.",
        {PAID, TRIP, CLIENT, SECRET},
    ),
    (
        "Een buitenlandse opdrachtgever nodigt u uit voor een bezoek naar Peking. Kunt u mij "
        "meer over uw huidige projecten vertellen?",
        {CLIENT, TRIP, "message.request_projects"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), HOSTILE, ids=lambda x: str(x)[:40])
def test_real_approaches_fire_their_tactics(text: str, expected: set[str]) -> None:
    got = found(text)
    assert expected <= got, (expected - got, text)


GENUINE: list[str] = [
    "Hi Ravi, I'm a recruiter at Hays working with Arm on a Senior Verification Engineer role "
    "in Cambridge, salary £85-95k plus bonus, hybrid. Would you be open to a call this week?",
    "Hello Dr Lee, Google DeepMind is hiring a Research Scientist in London (£120k + equity). "
    "We reimburse travel for the on-site interview.",
    "Hope to see you at the conference in Berlin next month!",
    "Great to meet you in Singapore. Our client, Grab, is hiring data engineers there.",
    # The same in the five languages.
    "Bonjour Julie, je suis recruteuse chez Michael Page pour Airbus à Toulouse, salaire "
    "65-75 k€. Seriez-vous disponible pour un appel ? Au plaisir de vous voir à la conférence.",
    "Hallo Herr Schmidt, ich bin Recruiterin bei Hays für Siemens in München, Gehalt 85.000 € "
    "plus Bonus. Die Reisekosten für das Vorstellungsgespräch werden erstattet.",
    "Hola Ana, soy reclutadora en Adecco para Telefónica en Madrid, salario de 50.000 euros. "
    "Espero verla en la conferencia de Barcelona.",
    "Buongiorno Marco, sono una recruiter di Randstad per Leonardo a Roma, stipendio 45.000 euro. "
    "Spero di vederla alla conferenza di Milano.",
    "Hallo Lotte, ik ben recruiter bij Brunel voor ASML in Veldhoven, salaris 70.000 euro. "
    "Ik hoop u te zien op de conferentie in Amsterdam.",
    # Ordinary English with words the other languages use.
    "We have a good rapport with the client and the project is going well.",
    "The hotel costs are paid by the attendees themselves; spese is Italian for expenses.",
]


@pytest.mark.parametrize("text", GENUINE, ids=lambda x: x[:40])
def test_ordinary_messages_do_not_fire_serious_tactics(text: str) -> None:
    assert not found(text) & SERIOUS, text


@pytest.mark.parametrize(
    "text",
    [
        "We would like to invite you as a keynote speaker at our conference; we cover your "
        "flights and hotel.",
        "Nous serions ravis de vous accueillir comme intervenant ; vos frais de déplacement sont "
        "pris en charge.",
        "Als Referent übernehmen wir Ihre Reisekosten und das Hotel.",
    ],
)
def test_a_speakers_paid_travel_may_fire_travel_for_the_scorer_to_weigh(text: str) -> None:
    assert TRIP in found(text)


ALL_TEXTS = [text for text, _ in HOSTILE] + GENUINE
FOREIGN_RULES = [rule for group in FOREIGN_TACTICS.values() for rule in group] + [
    rule for group in FOREIGN_REQUESTS.values() for rule in group
]


@pytest.mark.parametrize("rule", FOREIGN_RULES, ids=lambda r: r.code)
def test_foreign_keyword_prefilters_never_hide_a_match(rule: PatternRule) -> None:
    ungated = dataclasses.replace(rule, keywords=(), also_keywords=())
    for text in ALL_TEXTS:
        assert rule.find([("t", text)]) == ungated.find([("t", text)]), text


@pytest.mark.parametrize("rule", FOREIGN_RULES, ids=lambda r: r.code)
def test_foreign_fast_matching_agrees_with_the_regex(rule: PatternRule) -> None:
    if rule._fast is None:
        return
    for text in ALL_TEXTS + [t.upper() for t in ALL_TEXTS]:
        plain = [m.span() for m in rule._regex.finditer(text)]
        assert [m.span() for m in rule._fast.regex.finditer(text.lower())] == plain, text


def test_every_foreign_rule_cites_guidance_and_is_keyword_gated() -> None:
    for rule in FOREIGN_RULES:
        assert rule.guidance and rule.keywords, rule.code
