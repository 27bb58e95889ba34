"""The generator's output: the rows in order, each a campaign member's or background."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from counterlink.synth.background import _background_row
from counterlink.synth.campaigns import _campaign_row
from counterlink.synth.planning import _check_arguments, plan


def generate(n_approaches: int, n_campaigns: int, seed: int) -> Iterator[dict[str, Any]]:
    """``n_approaches`` approach/1 dicts, ``n_campaigns`` campaigns among them, the same for the
    same seed. Lazy: nothing is planned until the first row is asked for, and rows are built
    one at a time."""
    _check_arguments(n_approaches, n_campaigns)
    return _rows(n_approaches, n_campaigns, seed)


def _rows(n_approaches: int, n_campaigns: int, seed: int) -> Iterator[dict[str, Any]]:
    layout = plan(n_approaches, n_campaigns, seed)
    width = len(str(n_approaches - 1))
    seen = [0] * n_campaigns
    slots, members = layout.slots, len(layout.slots)
    next_slot = 0
    for row in range(n_approaches):
        rid = f"synth-{row:0{width}d}"
        if next_slot < members and int(slots[next_slot]) == row:
            campaign = layout.campaigns[int(layout.owners[next_slot])]
            next_slot += 1
            member = seen[campaign.index]
            seen[campaign.index] += 1
            yield _campaign_row(layout, campaign, member, rid)
        else:
            yield _background_row(layout, row, rid)
