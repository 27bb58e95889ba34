"""One parser per file format, each with a fast path and a clean None for anything else."""

from __future__ import annotations

import pytest

from counterlink.ingest.linkedin import dates


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-06-11 15:33:58 UTC", "2023-06-11T15:33:58+00:00"),
        (" 2024-02-29 00:00:00 UTC ", "2024-02-29T00:00:00+00:00"),
        ("2023-06-11 15:33 UTC", "2023-06-11T15:33:00+00:00"),
        ("2023-02-30 15:33:58 UTC", None),
        ("2023-06-11T15:33:58Z", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_message_date(value: str, expected: str | None) -> None:
    assert dates.message_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("08 Feb 2026", "2026-02-08"),
        ("3 Feb 2021", "2021-02-03"),
        ("07 Jun 2026", "2026-06-07"),
        ("31 Feb 2021", None),
        ("Feb 3 2021", None),
        ("3 Feb 21", None),
        ("", None),
    ],
)
def test_connected_on(value: str, expected: str | None) -> None:
    assert dates.connected_on(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1/29/26, 2:37 PM", "2026-01-29T14:37:00"),
        ("12/1/25, 12:05 AM", "2025-12-01T00:05:00"),
        ("12/1/25, 12:05 PM", "2025-12-01T12:05:00"),
        ("10/2/26, 9:14\u202fAM", "2026-10-02T09:14:00"),
        ("13/1/25, 1:00 PM", None),
        ("1/29/26, 13:37 PM", None),
        ("1/29/26 2:37", None),
        ("", None),
    ],
)
def test_invitation_date(value: str, expected: str | None) -> None:
    assert dates.invitation_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("Jan 2024", "2024-01"), ("Sep 2018", "2018-09"), ("2019", "2019"), ("Janvier", None)],
)
def test_position_date(value: str, expected: str | None) -> None:
    assert dates.position_date(value) == expected
