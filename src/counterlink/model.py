"""The scoring model artefact: a plain JSON file, never unpickled.

A model is a folder holding ``model.json``: a logistic regression over finding codes (weights in
log-odds), the level thresholds chosen on data, and a record of its training data and metrics.
The shipped default lives in ``counterlink/models/default``; ``--model DIR`` points elsewhere.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from counterlink.errors import InvalidModel
from counterlink.schema import Level

T = TypeVar("T")
# A model fitted on a few hundred approaches cannot vouch for odds beyond 1 in 100 either way,
# so no score is ever shown as 0 % or 100 %.
MIN_SCORE = 0.01
MAX_SCORE = 0.99
MODEL_FORMAT = "counterlink.model/1"
MODEL_FILE = "model.json"


@dataclass(frozen=True)
class ScoringModel:
    """Logistic regression over the presence of finding codes.

    ``coefficients`` map a finding code to its weight in log-odds: a finding's ``weight`` in an
    assessment is exactly this number, so the score is ``sigmoid(intercept + sum(weights))``.
    A code the model has never seen weighs 0 (retrain to give a new detector a weight).
    """

    name: str
    version: str
    intercept: float
    coefficients: dict[str, float]
    thresholds: dict[str, float]
    training: dict[str, Any] = field(default_factory=dict)
    metrics: dict[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return f"{self.name}@{self.version}"

    def weight(self, code: str, strength: float = 1.0) -> float:
        """A finding's weight in log-odds: its code's coefficient times its strength."""
        return self.coefficients.get(code, 0.0) * strength

    def probability(self, codes: Iterable[str] | Mapping[str, float], extra: float = 0.0) -> float:
        """The score of an approach with these finding codes (a mapping gives each code's
        strength; a plain set means strength 1); ``extra`` adds log-odds the model did not
        learn (a partner watchlist hit's weight). Kept within [MIN_SCORE, MAX_SCORE]."""
        strengths = codes if isinstance(codes, Mapping) else dict.fromkeys(codes, 1.0)
        logit = self.intercept + sum(self.weight(c, s) for c, s in strengths.items()) + extra
        return min(max(1.0 / (1.0 + math.exp(-logit)), MIN_SCORE), MAX_SCORE)

    def level(self, score: float) -> Level:
        if score >= self.thresholds["high"]:
            return "high"
        if score >= self.thresholds["medium"]:
            return "medium"
        return "low"

    def to_json(self) -> dict[str, Any]:
        return {
            "format": MODEL_FORMAT,
            "name": self.name,
            "version": self.version,
            "kind": "finding-logistic-regression",
            "intercept": self.intercept,
            "coefficients": dict(sorted(self.coefficients.items())),
            "thresholds": self.thresholds,
            "training": self.training,
            "metrics": self.metrics,
        }

    def save(self, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / MODEL_FILE
        target.write_text(json.dumps(self.to_json(), indent=2, sort_keys=False) + "\n", "utf-8")
        return target


def read_artefact(path: Path | None, name: str, parse: Callable[[Any], T], kind: str) -> T:
    """A JSON artefact of a model folder: ``path`` (a file), or the shipped
    ``counterlink/models/default/NAME`` when None, parsed by ``parse``. Every failure is an
    InvalidModel naming the file (and the line of a JSON error); nothing is ever unpickled."""
    if path is None:
        where: str | Path = f"counterlink/models/default/{name}"
        text = resources.files("counterlink").joinpath("models/default", name).read_text("utf-8")
    else:
        where = path
        try:
            text = path.read_text("utf-8")
        except OSError as exc:
            raise InvalidModel(f"cannot read model: {exc.strerror}", file=path) from None
    try:
        return parse(json.loads(text))
    except json.JSONDecodeError as exc:
        raise InvalidModel(
            f"malformed model JSON: {exc.msg}", file=where, line=exc.lineno
        ) from None
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InvalidModel(f"invalid {kind}: {exc}", file=where) from None


def load_model(folder: Path | None = None) -> ScoringModel:
    """Load the model in ``folder`` (or the shipped default)."""
    if folder is None:
        text = (
            resources.files("counterlink").joinpath("models/default", MODEL_FILE).read_text("utf-8")
        )
        where: str | Path = "counterlink/models/default/model.json"
    else:
        path = folder / MODEL_FILE if folder.is_dir() else folder
        where = path
        try:
            text = path.read_text("utf-8")
        except OSError as exc:
            raise InvalidModel(f"cannot read model: {exc.strerror}", file=path) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidModel(
            f"malformed model JSON: {exc.msg}", file=where, line=exc.lineno
        ) from None
    return _from_json(data, where)


def _from_json(data: Any, where: str | Path) -> ScoringModel:
    if not isinstance(data, dict) or data.get("format") != MODEL_FORMAT:
        raise InvalidModel(f"not a {MODEL_FORMAT} file", file=where, field="format")
    try:
        thresholds = {k: float(v) for k, v in data["thresholds"].items()}
        if not 0.0 < thresholds["medium"] <= thresholds["high"] < 1.0:
            raise ValueError("thresholds must satisfy 0 < medium <= high < 1")
        return ScoringModel(
            name=str(data["name"]),
            version=str(data["version"]),
            intercept=float(data["intercept"]),
            coefficients={str(k): float(v) for k, v in data["coefficients"].items()},
            thresholds=thresholds,
            training=dict(data.get("training") or {}),
            metrics=dict(data.get("metrics") or {}),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InvalidModel(f"invalid model: {exc}", file=where) from None
