"""Requests for sensitive information, recognised by a learned model rather than by rules.

The model (:mod:`counterlink.sensitive`) reads each message the persona sent; every message it
classifies as asking for sensitive information is cited by its asking sentence: each sentence
of the message is scored by the same model and the ones at or above the threshold are cited
(the highest-scoring one when none is). The title names what is asked for. The shipped model is
loaded once, at the first ``detect``, never at import.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import ClassVar

import numpy as np

from counterlink.schema import Approach, Evidence, Finding
from counterlink.sensitive.features import sentences
from counterlink.sensitive.model import MODEL_FILE, TYPES, SensitiveRequestModel
from counterlink.signals.base import Detector, scoped_texts
from counterlink.signals.guidance import (
    NPSA_TBYL,
    ODNI_NEVERNIGHT,
    PHISHING_FOR_INFORMATION,
    SECURE_INNOVATION,
)

CODE = "message.sensitive_request"
TITLE = "Asks for sensitive information"
GUIDANCE = [NPSA_TBYL, ODNI_NEVERNIGHT, SECURE_INNOVATION]


@cache
def _load(folder: Path | None) -> SensitiveRequestModel:
    # Shared by every detector instance: the artefact is read once per process and folder. A
    # model folder without its own sensitive.json uses the shipped one.
    if folder is not None and (folder / MODEL_FILE).is_file():
        return SensitiveRequestModel.load(folder)
    return SensitiveRequestModel.load()


class SensitiveModelDetector(Detector):
    """Messages the learned model classifies as asking for sensitive information."""

    name = "sensitive_model"
    codes: ClassVar[dict[str, str]] = {CODE: TITLE}

    def __init__(
        self, model: SensitiveRequestModel | None = None, *, folder: Path | None = None
    ) -> None:
        self.model = model  # None: the model of ``folder``, or the shipped one
        self.folder = folder

    def detect(self, approach: Approach) -> list[Finding]:
        texts = scoped_texts(approach, "persona_messages")
        if not texts:
            return []
        model = self.model if self.model is not None else _load(self.folder)
        logits = model.logits([text for _, text in texts])
        cutoff = float(np.log(model.threshold / (1.0 - model.threshold)))
        flagged = [k for k in range(len(texts)) if logits[k, 0] >= cutoff]
        if not flagged:
            return []
        asked: set[str] = set()
        for k in flagged:
            asked.update(model.types_of(logits[k]))
        # Every sentence of every flagged message, scored in one batch.
        spans = [(k, start, end) for k in flagged for start, end in sentences(texts[k][1])]
        sentence_logits = model.logits([texts[k][1][a:b] for k, a, b in spans])[:, 0]
        items: list[Evidence] = []
        for k in flagged:
            path, text = texts[k]
            mine = [
                (float(sentence_logits[j]), a, b) for j, (m, a, b) in enumerate(spans) if m == k
            ]
            if not mine:  # a message of blanks cannot be flagged, but stay safe
                continue
            cited = [(a, b) for score, a, b in mine if score >= cutoff]
            if not cited:
                _, a, b = max(mine, key=lambda s: (s[0], -s[1]))
                cited = [(a, b)]
            items.extend(Evidence(field=path, excerpt=text[a:b], start=a, end=b) for a, b in cited)
        kinds = ", ".join(label for key, label in TYPES.items() if key in asked)
        return [
            Finding(
                code=CODE,
                category="message",
                title=f"{TITLE} ({kinds})" if kinds else TITLE,
                evidence=items,
                guidance=list(GUIDANCE),
                attack=PHISHING_FOR_INFORMATION,
            )
        ]
