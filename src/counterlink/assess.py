"""Findings → a calibrated Assessment with evidence and advice."""

from __future__ import annotations

from pathlib import Path

from counterlink.advice import advice_for
from counterlink.model import ScoringModel, load_model
from counterlink.schema import Approach, Assessment, Finding
from counterlink.signals.registry import Registry, default_registry


class Assessor:
    """Runs every detector of a registry over an approach and scores the findings.

    Build one and reuse it: loading the model and compiling the detectors happen once.
    """

    def __init__(self, model: ScoringModel | None = None, registry: Registry | None = None) -> None:
        self.model = model if model is not None else load_model()
        self.registry = registry if registry is not None else default_registry()

    @classmethod
    def from_path(cls, model_dir: Path | None) -> Assessor:
        return cls(load_model(model_dir), default_registry(model_dir))

    def findings(self, approach: Approach) -> list[Finding]:
        """Every finding, weighted by the model, strongest first (ties keep detector order)."""
        found = self.registry.run(approach)
        for finding in found:
            finding.weight = round(self.model.coefficients.get(finding.code, 0.0), 4)
        return sorted(found, key=lambda f: -f.weight)

    def assess(self, approach: Approach) -> Assessment:
        findings = self.findings(approach)
        score = self.model.probability({f.code for f in findings})
        level = self.model.level(score)
        return Assessment(
            id=approach.id,
            score=round(score, 4),
            level=level,
            findings=findings,
            advice=advice_for(level),
            model=self.model.label,
        )
