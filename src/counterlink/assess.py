"""Findings → a calibrated Assessment with evidence and advice."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from counterlink.advice import advice_for
from counterlink.model import ScoringModel, load_model
from counterlink.parallel import MIN_PARALLEL, map_chunks
from counterlink.schema import Approach, Assessment, Finding, Kind, Level
from counterlink.signals.registry import Registry, default_registry

if TYPE_CHECKING:
    from counterlink.watchlist.match import Watchlist


class Assessor:
    """Runs every detector of a registry over an approach and scores the findings.

    Build one and reuse it: loading the model and compiling the detectors happen once.
    With a ``watchlist``, every approach is also matched against the indicators partners
    shared; a hit is a finding whose weight is the watchlist's, not the model's.
    """

    def __init__(
        self,
        model: ScoringModel | None = None,
        registry: Registry | None = None,
        watchlist: Watchlist | None = None,
    ) -> None:
        self.model = model if model is not None else load_model()
        self.registry = registry if registry is not None else default_registry()
        self.watchlist = watchlist
        # Codes the model was never trained with (a detector added since, such as the employer
        # check) weigh their detector's floor until the model is retrained.
        known = set(self.model.coefficients) | set(self.model.training.get("bounds") or {})
        self._floors = {c: w for c, w in self.registry.floors().items() if c not in known}

    @classmethod
    def from_path(
        cls,
        model_dir: Path | None,
        watchlist: Watchlist | None = None,
        registers: Path | None = None,
    ) -> Assessor:
        """The model and detectors of ``model_dir``; ``registers``: verify claimed employers
        against this registry (:func:`counterlink.signals.employer.configured_registry`)."""
        return cls(load_model(model_dir), default_registry(model_dir, registers), watchlist)

    def weight(self, code: str, strength: float = 1.0) -> float:
        """A finding's weight: the model's, or its floor for a code the model never saw."""
        if code in self._floors:
            return self._floors[code] * strength
        return self.model.weight(code, strength)

    def findings(self, approach: Approach) -> list[Finding]:
        """Every finding, weighted by the model (watchlist hits by the watchlist), strongest
        first (ties keep detector order)."""
        found = self.registry.run(approach)
        for finding in found:
            finding.weight = round(self.weight(finding.code, finding.strength), 4)
        if self.watchlist is not None:
            found += self.watchlist.match(approach)
        if _read_by_ocr(approach):
            found = _marked_ocr(approach, found)
        return sorted(found, key=lambda f: -f.weight)

    def assess(self, approach: Approach) -> Assessment:
        findings = self.findings(approach)
        partner = sum(f.weight for f in findings if f.source is not None)
        strengths: dict[str, float] = {}
        for f in findings:
            if f.source is None:  # a code counts once, at its strongest
                strengths[f.code] = max(strengths.get(f.code, f.strength), f.strength)
        floored = sum(self.weight(c, s) for c, s in strengths.items() if c in self._floors)
        score = self.model.probability(strengths, extra=partner + floored)
        level = self.model.level(score)
        category = kind_of(findings, level)
        return Assessment(
            id=approach.id,
            score=round(score, 4),
            level=level,
            category=category,
            findings=findings,
            advice=advice_for(level, category),
            model=self.model.label,
        )


# A state approach's own moves, as the guidance describes them: elicitation (requests for work,
# colleagues, clearance; research, government or corporate information; question lists,
# escalation), paid reports, irregular payment, paid trips, unnamed clients, secrecy, and a
# partner's indicator. With any of them at medium or high, unwanted-traffic findings never turn
# an assessment into "just spam". A push to WhatsApp or a request for a phone number is not
# among them: loan, crypto and job-seeker spam do both as often as services do (in the
# hand-written corpus every approach with an unwanted-traffic finding and an off-platform push
# is benign); they still weigh as red flags in the score.
# Asks for personal, financial or log-in details are left out for the same reason.
_HOSTILE_PREFIXES = ("message.request_", "campaign.")
_HOSTILE_CODES = frozenset(
    {
        "message.sensitive_research",
        "message.sensitive_government",
        "message.sensitive_corporate",
        "message.paid_insight",
        "message.irregular_payment",
        "message.travel_invitation",
        "message.unnamed_client",
        "message.secrecy",
        "message.escalation",
        "message.question_list",
    }
)
# Findings that are never red flags: they are shown apart and may only lower the score.
APART: frozenset[str] = frozenset({"reassurance", "unwanted"})


def _read_by_ocr(approach: Approach) -> bool:
    persona = approach.persona
    return any(getattr(m, "ocr", None) for m in approach.messages) or bool(
        persona is not None and getattr(persona, "ocr", None)
    )


def _marked_ocr(approach: Approach, findings: list[Finding]) -> list[Finding]:
    """Findings on text read from a screenshot say so ("... (from OCR)": it may be misread),
    and each such evidence names the image and the regions it was read from."""
    from counterlink.ingest.images.evidence import mark_ocr_findings

    marked, where = mark_ocr_findings(approach, findings)
    for (i, j), region in where.items():
        extra = {"ocr": True, "image": region["file"], "regions": region["boxes"]}
        cited = marked[i].evidence[j].model_copy(update=extra)
        evidence = list(marked[i].evidence)
        evidence[j] = cited
        marked[i] = marked[i].model_copy(update={"evidence": evidence})
    return marked


def is_state_move(finding: Finding) -> bool:
    """True for a finding of what a state approach is after or how it pays (see above)."""
    code = finding.code
    return (
        finding.source is not None or code in _HOSTILE_CODES or code.startswith(_HOSTILE_PREFIXES)
    )


def is_red_flag(finding: Finding) -> bool:
    """A finding that raises the score: not a reassuring sign or unwanted traffic, and weighed
    above 0 (a finding the model gives no weight is context, not a flag)."""
    return finding.category not in APART and (finding.weight > 0 or finding.source is not None)


def kind_of(findings: Sequence[Finding], level: Level) -> Kind:
    """What kind of traffic the findings say this is (docs/scoring.md, "category"):

    * ``unwanted`` when unwanted-traffic findings are present and either the level is low or
      none of them is a state approach's own move (:func:`is_state_move`): spam is never told
      it "shows the hallmarks of a hostile state approach", whatever its score;
    * ``hostile_state`` at medium or high when a red flag (:func:`is_red_flag`) is present;
    * ``none`` otherwise.
    """
    unwanted = any(f.category == "unwanted" for f in findings)
    if unwanted and (level == "low" or not any(is_state_move(f) for f in findings)):
        return "unwanted"
    if level != "low" and any(is_red_flag(f) for f in findings):
        return "hostile_state"
    return "none"


def assess_all(
    assessor: Assessor,
    approaches: Sequence[Approach],
    *,
    jobs: int = 1,
    advance: Callable[[int], None] | None = None,
    min_parallel: int = MIN_PARALLEL,
) -> list[Assessment]:
    """Assessments of ``approaches``, in order; the same whatever ``jobs`` is."""
    if approaches and jobs > 1 and len(approaches) >= min_parallel:
        # Load the learned models before forking, so that every worker shares them instead
        # of reading the artefacts again.
        assessor.assess(approaches[0])

    def work(chunk: Sequence[Approach], _start: int) -> list[Assessment]:
        return [assessor.assess(a) for a in chunk]

    return map_chunks(work, approaches, jobs=jobs, advance=advance, min_parallel=min_parallel)
