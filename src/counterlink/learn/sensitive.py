"""Training and honest evaluation of the sensitive-request model.

Examples are messages the persona sent: from SEConvo conversations (approach/1 JSON Lines whose
``annotations.sensitive_info_requests`` name the asking messages and what they ask for) and
from hand-written single messages (``{"text", "asks", "types"}`` JSON Lines). Cross-validation
is grouped by conversation, so no conversation is split between training and test, and is
reported on all messages and on SEConvo messages alone (the number comparable with published
results), beside the rule detector (:mod:`counterlink.signals.requests`) and a trivial baseline
on the very same messages. Everything here is deterministic for a given seed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from counterlink.errors import InvalidInput
from counterlink.ingest.approach_json import read_numbered
from counterlink.learn.labelled import flagged_messages
from counterlink.learn.sensitive_fit import cross_val_proba, fit_sensitive_model
from counterlink.schema import Approach
from counterlink.sensitive.model import TYPES, SensitiveRequestModel

# SEConvo's free-text type names → our types, first matching keyword wins (lower-cased).
_SECONVO_TYPES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("credentials", ("login", "password", "database access", "encryption", "access")),
    ("financial", ("credit card", "bank", "financial")),
    (
        "contact",
        ("email", "phone", "fax", "address", "contact", "location", "hometown", "business card"),
    ),
    (
        "research",
        (
            "project",
            "research",
            "unpublished",
            "data",
            "code",
            "paper",
            "pubs",
            "publication",
            "proposal",
            "draft",
            "screenshot",
            "equipment",
            "euipment",
            "software",
            "overview",
        ),
    ),
    ("colleagues", ("colleague", "reference", "endorsement")),
    ("clearance", ("clearance",)),
)


def seconvo_type(name: str) -> str:
    """Our type for one of SEConvo's type names; identifiers, documents and personal background
    (name, birth date, IDs, affiliation, history) fall to "personal"."""
    lowered = name.lower()
    for ours, keywords in _SECONVO_TYPES:
        if any(k in lowered for k in keywords):
            return ours
    return "personal"


@dataclass(frozen=True)
class Example:
    text: str
    asks: bool
    types: tuple[str, ...]
    group: str  # the conversation (or the single message) it belongs to
    source: str  # "seconvo" or "extra"
    rule: bool  # whether the rule detector flags it (see rule_flags)
    question: bool  # the trivial baseline: the message holds a question mark


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _rule_flags(approach: Approach) -> set[int]:
    """Indices of the messages a rule finding about sensitive information cites."""
    from counterlink.signals.requests import RequestsDetector

    return flagged_messages(RequestsDetector().detect(approach), approach)


def load_seconvo(path: Path) -> list[Example]:
    """One example per non-empty persona message of every annotated conversation in ``path``."""
    out: list[Example] = []
    # The project's reader: malformed records are errors naming the file and line. Detectors
    # never read label or annotations, so the rule flags need no stripped copy.
    for line_no, approach in read_numbered(path):
        asks: dict[int, tuple[str, ...]] = {}
        for item in (approach.annotations or {}).get("sensitive_info_requests") or []:
            kinds = sorted({seconvo_type(str(t)) for t in item.get("types") or []})
            asks[int(item["message"])] = tuple(kinds or ["personal"])
        flagged = _rule_flags(approach)
        group = approach.id or f"{path.name}:{line_no}"
        for i, message in enumerate(approach.messages):
            if message.sender != "persona" or not message.text.strip():
                continue
            out.append(
                Example(
                    text=message.text,
                    asks=i in asks,
                    types=asks.get(i, ()),
                    group=group,
                    source="seconvo",
                    rule=i in flagged,
                    question="?" in message.text,
                )
            )
    return out


def load_extra(path: Path) -> list[Example]:
    """One example per line of a hand-written ``{"text", "asks", "types"}`` file."""
    from counterlink.schema import APPROACH_SCHEMA

    out: list[Example] = []
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"cannot read: {exc}", file=path) from None
    for line_no, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InvalidInput(f"malformed JSON: {exc.msg}", file=path, line=line_no) from None
        if not isinstance(record, dict):
            raise InvalidInput("expected a JSON object", file=path, line=line_no)
        for key, kind in (("text", str), ("asks", bool)):
            if not isinstance(record.get(key), kind):
                raise InvalidInput(
                    f"needs {key!r} ({kind.__name__})", file=path, line=line_no, field=key
                )
        types = record.get("types") or []
        if not isinstance(types, list) or any(t not in TYPES for t in types):
            raise InvalidInput(
                f"types must be a list drawn from {sorted(TYPES)}",
                file=path,
                line=line_no,
                field="types",
            )
        text = str(record["text"])
        approach = Approach.model_validate(
            {"schema": APPROACH_SCHEMA, "messages": [{"sender": "persona", "text": text}]}
        )
        out.append(
            Example(
                text=text,
                asks=bool(record["asks"]),
                types=tuple(sorted(str(t) for t in types)),
                group=f"{path.name}:{line_no}",
                source="extra",
                rule=0 in _rule_flags(approach),
                question="?" in text,
            )
        )
    return out


def scores(truth: Sequence[bool], predicted: Sequence[bool]) -> dict[str, float | int]:
    """Message-level precision, recall and F1 of the positive class."""
    y = np.asarray(truth, dtype=bool)
    p = np.asarray(predicted, dtype=bool)
    tp = int(np.sum(y & p))
    fp = int(np.sum(~y & p))
    fn = int(np.sum(y & ~p))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "messages": len(y),
        "positives": int(y.sum()),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
    }


def evaluate(examples: Sequence[Example], seed: int = 0, n_splits: int = 5) -> dict[str, Any]:
    """Grouped cross-validated metrics of the model beside the rule detector and the baseline,
    overall and per source."""
    texts = [e.text for e in examples]
    y = np.array([int(e.asks) for e in examples])
    # A small set cannot fill five folds with both classes: use as many as it can.
    n_splits = min(n_splits, int(y.sum()), int(len(y) - y.sum()), len({e.group for e in examples}))
    if n_splits < 2:
        raise InvalidInput(
            "sensitive-request training needs at least two asking and two other messages"
        )
    proba = cross_val_proba(
        texts,
        y,
        [list(e.types) for e in examples],
        [e.group for e in examples],
        seed=seed,
        n_splits=n_splits,
    )
    model_flags = proba >= 0.5  # nested: 0.5 is each fold's own threshold
    out: dict[str, Any] = {
        "protocol": (
            f"{n_splits}-fold StratifiedGroupKFold (seed {seed}), grouped by conversation; "
            "threshold chosen by an inner grouped CV on each training fold"
        ),
    }
    for subset in ("all", "seconvo", "extra"):
        rows = [i for i, e in enumerate(examples) if subset in ("all", e.source)]
        if not rows:
            continue
        truth = [examples[i].asks for i in rows]
        out[subset] = {
            "model_cv": scores(truth, [bool(model_flags[i]) for i in rows]),
            "rule_detector": scores(truth, [examples[i].rule for i in rows]),
            "baseline_question_mark": scores(truth, [examples[i].question for i in rows]),
        }
    return out


def train_sensitive(
    seconvo_paths: Sequence[Path], extra_paths: Sequence[Path], seed: int = 0
) -> SensitiveRequestModel:
    """Evaluate by grouped cross-validation, then fit the final model on every example; the
    metrics and a record of the training files ride along in the artefact."""
    examples: list[Example] = []
    files: list[dict[str, Any]] = []
    for kind, paths, loader in (
        ("seconvo", seconvo_paths, load_seconvo),
        ("extra", extra_paths, load_extra),
    ):
        for path in paths:
            rows = loader(Path(path))
            examples.extend(rows)
            files.append(
                {
                    "name": Path(path).name,
                    "kind": kind,
                    "sha256": _sha256(Path(path)),
                    "messages": len(rows),
                    "asking": sum(e.asks for e in rows),
                }
            )
    metrics = evaluate(examples, seed=seed)
    model = fit_sensitive_model(
        [e.text for e in examples],
        [e.asks for e in examples],
        types=[list(e.types) for e in examples],
        groups=[e.group for e in examples],
        seed=seed,
    )
    model.training = {
        **model.training,
        "files": files,
        "messages": len(examples),
        "asking": sum(e.asks for e in examples),
        "conversations": len({e.group for e in examples if e.source == "seconvo"}),
        "features": model.features.size,
    }
    model.metrics = metrics
    return model


def is_conversation_file(path: Path) -> bool:
    """Whether ``path`` holds approach/1 conversations (else hand-written single messages):
    decided by its first record, which for conversations names the approach/1 schema."""
    try:
        with path.open(encoding="utf-8") as handle:
            first = next((line for line in handle if line.strip()), "")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"cannot read: {exc}", file=path) from None
    stripped = first.lstrip()
    return stripped.startswith("[") or '"schema"' in first


def train_sensitive_from(paths: Sequence[Path], seed: int = 0) -> SensitiveRequestModel:
    """:func:`train_sensitive` on files of either kind: annotated conversations (approach/1
    with ``annotations.sensitive_info_requests``) or ``{"text", "asks", "types"}`` lines."""
    conversations = [p for p in paths if is_conversation_file(Path(p))]
    messages = [p for p in paths if p not in conversations]
    return train_sensitive(conversations, messages, seed=seed)
