"""One date parser per export file, each with a fast path for the exact shape LinkedIn writes.

``datetime.strptime`` costs several microseconds a call, which adds up over 100,000 messages, so
each parser slices the fixed-format string and only validates it with ``datetime``; anything
that does not match the expected shape falls back to ``strptime`` (messages) or is refused.
Every parser returns an ISO 8601 string, or None when the value cannot be read.
"""

from __future__ import annotations

from datetime import date, datetime

_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
# Newer exports may put a narrow no-break space before AM/PM (ICU formatting).
_SPACES = str.maketrans({"\u202f": " ", "\u00a0": " "})


def message_date(value: str) -> str | None:
    """messages.csv ``DATE``, e.g. ``2023-06-11 15:33:58 UTC`` → ``2023-06-11T15:33:58+00:00``."""
    s = value.strip()
    if (
        len(s) == 23
        and s[4] == "-"
        and s[7] == "-"
        and s[10] == " "
        and s[13] == ":"
        and s[16] == ":"
        and s.endswith(" UTC")
        and s[:4].isdigit()
    ):
        return f"{s[:10]}T{s[11:19]}+00:00" if _valid_time(s) else None
    for fmt in ("%Y-%m-%d %H:%M:%S UTC", "%Y-%m-%d %H:%M UTC", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(s, fmt).strftime("%Y-%m-%dT%H:%M:%S+00:00")
        except ValueError:
            continue
    return None


def _valid_time(s: str) -> bool:
    """Whether ``YYYY-MM-DD HH:MM:SS`` at the start of ``s`` (its shape checked) is a real time.

    ``fromisoformat`` checks it in one call; it accepts only ASCII digits, so whatever it
    refuses is looked at again field by field, as ``int`` would read it.
    """
    try:
        datetime.fromisoformat(s[:19])
        return True
    except ValueError:
        pass
    try:
        datetime(int(s[:4]), int(s[5:7]), int(s[8:10]), int(s[11:13]), int(s[14:16]), int(s[17:19]))
    except ValueError:
        return False
    return True


def connected_on(value: str) -> str | None:
    """Connections.csv ``Connected On``, e.g. ``08 Feb 2026`` or ``3 Feb 2021`` → ``2021-02-03``."""
    parts = value.split()
    if len(parts) != 3:
        return None
    day, month, year = parts
    number = _MONTHS.get(month[:3].casefold())
    if number is None or not day.isdigit() or not year.isdigit() or len(year) != 4:
        return None
    try:
        return date(int(year), number, int(day)).isoformat()
    except ValueError:
        return None


def invitation_date(value: str) -> str | None:
    """Invitations.csv ``Sent At``, e.g. ``1/29/26, 2:37 PM`` → ``2026-01-29T14:37:00``.

    The export gives no time zone for invitations, so the result has no offset either.
    """
    s = value.translate(_SPACES).strip()
    day_part, _, time_part = s.partition(",")
    mdy = day_part.split("/")
    clock, _, meridiem = time_part.strip().partition(" ")
    hour_minute = clock.split(":")
    meridiem = meridiem.strip().upper()
    if len(mdy) == 3 and len(hour_minute) == 2 and meridiem in ("AM", "PM"):
        try:
            month, day, year = (int(p) for p in mdy)
            hour, minute = int(hour_minute[0]), int(hour_minute[1])
            if not 1 <= hour <= 12:
                return None
            year += 2000 if year < 100 else 0
            hour = hour % 12 + (12 if meridiem == "PM" else 0)
            return datetime(year, month, day, hour, minute).isoformat()
        except ValueError:
            return None
    return None


def position_date(value: str) -> str | None:
    """Positions.csv ``Started On``/``Finished On``, e.g. ``Jan 2024`` → ``2024-01``."""
    parts = value.split()
    if len(parts) == 1 and parts[0].isdigit() and len(parts[0]) == 4:
        return parts[0]  # some positions carry only a year
    if len(parts) != 2 or not parts[1].isdigit() or len(parts[1]) != 4:
        return None
    number = _MONTHS.get(parts[0][:3].casefold())
    return None if number is None else f"{parts[1]}-{number:02d}"
