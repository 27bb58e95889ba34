"""The persona's wording, read as a whole by the conversation text model.

One finding when :class:`counterlink.textmodel.ConversationTextModel` gives the persona's text a
probability of at least 0.5 of belonging to a malicious approach. It cites the sentence of the
persona's messages that the model scores highest, and its title names the terms that pushed the
score up, so an analyst can see what the model reacted to. The model is loaded once, at the
first ``detect``, never at import.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import ClassVar

from counterlink.schema import Approach, Evidence, Finding
from counterlink.sensitive.features import sentences
from counterlink.signals.base import Detector, scoped_texts
from counterlink.signals.guidance import NPSA_TBYL, ODNI_NEVERNIGHT
from counterlink.textmodel import ConversationTextModel, persona_text

CODE = "text.resembles_malicious"
TITLE = "Wording resembles the malicious approaches the model was trained on"
# The probability at which the text model's view becomes a finding; the scorer learns its
# weight from out-of-fold predictions at this same cut-off.
THRESHOLD = 0.5


@cache
def _load(folder: Path | None) -> ConversationTextModel | None:
    # Shared by every detector instance: the artefact is read once per process and folder.
    return ConversationTextModel.load(folder)


class TextModelDetector(Detector):
    """The conversation text model's opinion, as one explainable finding."""

    name = "text_model"
    codes: ClassVar[dict[str, str]] = {CODE: TITLE}

    def __init__(
        self, model: ConversationTextModel | None = None, *, folder: Path | None = None
    ) -> None:
        self.model = model  # None: the model of ``folder``, or the shipped one
        self.folder = folder

    def detect(self, approach: Approach) -> list[Finding]:
        texts = scoped_texts(approach, "persona_messages")
        if not texts:
            return []
        model = self.model if self.model is not None else _load(self.folder)
        if model is None:
            return []
        whole = persona_text(approach)
        if float(model.predict_proba([whole])[0]) < THRESHOLD:
            return []
        # Cite the sentence the model finds most telling, scored on its own.
        spans = [(path, text, a, b) for path, text in texts for a, b in sentences(text)]
        if not spans:
            return []
        scores = model.logits([text[a:b] for _, text, a, b in spans])
        best = max(range(len(spans)), key=lambda k: (float(scores[k]), -k))
        path, text, a, b = spans[best]
        terms = model.top_terms(whole)
        title = f"{TITLE} ({', '.join(terms)})" if terms else TITLE
        return [
            Finding(
                code=CODE,
                category="message",
                title=title,
                evidence=[Evidence(field=path, excerpt=text[a:b], start=a, end=b)],
                guidance=[NPSA_TBYL, ODNI_NEVERNIGHT],
            )
        ]
