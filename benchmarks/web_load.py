"""Web load figures for `make bench` (printed, never asserted by the test suite).

Goals (issues 4 and 14): 2,000 report submissions from 50 concurrent clients on SQLite (and on
PostgreSQL when COUNTERLINK_TEST_POSTGRES_URL is set), every one acknowledged and stored exactly
once, p50 and p95 latency printed; the triage queue with 100,000 reports answers in under 200 ms
at p95. A client retries a 503 after its Retry-After, or a dropped connection, with the same
Idempotency-Key, as docs/web.md tells API clients to.

A real server (`counterlink serve` under uvicorn, in its own process) on a fresh SQLite file;
clients are threads with their own HTTP connections, authenticated by API tokens. The 100,000
queue reports are bulk-inserted straight into the database (submitting them through the API
would take minutes and measure the model, not the queue).

    python benchmarks/web_load.py [--reports 100000] [--clients 50] [--per-client 40]
"""

from __future__ import annotations

import argparse
import os
import random
import secrets
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
from sqlalchemy import func, insert, select, text

from counterlink.schema import APPROACH_SCHEMA
from counterlink.store.db import make_engine, migrate, session_factory
from counterlink.store.tables import Report, ReportTactic, utcnow
from counterlink.store.users import add_user, create_token

LEVELS = (("low", 0.1), ("medium", 0.5), ("high", 0.9))
SECTORS = ("quantum", "artificial intelligence", "synthetic biology", "defence", "government")
DEPARTMENTS = ("Physics", "Engineering", "Computer Science", "Chemistry", "Research Office")
PG_ENV = "COUNTERLINK_TEST_POSTGRES_URL"
CODES = ("message.paid_insight", "message.off_platform", "message.secrecy", "contact.phone")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def start_server(url: str, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "COUNTERLINK_DATABASE_URL": url}
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "counterlink"), "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/login", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not start: " + (server.stderr.read() or b"").decode()[-500:])


def approach(client: int, k: int) -> dict[str, Any]:
    return {
        "schema": APPROACH_SCHEMA,
        "id": f"load-{client}-{k}",
        "channel": "linkedin",
        "persona": {"name": f"Persona {client}-{k}", "headline": "Senior Consultant"},
        "messages": [
            {
                "sender": "persona",
                "text": "Dear Dr Smith, my client pays GBP 3,000 for a short report on your "
                "unpublished results. Please keep this between us; WhatsApp is easier.",
            },
            {"sender": "target", "text": "Who is your client?"},
            {"sender": "persona", "text": "A think tank in Asia. Could you send your CV?"},
        ],
        "target": {"sector": "quantum", "department": DEPARTMENTS[client % len(DEPARTMENTS)]},
    }


def bench_submissions(base: str, tokens: list[str], per_client: int) -> None:
    latencies: list[float] = []
    outcomes: Counter[str] = Counter()
    acknowledged: set[str] = set()
    lock = threading.Lock()
    start_line = threading.Barrier(len(tokens))

    def client(number: int, token: str) -> None:
        with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}) as http:
            start_line.wait()
            for k in range(per_client):
                key = f"bench-{number}-{k}"
                began = time.perf_counter()
                for _ in range(100):
                    try:
                        response = http.post(
                            "/api/v1/reports",
                            json=approach(number, k),
                            headers={"Idempotency-Key": key},
                            timeout=120,
                        )
                    except httpx.HTTPError as exc:
                        with lock:
                            outcomes[type(exc).__name__] += 1
                        continue
                    with lock:
                        outcomes[str(response.status_code)] += 1
                    if response.status_code != 503:
                        break
                    time.sleep(float(response.headers.get("Retry-After", "1")))
                elapsed = time.perf_counter() - began
                with lock:
                    latencies.append(elapsed)
                    if response.status_code in (200, 201):
                        acknowledged.add(key)

    threads = [threading.Thread(target=client, args=(n, t)) for n, t in enumerate(tokens)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    total = len(tokens) * per_client
    answers = ", ".join(f"{k}: {v}" for k, v in sorted(outcomes.items()))
    print(
        f"submissions: {total} from {len(tokens)} concurrent clients in {wall:.1f} s; "
        f"acknowledged {len(acknowledged)}/{total}; 503 answers {outcomes['503']}; "
        f"all answers ({answers}); latency until acknowledged (retries included) "
        f"p50 {percentile(latencies, 50) * 1000:.0f} ms, p95 {percentile(latencies, 95) * 1000:.0f}"
        f" ms, p99 {percentile(latencies, 99) * 1000:.0f} ms"
    )


def check_stored_once(url: str, expected: int) -> None:
    engine = make_engine(url)
    with session_factory(engine)() as s:
        rows = s.scalar(select(func.count()).select_from(Report)) or 0
        ids = s.scalars(select(Report.approach["id"].as_string())).all()
    engine.dispose()
    distinct = len(set(ids))
    verdict = "meets" if rows == expected == distinct else "MISSES"
    print(
        f"stored: {rows} rows, {distinct} distinct approach ids, {rows - distinct} duplicates, "
        f"for {expected} submissions (goal: {expected} once each: {verdict})"
    )


def seed_users(url: str, clients: int) -> tuple[list[str], str, int]:
    """Reporters with API tokens, and an analyst: (reporter tokens, analyst token, its id)."""
    engine = make_engine(url)
    migrate(engine)
    with session_factory(engine)() as s:
        names = [f"reporter{n}" for n in range(clients)]
        for name in names:
            add_user(s, name, "reporter", "bench-password")
        analyst = add_user(s, "analyst", "analyst", "bench-password")
        tokens = [create_token(s, name, "bench") for name in names]
        analyst_token = create_token(s, "analyst", "bench")
        s.commit()
        analyst_id = analyst.id
    engine.dispose()
    return tokens, analyst_token, analyst_id


@contextmanager
def postgres_schema(base: str) -> Iterator[str]:
    """A URL on a fresh schema of the PostgreSQL database ``base``, dropped afterwards."""
    schema = f"bench_{secrets.token_hex(6)}"
    admin = make_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    separator = "&" if "?" in base else "?"
    try:
        yield f"{base}{separator}options={quote(f'-csearch_path={schema}')}"
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def submissions_on(url: str, label: str, tokens: list[str], per_client: int) -> None:
    print(f"-- {label}")
    port = free_port()
    server = start_server(url, port)
    try:
        bench_submissions(f"http://127.0.0.1:{port}", tokens, per_client)
        check_stored_once(url, len(tokens) * per_client)
    finally:
        server.terminate()
        server.wait(timeout=30)


def bulk_reports(url: str, count: int, reporter_id: int) -> None:
    """``count`` queue-shaped reports, inserted in batches (seeded, so runs are comparable)."""
    rng = random.Random(0)
    engine = make_engine(url)
    now = utcnow()
    approach_json = {"schema": APPROACH_SCHEMA, "messages": [{"sender": "persona", "text": "x"}]}
    assessment_json = {"score": 0.5, "level": "medium", "findings": [], "advice": [], "model": "b"}
    with engine.begin() as connection:
        next_id = (connection.scalar(select(func.max(Report.id))) or 0) + 1
        for start in range(0, count, 5000):
            rows, tactics = [], []
            for k in range(start, min(count, start + 5000)):
                level, base = LEVELS[rng.randrange(3)]
                rows.append(
                    {
                        "id": next_id + k,
                        "reporter_id": reporter_id,
                        "created_at": now - timedelta(minutes=k),
                        "updated_at": now,
                        "approach": approach_json,
                        "persona_name": f"Persona {k}",
                        "channel": "linkedin",
                        "message_count": 3,
                        "score": round(min(0.999, max(0.001, base + rng.uniform(-0.1, 0.1))), 4),
                        "level": level,
                        "assessment": assessment_json,
                        "status": rng.choice(("new", "new", "triaging", "closed")),
                        "tlp": "amber",
                        "target_sector": rng.choice(SECTORS),
                        "target_department": rng.choice(DEPARTMENTS),
                    }
                )
                tactics.append({"report_id": next_id + k, "code": rng.choice(CODES)})
            connection.execute(insert(Report), rows)
            connection.execute(insert(ReportTactic), tactics)
    engine.dispose()


def bench_queue(base: str, token: str, cookie_client: httpx.Client, rounds: int) -> None:
    queries = [
        "",
        "?level=high",
        "?status=new&sector=quantum",
        "?department=Physics&level=medium",
        "?tactic=message.secrecy",
        "?offset=5000",
    ]
    for label, client, path in (
        ("queue page /queue", cookie_client, "/queue"),
        (
            "API /api/v1/reports",
            httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}),
            "/api/v1/reports",
        ),
    ):
        timings: list[float] = []
        for k in range(rounds):
            query = queries[k % len(queries)]
            began = time.perf_counter()
            response = client.get(path + query, timeout=30)
            timings.append(time.perf_counter() - began)
            if response.status_code != 200:
                raise SystemExit(f"{path}{query} answered {response.status_code}")
        p95 = percentile(timings, 95) * 1000
        verdict = "meets" if p95 < 200 else "MISSES"
        print(
            f"{label} over 100k+ reports, {rounds} requests with filters and pages: "
            f"p50 {percentile(timings, 50) * 1000:.0f} ms, p95 {p95:.0f} ms "
            f"(goal < 200 ms: {verdict})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--per-client", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=60)
    args = parser.parse_args()
    postgres = os.environ.get(PG_ENV, "").strip()
    if postgres:
        with postgres_schema(postgres) as url:
            tokens, _, _ = seed_users(url, args.clients)
            submissions_on(url, "PostgreSQL", tokens, args.per_client)
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
        tokens, analyst_token, analyst_id = seed_users(url, args.clients)
        submissions_on(url, "SQLite", tokens, args.per_client)
        began = time.perf_counter()
        bulk_reports(url, args.reports, analyst_id)
        print(f"(inserted {args.reports:,} queue reports in {time.perf_counter() - began:.1f} s)")
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_server(url, port)
        try:
            browser = httpx.Client(base_url=base)
            signed = browser.post("/login", data={"name": "analyst", "password": "bench-password"})
            if signed.status_code != 303 or "/login" in signed.headers.get("location", ""):
                raise SystemExit(f"could not sign in: {signed.status_code}")
            bench_queue(base, analyst_token, browser, args.rounds)
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
