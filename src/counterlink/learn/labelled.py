"""What training and evaluation both read: labelled sets, approaches cut to their first
messages, the summary figures of a set of scores, and which persona messages a finding flags.

Evaluation imports this module, never :mod:`counterlink.learn.train`, so no figure depends on
how the model was fitted.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from counterlink.errors import InvalidInput
from counterlink.ingest.approach_json import read_numbered
from counterlink.learn import metrics
from counterlink.schema import Approach, Finding

# Early detection is measured on each approach cut to its first N messages.
EARLY_MESSAGES = (1, 3, 5, 7)


@dataclass
class LabelledSet:
    approaches: list[Approach]
    labels: list[int]
    files: list[dict[str, Any]]


def load_labelled(paths: Sequence[Path]) -> LabelledSet:
    """Read labelled approach/1 files; an approach without a label is an error, not a skip."""
    approaches: list[Approach] = []
    labels: list[int] = []
    files: list[dict[str, Any]] = []
    for path in paths:
        numbered = read_numbered(path)
        rows = [approach for _, approach in numbered]
        for number, approach in numbered:
            if approach.label is None:
                raise InvalidInput(
                    "training data needs a label (malicious or benign)",
                    file=path,
                    line=number,
                    field="label",
                )
            approaches.append(approach)
            labels.append(1 if approach.label == "malicious" else 0)
        counts = Counter(a.label for a in rows)
        files.append(
            {
                "name": path.name,
                "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                "rows": len(rows),
                "malicious": counts["malicious"],
                "benign": counts["benign"],
            }
        )
    if len(set(labels)) < 2:
        raise InvalidInput(
            "training data needs both malicious and benign approaches",
            file=", ".join(str(path) for path in paths),
            field="label",
        )
    return LabelledSet(approaches, labels, files)


def groups_of(approaches: Sequence[Approach]) -> list[str]:
    """The cross-validation group of each approach: its source and ``annotations.scenario``
    (SEConvo's four scenarios, the hand-written kinds), else the approach alone. Folds keep a
    group together, so a model is never scored on a scenario it was trained on."""
    out = []
    for i, approach in enumerate(approaches):
        scenario = (approach.annotations or {}).get("scenario")
        source = approach.source or ""
        out.append(f"{source}|{scenario}" if scenario else f"{source}|#{approach.id or i}")
    return out


def truncate(approach: Approach, first: int) -> Approach:
    """The approach as it stood after its first ``first`` messages (persona or target)."""
    return approach.model_copy(update={"messages": approach.messages[:first]})


def summarise(y: Sequence[int], p: Sequence[float], threshold: float = 0.5) -> dict[str, float]:
    predicted = [int(pi >= threshold) for pi in p]
    return {
        "macro_f1": round(metrics.macro_f1(y, predicted), 4),
        "malicious_f1": round(metrics.malicious_f1(y, predicted), 4),
        "auc": round(metrics.auc(y, p), 4),
        "brier": round(metrics.brier(y, p), 4),
        "ece": round(metrics.expected_calibration_error(y, p), 4),
    }


def flagged_messages(findings: Sequence[Finding], approach: Approach) -> set[int]:
    """Persona messages cited by a finding whose code contains ``sensitive``: the one
    message-level matching rule, used here and by the sensitive-request training report."""
    cited: set[int] = set()
    for finding in findings:
        if "sensitive" not in finding.code:
            continue
        for ev in finding.evidence:
            for i in persona_indices(approach):
                if ev.field == f"messages[{i}].text":
                    cited.add(i)
    return cited


def persona_indices(approach: Approach) -> list[int]:
    return [i for i, m in enumerate(approach.messages) if m.sender == "persona"]
