"""Linking: shared rare values link, generic values link nothing, and each link says why."""

from __future__ import annotations

from counterlink.campaigns import LinkSettings, find_campaigns
from tests.campaigns.helpers import make

TEMPLATE = (
    "Dear {name}, my client in Asia pays USD {fee} for a short report on your unpublished "
    "results in {field}. Please keep this between us; it is easier to continue elsewhere."
)


def members(result: object) -> list[set[str]]:
    return [set(c.members) for c in result.campaigns]  # type: ignore[attr-defined]


def test_a_shared_handle_links_four_names() -> None:
    approaches = [
        make(f"a{i}", name=name, contacts={"handles": {"wechat": "gip_vz88"}})
        for i, name in enumerate(["Vivian Zhou", "Kevin Tan", "Richard Lam", "Sophie Tan"])
    ] + [make("b1", name="Sam Lee"), make("b2", name="Ana Ruiz")]
    result = find_campaigns(approaches)
    assert members(result) == [{"a0", "a1", "a2", "a3"}]
    (campaign,) = result.campaigns
    assert campaign.indicators[0]["kind"] == "handle"
    assert campaign.indicators[0]["value"] == "wechat:gip_vz88"
    assert campaign.indicators[0]["members"] == 4


def test_generic_values_link_nothing() -> None:
    # 60 unrelated people: same webmail domain, same big employer, same location words, the
    # same one-sentence note.
    firsts = ["Amy", "Ben", "Cara", "Dev", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jon", "Kim", "Lou"]
    lasts = ["Moss", "Nash", "Ortiz", "Page", "Quinn"]
    approaches = [
        make(
            f"g{i}",
            name=f"{firsts[i % 12]} {lasts[i // 12]}",
            company="Google",
            text=f"Hi, I am a recruiter in Hong Kong, reach me at {firsts[i % 12]}{i}@gmail.com.",
        )
        for i in range(60)
    ]
    assert find_campaigns(approaches).campaigns == []


def test_a_value_common_in_ordinary_outreach_weighs_less_than_a_rare_one() -> None:
    settings = LinkSettings()
    # Held by 2 of 20,000 ordinary people: never generic, however small the background.
    assert settings.weight("firm", 2, 20_000) == settings.weights["firm"]
    assert 0 < settings.weight("firm", 20, 20_000) < settings.weights["firm"]
    assert settings.weight("firm", 40, 20_000) == 0
    assert settings.weight("handle", 0, 20_000) == 1.0


def test_a_handle_two_hundred_approaches_share_is_the_strongest_case() -> None:
    # Under the old rule a value on more than 0.5% of the batch was generic; what the batch
    # holds must never make a campaign's own handle weaker.
    approaches = [
        make(f"h{i}", name=f"Cover{i} Persona{i}", contacts={"handles": {"wechat": "gip_vz88"}})
        for i in range(200)
    ] + [make(f"o{i}", name=f"Other{i} Person{i}") for i in range(300)]
    (campaign,) = find_campaigns(approaches).campaigns
    assert len(campaign.members) == 200
    assert campaign.indicators[0]["weight"] == 1.0


def test_weak_signals_add_up_but_one_weak_signal_does_not_link() -> None:
    same_name = [make("n1", name="David Chen"), make("n2", name="David Chen")]
    assert find_campaigns(same_name).campaigns == []
    name_and_firm = [
        make("f1", name="David Chen", company="Northgate Advisory Ltd"),
        make("f2", name="Chen David", company="NORTHGATE ADVISORY LIMITED"),
    ]
    (campaign,) = find_campaigns(name_and_firm).campaigns
    assert {i["kind"] for i in campaign.indicators} == {"name", "firm"}


def test_photos_within_a_few_bits_link_and_distant_ones_do_not() -> None:
    base = 0x9F3A_5C71_E28D_4B06
    close = base ^ 0b1011  # three bits flipped: re-encoded
    far = base ^ 0xFFFF_0000_0000_0000
    approaches = [
        make("p1", name="A B", phash=f"{base:016x}"),
        make("p2", name="C D", phash=f"{close:016x}"),
        make("p3", name="E F", phash=f"{far:016x}"),
    ]
    (campaign,) = find_campaigns(approaches).campaigns
    assert set(campaign.members) == {"p1", "p2"}
    assert campaign.indicators[0]["kind"] == "photo"


def test_a_paraphrased_template_and_a_fuzzy_firm_link_together() -> None:
    approaches = [
        make(
            "t1",
            name="Alan Carter",
            company="Quantum Frontier Partners",
            text=TEMPLATE.format(name="Dr Smith", fee="3,000", field="qubits"),
        ),
        make(
            "t2",
            name="Li Wen",
            company="Quantum Frontiers Partner",
            text=TEMPLATE.format(name="Prof Jones", fee="4,500", field="cryogenics"),
        ),
    ]
    (campaign,) = find_campaigns(approaches).campaigns
    kinds = {i["kind"] for i in campaign.indicators}
    assert kinds == {"template", "firm_fuzzy"}
    link = campaign.links[0]
    assert link.score >= 1.0 and {s.kind for s in link.shared} == kinds


def test_the_same_campaigns_whatever_the_input_order_and_jobs() -> None:
    approaches = [
        make(f"x{i}", name=f"N{i} M{i}", contacts={"phones": ["+86 138 0013 800" + str(i % 3)]})
        for i in range(12)
    ]
    first = find_campaigns(approaches).to_json()
    again = find_campaigns(list(reversed(approaches))).to_json()
    assert sorted(c["members"] for c in first["campaigns"]) == sorted(
        c["members"] for c in again["campaigns"]
    )
    assert len(first["campaigns"]) == 3
