"""The synthetic campaign generator: deterministic, valid approach/1, ground truth that is
honest (members vary, generic values everywhere) and feasible (every member shares a
non-generic value with another member of its campaign), streamed lazily; and `counterlink
synth`."""

from __future__ import annotations

import itertools
import json
import re
import statistics
import time
import tracemalloc
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest
import typer
from pypinyin import lazy_pinyin
from typer.testing import CliRunner

from counterlink.cli.synth import register
from counterlink.errors import CounterlinkError
from counterlink.ingest.approach_json import validate_approach
from counterlink.synth import (
    DEFAULT_AVATAR_PHASH,
    MAX_CAMPAIGN,
    campaign_sizes,
    generate,
    largest_campaign,
    plan,
)

N, K, SEED = 3000, 60, 7

# --- an extraction of indicator values written for this test, independent of the linker -------

GENERIC_DOMAINS = {
    "gmail.com",
    "outlook.com",
    "qq.com",
    "163.com",
    "hotmail.com",
    "yahoo.com",
    "linkedin.com",
}
BIG_NAMES = {
    "deloitte",
    "pwc",
    "kpmg",
    "ey",
    "huawei",
    "google",
    "microsoft",
    "hsbc",
    "arm",
    "accenture",
    "mckinsey",
    "tencent",
    "hays",
    "michael page",
    "robert walters",
    "randstad",
    "harvey nash",
    "hudson",
}
BIG_DOMAINS = {name.replace(" ", "") + ".com" for name in BIG_NAMES}
SCHOOLS = (
    "University of Hong Kong",
    "National University of Singapore",
    "London School of Economics",
    "Fudan University",
    "Tsinghua University",
    "University of Manchester",
    "King's College London",
)
LEGAL_WORDS = {
    "ltd",
    "limited",
    "llc",
    "inc",
    "co",
    "company",
    "gmbh",
    "pte",
    "private",
    "hk",
    "hong",
    "kong",
    "plc",
    "and",
}
PHONE_IN_TEXT = re.compile(r"\+[\d ()\-]{7,}\d")
WECHAT_IN_TEXT = re.compile(r"WeChat(?::| ID| \()\s*([A-Za-z][A-Za-z0-9_-]+)")
TELEGRAM_IN_TEXT = re.compile(r"Telegram (@\w+)")
EMAIL_IN_TEXT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def digits(phone: str) -> str:
    only = re.sub(r"\D", "", phone)
    return only[2:] if only.startswith("00") else only


def firm_key(company: str) -> str:
    words = re.sub(r"[^a-z0-9]+", " ", company.lower()).split()
    return " ".join(w for w in words if w not in LEGAL_WORDS and len(w) > 1)


GENERIC_FIRMS = BIG_NAMES | {firm_key(school) for school in SCHOOLS}


def host(site: str) -> str:
    site = re.sub(r"^https?://", "", site.lower())
    return site.split("/")[0].removeprefix("www.")


def exact_values(row: dict[str, Any]) -> set[tuple[str, str]]:
    """Non-generic values a row shows, compared exactly after light normalisation."""
    persona = row.get("persona") or {}
    contacts = persona.get("contacts") or {}
    handles = contacts.get("handles") or {}
    texts = " ".join(m["text"] for m in row["messages"] if m["sender"] == "persona")
    found: set[tuple[str, str]] = set()
    emails = list(contacts.get("emails") or []) + EMAIL_IN_TEXT.findall(texts)
    for email in emails:
        domain = email.rsplit("@", 1)[1].lower()
        found.add(("email", email.lower()))
        if domain not in GENERIC_DOMAINS | BIG_DOMAINS:
            found.add(("domain", domain))
    phones = list(contacts.get("phones") or []) + PHONE_IN_TEXT.findall(texts)
    if "whatsapp" in handles:
        phones.append(handles["whatsapp"])
    found |= {("phone", digits(p)) for p in phones}
    wechats = [handles["wechat"]] if "wechat" in handles else []
    found |= {("wechat", w.lower()) for w in wechats + WECHAT_IN_TEXT.findall(texts)}
    telegrams = [handles["telegram"]] if "telegram" in handles else []
    found |= {("telegram", t.lower()) for t in telegrams + TELEGRAM_IN_TEXT.findall(texts)}
    for site in contacts.get("websites") or []:
        if host(site) not in GENERIC_DOMAINS | BIG_DOMAINS:
            found.add(("domain", host(site)))
    slug = re.search(r"/in/([^/?#]+)", persona.get("url") or "")
    if slug:
        found.add(("slug", slug.group(1)))
    for job in persona.get("experience") or []:
        key = firm_key(job.get("company") or "")
        if key and key not in GENERIC_FIRMS:
            found.add(("firm", key))
    return found


def photo_hash(row: dict[str, Any]) -> int | None:
    phash = ((row.get("persona") or {}).get("photo") or {}).get("phash")
    return None if phash in (None, DEFAULT_AVATAR_PHASH) else int(phash, 16)


def related(a: dict[str, Any], b: dict[str, Any]) -> bool:
    ha, hb = photo_hash(a), photo_hash(b)
    if ha is not None and hb is not None and (ha ^ hb).bit_count() <= 8:
        return True
    return bool(exact_values(a) & exact_values(b))


# --- fixtures ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    return list(generate(N, K, SEED))


@pytest.fixture(scope="module")
def campaigns(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if row["annotations"]["campaign"] is not None:
            groups[row["annotations"]["campaign"]].append(row)
    return dict(groups)


@pytest.fixture(scope="module")
def background(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [row for row in rows if row["annotations"]["campaign"] is None]


def serialised(n: int, k: int, seed: int) -> bytes:
    return "".join(
        json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n"
        for row in generate(n, k, seed)
    ).encode("utf-8")


# --- determinism, validity, counts ------------------------------------------------------------


def test_same_seed_same_bytes_other_seed_other_bytes() -> None:
    first = serialised(800, 12, 3)
    assert first == serialised(800, 12, 3)
    assert first != serialised(800, 12, 4)


def test_every_row_is_valid_approach_json(rows: list[dict[str, Any]]) -> None:
    for number, row in enumerate(rows, start=1):
        approach = validate_approach(row, "<synth>", number)
        assert approach.received_at and approach.channel and approach.target
        assert approach.target.sector and approach.target.organisation and approach.target.role
        assert approach.messages and all(m.sent_at for m in approach.messages)
        assert approach.messages[0].sent_at == approach.received_at
    assert len({row["id"] for row in rows}) == len(rows) == N


def test_counts_and_sizes_as_asked(campaigns: dict[str, list[dict[str, Any]]]) -> None:
    assert len(campaigns) == K
    sizes = campaign_sizes(N, K, SEED)
    assert sorted(len(m) for m in campaigns.values()) == sorted(sizes)
    assert {len(campaigns[f"c{i + 1:04d}"]) for i in range(K)} <= set(sizes)
    assert all(s >= 3 for s in sizes)


def test_size_distribution_is_heavy_tailed() -> None:
    sizes = [s for seed in range(5) for s in campaign_sizes(10**7, 400, seed)]
    small = sum(1 for s in sizes if 3 <= s <= 30)
    assert small / len(sizes) >= 0.8  # most campaigns are small
    assert sum(1 for s in sizes if s > 100) >= 20  # a few are large
    assert max(sizes) <= MAX_CAMPAIGN
    assert 4 <= statistics.median(sizes) <= 12


def test_no_campaign_dominates_a_file() -> None:
    assert [largest_campaign(n) for n in (100, 10_000, 50_000, 10**6)] == [30, 200, 1000, 3000]
    for seed in range(10):
        assert max(campaign_sizes(20_000, 100, seed)) <= 400


def test_sizes_shrink_to_leave_room_for_background() -> None:
    sizes = campaign_sizes(300, 60, 1)
    assert len(sizes) == 60 and min(sizes) >= 3
    assert sum(sizes) <= 240  # 80 % of the rows at most
    with pytest.raises(CounterlinkError, match="need at least 375 approaches"):
        generate(300, 100, 1)
    with pytest.raises(CounterlinkError):
        generate(0, 0, 1)


def test_no_campaigns_is_background_only() -> None:
    rows = list(generate(200, 0, 1))
    assert len(rows) == 200
    assert all(row["annotations"]["campaign"] is None for row in rows)


def test_labels_and_background_mix(
    campaigns: dict[str, list[dict[str, Any]]], background: list[dict[str, Any]]
) -> None:
    assert all(row["label"] == "malicious" for m in campaigns.values() for row in m)
    scenarios = Counter(row["annotations"]["scenario"] for row in background)
    assert set(scenarios) == {
        "recruiter",
        "colleague",
        "conference",
        "sales",
        "networking",
        "lone_hostile",
    }
    lone = [row for row in background if row["annotations"]["scenario"] == "lone_hostile"]
    assert all(row["label"] == "malicious" for row in lone)
    assert 0 < len(lone) < 0.03 * len(background)
    benign = [row for row in background if row["annotations"]["scenario"] != "lone_hostile"]
    assert all(row["label"] == "benign" for row in benign)


# --- ground truth: feasible and honest --------------------------------------------------------


def test_every_member_shares_a_non_generic_value_with_another(
    campaigns: dict[str, list[dict[str, Any]]],
) -> None:
    for campaign, members in campaigns.items():
        for row in members:
            assert any(related(row, other) for other in members if other is not row), (
                campaign,
                row["id"],
            )


def test_each_campaign_is_connected_by_shared_values(
    campaigns: dict[str, list[dict[str, Any]]],
) -> None:
    for campaign, members in campaigns.items():
        reached, frontier = {0}, [0]
        while frontier:
            i = frontier.pop()
            for j in range(len(members)):
                if j not in reached and related(members[i], members[j]):
                    reached.add(j)
                    frontier.append(j)
        assert len(reached) == len(members), campaign


def test_non_generic_values_stay_inside_their_campaign(rows: list[dict[str, Any]]) -> None:
    """A campaign's specific values are its own: no other campaign or background row shows
    them (the data would otherwise contradict its own ground truth)."""
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in rows:
        group = row["annotations"]["campaign"] or row["id"]
        for value in exact_values(row):
            owners[value].add(group)
    crossing = {value: groups for value, groups in owners.items() if len(groups) > 1}
    assert crossing == {}


def test_photos_of_different_campaigns_are_far_apart(
    campaigns: dict[str, list[dict[str, Any]]],
) -> None:
    hashes = {
        (name, h)
        for name, members in campaigns.items()
        for h in map(photo_hash, members)
        if h is not None
    }
    for (a, ha), (b, hb) in itertools.combinations(hashes, 2):
        if a != b:
            assert (ha ^ hb).bit_count() > 8


def test_generic_values_are_everywhere(
    campaigns: dict[str, list[dict[str, Any]]], background: list[dict[str, Any]]
) -> None:
    def shows(rows: list[dict[str, Any]], predicate: Any) -> int:
        return sum(1 for row in rows if predicate(row))

    def domains(row: dict[str, Any]) -> set[str]:
        emails = ((row["persona"].get("contacts") or {}).get("emails")) or []
        return {e.rsplit("@", 1)[1] for e in emails}

    def companies(row: dict[str, Any]) -> set[str]:
        return {firm_key(j["company"]) for j in row["persona"].get("experience") or []}

    checks = {
        "webmail": lambda r: bool(domains(r) & {"gmail.com", "outlook.com", "qq.com"}),
        "title": lambda r: (
            "Recruiter" in (r["persona"].get("headline") or "")
            or any(j["title"] == "Recruiter" for j in r["persona"].get("experience") or [])
        ),
        "city": lambda r: r["persona"].get("location") in ("Hong Kong", "Singapore", "London"),
        "big company": lambda r: bool(companies(r) & BIG_NAMES),
        "default avatar": lambda r: (
            (r["persona"].get("photo") or {}).get("phash") == DEFAULT_AVATAR_PHASH
        ),
        "linkedin url": lambda r: "linkedin.com/in/" in (r["persona"].get("url") or ""),
    }
    for name, check in checks.items():
        in_campaigns = sum(1 for members in campaigns.values() if shows(members, check))
        assert in_campaigns >= 0.15 * len(campaigns), name
        assert shows(background, check) >= 0.02 * len(background), name
    first_names = Counter(
        r["persona"]["name"].split()[0] for members in campaigns.values() for r in members
    )
    background_first = Counter(r["persona"]["name"].split()[0] for r in background)
    assert len(set(first_names) & set(background_first)) >= 10


def test_common_names_collide_in_background(background: list[dict[str, Any]]) -> None:
    names = Counter(r["persona"]["name"] for r in background)
    assert sum(1 for count in names.values() if count > 1) >= 20


def test_name_variants(campaigns: dict[str, list[dict[str, Any]]]) -> None:
    by_persona: dict[str, set[str]] = defaultdict(set)
    for members in campaigns.values():
        for row in members:
            by_persona[row["annotations"]["persona"]].add(row["persona"]["name"])
    variants = [names for names in by_persona.values() if len(names) >= 3]
    assert len(variants) >= 5
    all_names = {n for names in by_persona.values() for n in names}
    assert any(re.fullmatch(r"[A-Z]\. \S+", n) for n in all_names)  # initials
    assert any(n.isupper() for n in all_names) and any(n.islower() for n in all_names)
    assert any("," in n for n in all_names)  # "Zhou, Vivian"
    # Han names and their pinyin ("周薇" and "Zhou Wei") name the same persona.
    layout = plan(N, K, SEED)
    both = 0
    for persona in (p for c in layout.campaigns for p in c.personas):
        if persona.name.han is None:
            continue
        syllables = [lazy_pinyin(c)[0] for c in persona.name.han]
        pinyin = f"{syllables[0].capitalize()} {''.join(syllables[1:]).capitalize()}"
        assert f"{persona.name.family} {persona.name.given}" == pinyin
        shown = by_persona.get(persona.key, set())
        if persona.name.han in shown and (pinyin in shown or persona.name.canonical in shown):
            both += 1
    assert both >= 3
    swapped = [
        names
        for names in by_persona.values()
        if any(" ".join(reversed(n.split())) in names for n in names if len(n.split()) == 2)
    ]
    assert swapped


def test_firm_variants(campaigns: dict[str, list[dict[str, Any]]]) -> None:
    written: dict[str, set[str]] = defaultdict(set)
    for members in campaigns.values():
        for row in members:
            for job in row["persona"].get("experience") or []:
                if firm_key(job["company"]) not in GENERIC_FIRMS:
                    written[firm_key(job["company"])].add(job["company"])
    assert sum(1 for forms in written.values() if len(forms) >= 3) >= 10
    forms = {form for group in written.values() for form in group}
    for suffix in ("Ltd", "Limited", "Co., Ltd.", "LLC", "GmbH", "Pte. Ltd."):
        assert any(form.endswith(suffix) for form in forms), suffix


def test_photos_are_jittered_by_at_most_four_bits(rows: list[dict[str, Any]]) -> None:
    layout = plan(N, K, SEED)
    base = {p.key: p.photo for c in layout.campaigns for p in c.personas}
    distances: Counter[int] = Counter()
    for row in rows:
        key = row["annotations"]["persona"]
        phash = (row["persona"].get("photo") or {}).get("phash")
        original = base.get(key)
        if phash is None or original is None:
            continue
        distances[(int(phash, 16) ^ original).bit_count()] += 1
    assert set(distances) <= {0, 1, 2, 3, 4}
    assert distances[0] and distances[4]


def test_members_spread_over_weeks_and_a_few_sectors(
    campaigns: dict[str, list[dict[str, Any]]],
) -> None:
    for members in campaigns.values():
        sectors = {row["target"]["sector"] for row in members}
        assert 1 <= len(sectors) <= 3
        organisations = {row["target"]["organisation"] for row in members}
        assert len(organisations) <= 6
        if len(members) >= 10:
            days = sorted(row["received_at"][:10] for row in members)
            assert days[0] < days[-1]
    spans = [
        (max(r["received_at"] for r in m) > min(r["received_at"] for r in m))
        for m in campaigns.values()
    ]
    assert all(spans)


def test_messages_are_paraphrased_not_copied(campaigns: dict[str, list[dict[str, Any]]]) -> None:
    def words(row: dict[str, Any]) -> set[str]:
        return set(re.findall(r"[a-z]+", row["messages"][0]["text"].lower()))

    within, across = [], []
    large = [m for m in campaigns.values() if len(m) >= 8]
    for members in large:
        texts = [row["messages"][0]["text"] for row in members]
        assert len(set(texts)) == len(texts)
        for a, b in itertools.combinations(members[:8], 2):
            within.append(len(words(a) & words(b)) / len(words(a) | words(b)))
    for first, second in itertools.combinations(large, 2):
        a, b = first[0], second[0]
        across.append(len(words(a) & words(b)) / len(words(a) | words(b)))
    assert statistics.mean(within) > statistics.mean(across) + 0.1
    assert statistics.mean(within) < 0.95


# --- streaming ----------------------------------------------------------------------------


def test_generator_is_lazy_and_memory_stays_bounded() -> None:
    """A generator of 200,000 rows plans nothing until asked, then holds the plan and one row:
    memory after 6,000 rows is what it was after 1,000 (tracemalloc is slow, hence not all
    200,000; the plan of a million rows is checked for size below)."""
    tracemalloc.start()
    try:
        started = time.perf_counter()
        rows = generate(200_000, 100, 5)
        assert time.perf_counter() - started < 0.5  # nothing planned or built yet
        assert tracemalloc.get_traced_memory()[0] < 1_000_000
        for _ in itertools.islice(rows, 1_000):
            pass
        _, early_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        for _ in itertools.islice(rows, 5_000):
            pass
        _, later_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # 200,000 rows held at once would take hundreds of MB; the plan and one row take a few.
    assert early_peak < 20_000_000
    assert later_peak < early_peak + 2_000_000


def test_plan_of_a_million_rows_is_small() -> None:
    layout = plan(1_000_000, 2_000, 1)
    members = sum(layout.sizes)
    assert len(layout.slots) == len(layout.owners) == members
    assert layout.slots.nbytes + layout.owners.nbytes <= 12 * members
    assert list(layout.slots) == sorted(set(layout.slots.tolist()))


# --- the command ----------------------------------------------------------------------------

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    app = typer.Typer()
    register(app)
    app.callback()(lambda: None)
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_synth_command_writes_the_generator_bytes(tmp_path: Path) -> None:
    target = tmp_path / "synth.jsonl"
    code, out, _ = run(
        "synth", "--approaches", "500", "--campaigns", "8", "--seed", "2", "--out", str(target)
    )
    assert code == 0
    assert target.read_bytes() == serialised(500, 8, 2)
    assert "Wrote 500 approaches" in out and "in 8 campaigns" in out
    assert not list(tmp_path.glob(".*partial"))


def test_synth_command_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "synth.jsonl"
    target.write_text("keep me\n", "utf-8")
    code, _, err = run("synth", "-n", "100", "-k", "2", "--out", str(target))
    assert code == 2 and "exists; add --force" in err
    assert target.read_text("utf-8") == "keep me\n"
    code, _, _ = run("synth", "-n", "100", "-k", "2", "--out", str(target), "--force")
    assert code == 0 and target.read_bytes() == serialised(100, 2, 0)


def test_synth_command_errors(tmp_path: Path) -> None:
    code, _, err = run("synth", "-n", "10", "-k", "5", "--out", str(tmp_path / "x.jsonl"))
    assert code == 2 and "need at least" in err and "Traceback" not in err
    assert not (tmp_path / "x.jsonl").exists()
    code, _, err = run("synth", "-n", "10", "-k", "0", "--out", str(tmp_path))
    assert code == 2 and "is a folder" in err
