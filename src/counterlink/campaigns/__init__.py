"""Campaigns: approaches linked by what they share (a persona, a photo, a handle, a firm, a
template), explained, suppressing values everyone shares, and respecting analyst judgements.

    from counterlink.campaigns import find_campaigns
    result = find_campaigns(approaches)            # in-process
    result.to_json()                               # {"campaigns": [...], ...}

The same steps run on Dask for inputs too big for one machine
(``counterlink.batch.dask_engine``, ``counterlink batch campaigns``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from counterlink.campaigns.background import Background, shipped
from counterlink.campaigns.cluster import cluster, validate_judgement
from counterlink.campaigns.indicators import Indicators, compact, extract
from counterlink.campaigns.linking import LinkSettings, link
from counterlink.campaigns.model import Campaign, CampaignResult, Link, Shared
from counterlink.schema import Approach

__all__ = [
    "Background",
    "Campaign",
    "CampaignResult",
    "Indicators",
    "Link",
    "LinkSettings",
    "Shared",
    "campaigns_from_indicators",
    "extract_all",
    "find_campaigns",
    "validate_judgement",
]


def extract_all(
    approaches: Sequence[Approach],
    *,
    jobs: int = 1,
    advance: Callable[[int], None] | None = None,
) -> list[Indicators]:
    """The indicators of every approach (on ``jobs`` processes when there are many)."""
    from counterlink.parallel import map_chunks

    return compact(map_chunks(_extract_range, approaches, jobs=jobs, advance=advance), {})


def _extract_range(approaches: Sequence[Approach], start: int) -> list[Indicators]:
    return [extract(a, start + k) for k, a in enumerate(approaches)]


def campaigns_from_indicators(
    items: Sequence[Indicators],
    judgements: Sequence[Mapping[str, Any]] = (),
    settings: LinkSettings | None = None,
    background: Background | None = None,
) -> CampaignResult:
    """Campaigns among ``items``; values are judged generic against ``background`` (default:
    the reference shipped with counterlink)."""
    found = link(items, settings, background if background is not None else shipped()).links
    # The links alone go on: the value weights (for explanations) are freed before clustering,
    # where memory peaks.
    campaigns = cluster(items, found, judgements)
    return CampaignResult(campaigns=campaigns, approaches=len(items), links=len(found))


def find_campaigns(
    approaches: Sequence[Approach],
    judgements: Sequence[Mapping[str, Any]] | None = None,
    settings: LinkSettings | None = None,
    *,
    jobs: int = 1,
    background: Background | None = None,
) -> CampaignResult:
    """Campaigns among ``approaches`` (ids from ``approach.id``, else ``#index``)."""
    checked = [validate_judgement(j) for j in judgements or ()]
    items = extract_all(approaches, jobs=jobs)
    return campaigns_from_indicators(items, checked, settings, background)
