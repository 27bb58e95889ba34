"""Speed and memory figures for `make bench` (printed, never asserted by the test suite).

Goals (issue 18): `check` >= 2,000 ten-message approaches/s on one core with the full model,
in-process, printed beside scikit-learn's TF-IDF vectorising the same text (the reference of
the same run); `scan` of a 100,000-message export < 500 MB peak and <= 8x (moonshot 4x) the
time Python's csv module needs just to read the same messages.csv, measured in the same run.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_export import write_export

from counterlink.assess import Assessor
from counterlink.schema import Approach
from counterlink.share.digest import indicator_digest, key_id
from counterlink.signals.registry import Registry, default_registry
from counterlink.watchlist import WatchEntry, Watchlist, WatchSource

PERSONA_LINES = [
    "Hello {name}, I came across your profile and was impressed by your work on {topic}.",
    "I'm a senior consultant with a firm advising clients across Asia on {topic}.",
    "We pay GBP {fee} for a short report on developments that are not yet public.",
    "Would you be open to a quick call next week to discuss a role in {topic}?",
    "Could you share your CV and tell me a little about your current projects?",
    "It might be easier to continue on WhatsApp: +44 7700 900{n:03d}.",
    "Our client is a leading company in the sector and the package is very competitive.",
    "Thanks for getting back to me, I really appreciate your time.",
]
TARGET_LINES = [
    "Thanks for reaching out. What is this about?",
    "I'm happy to chat, but I can't share anything confidential.",
    "Could you tell me the name of your client?",
]
TOPICS = ["quantum error correction", "battery chemistry", "AI safety", "semiconductors"]


def synthetic_approaches(count: int, seed: int = 7) -> list[Approach]:
    """Ten-message conversations (6 persona, 4 target) with varied wording."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        messages = []
        for turn in range(10):
            if turn % 5 in (1, 3):
                text = rng.choice(TARGET_LINES)
                sender = "target"
            else:
                text = rng.choice(PERSONA_LINES).format(
                    name="Dr Moreton",
                    topic=rng.choice(TOPICS),
                    fee=rng.randint(2, 9) * 1000,
                    n=i % 1000,
                )
                sender = "persona"
            # A unique reference per message: detectors cache per text, and a benchmark of
            # repeated texts would measure the cache, not the detectors.
            messages.append({"sender": sender, "text": f"{text} (ref {i}-{turn})"})
        out.append(
            Approach.model_validate(
                {
                    "schema": "counterlink.approach/1",
                    "id": f"bench-{i}",
                    "persona": {"name": "Grace Liu", "headline": "Senior Consultant"},
                    "messages": messages,
                }
            )
        )
    return out


def big_watchlist(size: int, seed: int = 3) -> Watchlist:
    """``size`` partner indicators of every matched kind, a tenth of them hashed: matching cost
    is what is measured (the synthetic approaches share none of them)."""
    rng = random.Random(seed)
    key = bytes(32)
    kinds = ("profile", "email", "handle", "phone", "website", "email_domain", "name")
    entries = []
    for i in range(size):
        kind = kinds[i % len(kinds)]
        value = {
            "profile": f"persona-{i}-{rng.randrange(16**6):06x}",
            "email": f"p{i}@firm{i}.example",
            "handle": f"wechat:p{i}",
            "phone": f"+4477009{i % 100000:05d}",
            "website": f"firm{i}.example",
            "email_domain": f"mail{i}.example",
            "name": f"persona{i} surname{i}",
        }[kind]
        if i % 10 == 0:
            entries.append(
                WatchEntry(kind, digest=indicator_digest(key, kind, value), key_id=key_id(key))
            )
        else:
            entries.append(WatchEntry(kind, value))
    return Watchlist([WatchSource("bench", "bench", "stix", "green", tuple(entries))], key)


def tfidf_seconds(approaches: list[Approach]) -> float:
    """The reference for check: scikit-learn's TF-IDF vectorising the same approaches' text
    alone (word 1-2 grams, fitted and applied), the least a text model has to do."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = ["\n".join(m.text for m in a.messages) for a in approaches]
    start = time.perf_counter()
    TfidfVectorizer(ngram_range=(1, 2)).fit_transform(texts)
    return time.perf_counter() - start


def bench_check(count: int) -> None:
    approaches = synthetic_approaches(count)
    reference = min(tfidf_seconds(approaches) for _ in range(3))
    print(
        f"reference: TF-IDF (word 1-2 grams) vectorises the {count} approaches in "
        f"{reference:.2f} s = {count / reference:,.0f}/s"
    )
    learned = {"sensitive_model", "text_model"}
    rules_only = Registry([d for d in default_registry() if d.name not in learned])
    for label, assessor, goal in (
        ("check, full model", Assessor(), 2000),
        ("check, rule detectors only (no learned ones)", Assessor(registry=rules_only), 2000),
        (
            "check, full model + a 100,000-indicator partner watchlist",
            Assessor(watchlist=big_watchlist(100_000)),
            500,
        ),
    ):
        assessor.assess(approaches[0])  # warm-up: compile patterns, load models
        start = time.perf_counter()
        for approach in approaches:
            assessor.assess(approach)
        elapsed = time.perf_counter() - start
        rate = count / elapsed
        verdict = "meets" if rate >= goal else "MISSES"
        print(
            f"{label}: {count} ten-message approaches in {elapsed:.2f} s = {rate:,.0f}/s, "
            f"{elapsed / reference:.1f}x the TF-IDF reference (goal >= {goal:,}/s: {verdict})"
        )


def csv_read_seconds(messages_csv: Path) -> float:
    start = time.perf_counter()
    with messages_csv.open(newline="", encoding="utf-8-sig") as handle:
        for _row in csv.reader(handle):
            pass
    return time.perf_counter() - start


def bench_scan(n_messages: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_export(Path(tmp) / "export", n_messages, seed=1)
        messages_csv = next(p for p in folder.iterdir() if p.name.lower() == "messages.csv")
        csv_seconds = min(csv_read_seconds(messages_csv) for _ in range(3))
        cores = len(os.sched_getaffinity(0))  # scan uses one process per core by default
        command = [
            str(Path(sys.executable).with_name("counterlink")),
            "scan",
            str(folder),
            "--json",
        ]
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env={**os.environ})
        elapsed = time.perf_counter() - start
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    ratio = elapsed / csv_seconds
    print(
        f"scan: {n_messages:,} messages in {elapsed:.2f} s (goal < 15 s), peak memory "
        f"{peak_mb:.0f} MB (goal < 500 MB), whole command incl. start-up, {cores} processes"
    )
    print(
        f"scan vs csv: the csv module alone reads messages.csv in {csv_seconds:.2f} s; "
        f"scan takes {ratio:.1f}x that (goal <= 8x, moonshot 4x)"
    )


def bench_load() -> None:
    """Model load as a user meets it: a fresh interpreter imports counterlink, loads the scoring
    model and the learned detector, and assesses one approach."""
    code = (
        "import time; t = time.perf_counter()\n"
        "from counterlink.assess import Assessor\n"
        "from counterlink.ingest.text import approach_from_text\n"
        "Assessor().assess(approach_from_text('Could you send me your CV?'))\n"
        "print(time.perf_counter() - t)\n"
    )
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], check=True, capture_output=True, text=True
            ).stdout
        )
        for _ in range(3)
    ]
    print(f"model load: import + load + first assessment in {min(runs):.2f} s (goal < 1 s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--approaches", type=int, default=4000)
    parser.add_argument("--messages", type=int, default=100_000)
    args = parser.parse_args()
    version = sys.version.split()[0]
    print(f"python {version}, {os.cpu_count()} cores: check on one core, scan on all")
    bench_load()
    bench_check(args.approaches)
    bench_scan(args.messages)


if __name__ == "__main__":
    main()
