"""Web load figures for `make bench` (printed, never asserted by the test suite).

Goals (issue 4): 200 concurrent report submissions from 20 clients on SQLite, every one stored
exactly once, p50 and p99 latency printed; the triage queue with 100,000 reports answers in
under 200 ms at p95.

A real server (`counterlink serve` under uvicorn, in its own process) on a fresh SQLite file;
clients are threads with their own HTTP connections, authenticated by API tokens. The 100,000
queue reports are bulk-inserted straight into the database (submitting them through the API
would take minutes and measure the model, not the queue).

    python benchmarks/web_load.py [--reports 100000] [--clients 20] [--per-client 10]
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, insert, select

from counterlink.schema import APPROACH_SCHEMA
from counterlink.store.db import make_engine, migrate, session_factory
from counterlink.store.tables import Report, ReportTactic, utcnow
from counterlink.store.users import add_user, create_token

LEVELS = (("low", 0.1), ("medium", 0.5), ("high", 0.9))
SECTORS = ("quantum", "artificial intelligence", "synthetic biology", "defence", "government")
DEPARTMENTS = ("Physics", "Engineering", "Computer Science", "Chemistry", "Research Office")
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
    statuses: list[int] = []
    lock = threading.Lock()
    start_line = threading.Barrier(len(tokens))

    def client(number: int, token: str) -> None:
        with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}) as http:
            start_line.wait()
            for k in range(per_client):
                began = time.perf_counter()
                response = http.post("/api/v1/reports", json=approach(number, k), timeout=120)
                elapsed = time.perf_counter() - began
                with lock:
                    latencies.append(elapsed)
                    statuses.append(response.status_code)

    threads = [threading.Thread(target=client, args=(n, t)) for n, t in enumerate(tokens)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    total = len(tokens) * per_client
    ok = statuses.count(201)
    print(
        f"submissions: {total} from {len(tokens)} concurrent clients in {wall:.1f} s; "
        f"201 Created {ok}/{total}; latency p50 {percentile(latencies, 50) * 1000:.0f} ms, "
        f"p99 {percentile(latencies, 99) * 1000:.0f} ms"
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
        f"stored exactly once: {rows} rows, {distinct} distinct approach ids for {expected} "
        f"submissions (goal: {expected} and {expected}: {verdict})"
    )


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
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--per-client", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=60)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
        engine = make_engine(url)
        migrate(engine)
        with session_factory(engine)() as s:
            names = [f"reporter{n}" for n in range(args.clients)]
            for name in names:
                add_user(s, name, "reporter", "bench-password")
            analyst = add_user(s, "analyst", "analyst", "bench-password")
            tokens = [create_token(s, name, "bench") for name in names]
            analyst_token = create_token(s, "analyst", "bench")
            s.commit()
            analyst_id = analyst.id
        engine.dispose()
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_server(url, port)
        try:
            bench_submissions(base, tokens, args.per_client)
            check_stored_once(url, args.clients * args.per_client)
            began = time.perf_counter()
            bulk_reports(url, args.reports, analyst_id)
            print(
                f"(inserted {args.reports:,} queue reports in {time.perf_counter() - began:.1f} s)"
            )
            browser = httpx.Client(base_url=base)
            signed = browser.post("/login", data={"name": "analyst", "password": "bench-password"})
            if signed.status_code != 303 or "/login" in signed.headers.get("location", ""):
                raise SystemExit(f"could not sign in: {signed.status_code}")
            bench_queue(base, analyst_token, browser, args.rounds)
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
