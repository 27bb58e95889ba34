"""Synthetic approaches with known campaigns: ground truth for campaign linking.

:func:`generate` yields ``counterlink.approach/1`` dicts, the same for the same seed, one at a
time: the campaigns (their personas, firms, shared contacts, time windows, targets and message
templates) are planned first, in memory proportional to the number of campaigns and of their
members, and each row is then built from its own seeded random stream and dropped.

Ground truth: ``annotations.campaign`` is the campaign id (null for background traffic) and
``label`` is ``malicious`` for campaign members and lone hostile approaches, ``benign`` for the
rest. What the generator models, and which linker weakness each feature tests, is described in
docs/campaigns-synthetic.md.

Honesty rules: members of one campaign vary (name and firm variants, re-encoded photos,
paraphrased templates, contacts that come and go), generic values (webmail domains, job titles,
cities, big employers, the default avatar, common names) appear in campaigns and background
alike, and every campaign member shares at least one non-generic value (photo, profile slug,
address, domain, website, firm, handle or phone) with another member of its campaign: each member
after the first copies one such value from an earlier member, so a campaign is a connected graph.

Modules, each importing only those below it: :mod:`.rows` (the output, in order) over
:mod:`.campaigns` and :mod:`.background` (the two kinds of row), over :mod:`.messages` (what a
row says, and the row dict), over :mod:`.planning` (the campaigns, planned up front), over
:mod:`.personas` and :mod:`.templates`, over :mod:`.vocab` (word lists).
"""

from counterlink.synth.messages import GENERATOR
from counterlink.synth.personas import (
    DEFAULT_AVATAR_PHASH,
    firm_variant,
    name_variant,
    phone_variant,
)
from counterlink.synth.planning import (
    CAMPAIGN_SHARE,
    EPOCH,
    MAX_CAMPAIGN,
    MAX_CAMPAIGN_SHARE,
    MIN_CAMPAIGN,
    SPAN_DAYS,
    Plan,
    campaign_sizes,
    largest_campaign,
    plan,
)
from counterlink.synth.rows import generate

__all__ = [
    "CAMPAIGN_SHARE",
    "DEFAULT_AVATAR_PHASH",
    "EPOCH",
    "GENERATOR",
    "MAX_CAMPAIGN",
    "MAX_CAMPAIGN_SHARE",
    "MIN_CAMPAIGN",
    "SPAN_DAYS",
    "Plan",
    "campaign_sizes",
    "firm_variant",
    "generate",
    "largest_campaign",
    "name_variant",
    "phone_variant",
    "plan",
]
