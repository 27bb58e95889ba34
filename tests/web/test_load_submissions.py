"""Fifty API clients submitting at once to a real server: every report acknowledged, none lost,
none stored twice (issue 14: the default SQLite server stalled past 40 concurrent clients)."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable

import httpx
from fastapi import FastAPI
from sqlalchemy import func, select

from counterlink.schema import APPROACH_SCHEMA
from counterlink.store.tables import Report
from tests.web.live import serving

CLIENTS = 50
PER_CLIENT = 10
# Generous: the run takes seconds; a stall (the bug) ran into minutes of timeouts.
OVERALL_S = 120


def _approach(client: int, k: int) -> dict[str, object]:
    return {
        "schema": APPROACH_SCHEMA,
        "id": f"load-{client}-{k}",
        "channel": "linkedin",
        "persona": {"name": f"Persona {client}-{k}", "headline": "Senior Consultant"},
        "messages": [
            {
                "sender": "persona",
                "text": "My client pays GBP 3,000 for a short report on your unpublished "
                "results. Please keep this between us; WhatsApp is easier.",
            }
        ],
    }


def test_fifty_concurrent_clients_are_all_acknowledged_once(
    app: FastAPI, token_for: Callable[[str], str]
) -> None:
    tokens = [token_for(name) for name in ("rita", "rob", "ann", "adam")]
    outcomes: Counter[str] = Counter()
    report_ids: dict[str, int] = {}
    lock = threading.Lock()
    start_line = threading.Barrier(CLIENTS)
    began = time.monotonic()

    def client(number: int, base: str) -> None:
        token = tokens[number % len(tokens)]
        with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}) as http:
            start_line.wait()
            for k in range(PER_CLIENT):
                key = f"client-{number}-{k}"
                while time.monotonic() - began < OVERALL_S:
                    try:
                        response = http.post(
                            "/api/v1/reports",
                            json=_approach(number, k),
                            headers={"Idempotency-Key": key},
                            timeout=OVERALL_S,
                        )
                    except httpx.HTTPError as exc:
                        with lock:
                            outcomes[type(exc).__name__] += 1
                        break
                    with lock:
                        outcomes[str(response.status_code)] += 1
                    if response.status_code == 503:
                        # The documented answer when busy: retry after the pause, same key.
                        assert response.headers["Retry-After"].isdigit()
                        time.sleep(min(1, int(response.headers["Retry-After"])))
                        continue
                    if response.status_code in (200, 201):
                        with lock:
                            report_ids[key] = response.json()["id"]
                        # A read too: it commits its audit entry, then reads on.
                        read = http.get(response.headers["Location"], timeout=OVERALL_S)
                        with lock:
                            outcomes[f"GET {read.status_code}"] += 1
                    break

    with serving(app) as base:
        threads = [
            threading.Thread(target=client, args=(n, base), daemon=True) for n in range(CLIENTS)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=OVERALL_S)
        assert not any(thread.is_alive() for thread in threads), f"stalled: {outcomes}"

    assert set(outcomes) <= {"200", "201", "503", "GET 200", "GET 503"}, outcomes
    assert len(report_ids) == CLIENTS * PER_CLIENT, outcomes
    assert len(set(report_ids.values())) == CLIENTS * PER_CLIENT
    with app.state.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Report)) == CLIENTS * PER_CLIENT
        stored = s.scalars(select(Report.approach["id"].as_string())).all()
    expected = [f"load-{n}-{k}" for n in range(CLIENTS) for k in range(PER_CLIENT)]
    assert sorted(stored) == sorted(expected)
