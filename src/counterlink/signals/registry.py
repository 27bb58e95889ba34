"""The one registry of detectors. Built-in detectors are added here explicitly, exactly as a
third party would add its own: ``registry = default_registry(); registry.add(MyDetector())``.
Nothing is registered at import time.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from counterlink.schema import Approach, Finding
from counterlink.signals.base import Detector


class Registry:
    """An ordered set of detector instances, keyed by ``Detector.name``."""

    def __init__(self, detectors: list[Detector] | None = None) -> None:
        self._detectors: dict[str, Detector] = {}
        for detector in detectors or []:
            self.add(detector)

    def add(self, detector: Detector) -> None:
        if detector.name in self._detectors:
            raise ValueError(f"a detector named {detector.name!r} is already registered")
        clash = set(detector.codes) & set(self.codes())
        if clash:
            raise ValueError(f"finding codes already emitted by another detector: {sorted(clash)}")
        self._detectors[detector.name] = detector

    def __iter__(self) -> Iterator[Detector]:
        return iter(self._detectors.values())

    def __len__(self) -> int:
        return len(self._detectors)

    def codes(self) -> dict[str, str]:
        """Every finding code any registered detector can emit, with its title."""
        out: dict[str, str] = {}
        for detector in self._detectors.values():
            out.update(detector.codes)
        return out

    def floors(self) -> dict[str, float]:
        """The weight floor of each code whose detector declares one (``floors``): what a code
        the scoring model was never trained with weighs until it is retrained."""
        out: dict[str, float] = {}
        for detector in self._detectors.values():
            out.update(getattr(detector, "floors", {}))
        return out

    def run(self, approach: Approach) -> list[Finding]:
        findings: list[Finding] = []
        for detector in self._detectors.values():
            findings.extend(detector.detect(approach))
        return findings


def default_registry(model_dir: Path | None = None, registers: Path | None = None) -> Registry:
    """A registry holding every built-in detector, in a fixed order. The learned detectors read
    their artefacts from ``model_dir`` when it holds them, else the shipped ones. With
    ``registers`` (a registry of company registers, see
    :func:`counterlink.signals.employer.configured_registry`) the employer detector verifies
    the claimed employer; without it, it is not registered at all."""
    # Imported here so that importing the registry module does no detector work.
    from counterlink.signals import (
        contacts,
        escalation,
        photo,
        profile,
        reassurance,
        report_form,
        requests,
        sensitive_model,
        tactics,
        target,
        text_model,
        unwanted,
    )
    from counterlink.signals.tactics import reported

    registry = Registry(
        [
            tactics.TacticsDetector(),
            reported.ReportedTacticsDetector(),
            requests.RequestsDetector(),
            sensitive_model.SensitiveModelDetector(folder=model_dir),
            text_model.TextModelDetector(folder=model_dir),
            escalation.EscalationDetector(),
            contacts.ContactsDetector(),
            profile.ProfileDetector(),
            photo.PhotoDetector(),
            target.TargetDetector(),
            reassurance.ReassuranceDetector(),
            unwanted.UnwantedDetector(),
            report_form.ReportFormDetector(),
        ]
    )
    if registers is not None:
        from counterlink.signals.employer import EmployerDetector

        registry.add(EmployerDetector(registers))
    return registry
