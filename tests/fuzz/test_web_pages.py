"""End to end through the web: any approach the API accepts can be shown on every page that
shows reports. Generated approaches (odd values in every field) are submitted over HTTP as a
reporter; the reporter's and the analyst's pages that read them must answer without a 5xx.

The HTML pages are outside /openapi.json, so schemathesis does not reach them; this does.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient
from hypothesis import HealthCheck, event, given, settings

from tests.fuzz import strategies as fz
from tests.web.conftest import SignedIn

# Each example stores a report and renders pages that read them all: kept small.
EXAMPLES = int(os.environ.get("COUNTERLINK_FUZZ_WEB_EXAMPLES", "40"))
PAGES = ("/reports", "/queue", "/dashboard", "/dashboard.json", "/campaigns", "/export/labelled")


def test_any_accepted_approach_shows_on_every_page(
    client: TestClient,
    token_for: Callable[[str], str],
    signed_in: Callable[[str], SignedIn],
) -> None:
    rita = {"Authorization": f"Bearer {token_for('rita')}"}
    ann, reporter = signed_in("ann"), signed_in("rita")

    @given(record=fz.valid_approach_json)
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def submit_and_show(record: dict[str, Any]) -> None:
        made = client.post("/api/v1/reports", json=record, headers=rita)
        assert made.status_code in (201, 422), made.text
        if made.status_code == 422:
            event("refused by the API")
            return
        event("stored and shown")
        case = f"/reports/{made.json()['id']}"
        for browser in (reporter, ann):
            shown = browser.get(case)
            assert shown.status_code == 200, (case, browser.name, shown.text[-500:])

    submit_and_show()
    for page in PAGES:
        response = ann.get(page)
        assert response.status_code < 500, (page, response.text[-500:])
