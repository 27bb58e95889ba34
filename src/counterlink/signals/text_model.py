"""The persona's wording, read as a whole by the conversation text model.

One finding when :class:`counterlink.textmodel.ConversationTextModel` gives the persona's text a
probability of at least 0.5 of belonging to a malicious approach. Its title names the terms
that pushed the score up most, and it cites the sentence holding the strongest of them, so an
analyst can see what the model reacted to. The model is loaded once, at the
first ``detect``, never at import.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import ClassVar

import numpy as np

from counterlink.schema import Approach, Evidence, Finding
from counterlink.sensitive.features import sentences
from counterlink.signals.base import Detector, scoped_texts, sentence_span
from counterlink.signals.guidance import NPSA_TBYL, ODNI_NEVERNIGHT
from counterlink.textmodel import ConversationTextModel, persona_text, strength

CODE = "text.resembles_malicious"
TITLE = "Wording resembles the malicious approaches the model was trained on"
# The probability at which the text model's view becomes a finding; its strength is the
# log-odds above that (textmodel.strength), and the scorer learns its coefficient from
# out-of-fold predictions graded the same way.
THRESHOLD = 0.5


@cache
def _load(folder: Path | None) -> ConversationTextModel | None:
    # Shared by every detector instance: the artefact is read once per process and folder.
    return ConversationTextModel.load(folder)


def _term_pattern(term: str) -> re.Pattern[str]:
    # A word gram was taken from lower-cased text with punctuation dropped: match its words in
    # the original text, whatever separates them.
    words = term.split()
    return re.compile(
        r"(?<!\w)" + r"\W+".join(re.escape(w) for w in words) + r"(?!\w)", re.IGNORECASE
    )


def _sentence_with(
    terms: list[str], texts: list[tuple[str, str]]
) -> tuple[str, str, int, int] | None:
    """The first sentence holding the strongest term found (the model's reason, in context);
    failing that, the persona's first sentence. Cheaper than scoring every sentence, which
    would cost a vectoriser call each."""
    for term in terms:
        pattern = _term_pattern(term)
        for path, text in texts:
            match = pattern.search(text)
            if match:
                a, b = sentence_span(text, match.start(), match.end())
                return path, text, a, b
    for path, text in texts:
        spans = sentences(text)
        if spans:
            return path, text, spans[0][0], spans[0][1]
    return None


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
        probability, terms = model.explain(whole)
        if probability < THRESHOLD:
            return []
        cited = _sentence_with(terms, texts)
        if cited is None:
            return []
        path, text, a, b = cited
        title = f"{TITLE} ({', '.join(terms)})" if terms else TITLE
        return [
            Finding(
                code=CODE,
                category="message",
                title=title,
                evidence=[Evidence(field=path, excerpt=text[a:b], start=a, end=b)],
                guidance=[NPSA_TBYL, ODNI_NEVERNIGHT],
                strength=round(float(strength(np.array([probability]))[0]), 4),
            )
        ]
