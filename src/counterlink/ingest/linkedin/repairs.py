"""Mojibake repairs, remembered so each distinct repaired value is reported once, not per row."""

from __future__ import annotations

from dataclasses import dataclass

from counterlink.ingest.linkedin.records import RowProblem
from counterlink.ingest.linkedin.text import repair_mojibake

_SHOWN = 40  # characters of a repaired value quoted in the warning


@dataclass
class _Repair:
    line: int
    fixed: str
    rows: int = 1


class Repairs:
    """Repairs values and, at the end, reports them as warnings (``lost=False``)."""

    def __init__(self) -> None:
        self._seen: dict[tuple[str, str, str], _Repair] = {}  # (file, field, original)

    def fix(self, value: str, file: str, line: int, field: str) -> str:
        """``value`` repaired; a repair is remembered against its file, line and field."""
        if value.isascii():
            return value  # nothing to repair: the common case, without another call
        fixed = repair_mojibake(value)
        if fixed == value:
            return value
        key = (file, field, value)
        seen = self._seen.get(key)
        if seen is None:
            self._seen[key] = _Repair(line, fixed)
        else:
            seen.rows += 1
        return fixed

    def problems(self) -> list[RowProblem]:
        """One warning per distinct repaired value, at the first row it was met."""
        found = []
        for (file, field, original), repair in self._seen.items():
            message = (
                f"repaired mis-encoded text (mojibake): {_short(original)!r} → "
                f"{_short(repair.fixed)!r}"
            )
            if repair.rows > 1:
                message += f" (the same value in {repair.rows - 1} later rows)"
            found.append(RowProblem(file, repair.line, field, message, False))
        return found


def _short(value: str) -> str:
    return value if len(value) <= _SHOWN else value[: _SHOWN - 1] + "…"
