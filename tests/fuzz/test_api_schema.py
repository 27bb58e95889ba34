"""schemathesis against the app's own /openapi.json, as each role: no request gives a 5xx.

Every documented operation (the share routes included) is called with generated valid and
invalid requests, through the real ASGI app on a real SQLite database holding a few reports;
operations on one report are fuzzed a third time on a report that exists, so that they get past
the lookup. ``pytest -s`` prints the cases run per operation.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from sqlalchemy.orm import Session

from counterlink.store.tables import User
from tests.dbfixtures import submit

# Examples per operation, role and pass: 10 operations x 4 roles x 2-3 passes x 15 keeps the
# file near a minute (COUNTERLINK_FUZZ_API_EXAMPLES searches longer).
EXAMPLES = int(os.environ.get("COUNTERLINK_FUZZ_API_EXAMPLES", "15"))
ROLES = {"anonymous": None, "reporter": "rita", "analyst": "ann", "admin": "adam"}


@pytest.mark.parametrize("role", list(ROLES))
def test_no_request_gives_a_server_error(
    app: FastAPI,
    session: Session,
    people: dict[str, User],
    token_for: Callable[[str], str],
    role: str,
) -> None:
    # rita's own report, then one of rob's: a reporter may see the first and not the second.
    mine = submit(session, people["rita"], codes=("message.paid_report",)).id
    submit(session, people["rob"], codes=("contact.off_platform",))
    name = ROLES[role]
    headers = {"Authorization": f"Bearer {token_for(name)}"} if name else {}
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    ran: Counter[str] = Counter()
    for result in schema.get_all_operations():
        operation = result.ok()
        strategies = [
            operation.as_strategy(generation_mode=GenerationMode.POSITIVE),
            operation.as_strategy(generation_mode=GenerationMode.NEGATIVE),
        ]
        if "{report_id}" in operation.path:
            strategies.append(operation.as_strategy(path_parameters={"report_id": mine}))
        for strategy in strategies:
            _fuzz(operation.label, strategy, headers, ran)
    print(f"\n{role}: {sum(ran.values())} cases over {len(ran)} operations: {dict(ran)}")
    assert len(ran) >= 10, ran  # every operation of /openapi.json, the share routes included
    assert any(label.endswith("/share") for label in ran)


def _fuzz(label: str, strategy: Any, headers: dict[str, str], ran: Counter[str]) -> None:
    @given(case=strategy)
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def call(case: Any) -> None:
        ran[label] += 1
        case.call_and_validate(headers=headers, checks=[not_a_server_error])

    call()
