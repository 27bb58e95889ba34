"""What makes a sentence an ask of the target (cues, exclusions) and the ``_request`` helper."""

from __future__ import annotations

from counterlink.signals.base import Part, PatternRule, rules_from_parts
from counterlink.signals.guidance import PHISHING_FOR_INFORMATION

_VERBS = (
    r"(?:share|send|provide|give|tell|confirm|forward|e-?mail|pass|describe|outline|explain|list"
    r"|introduce|connect|supply|upload|attach|fill|write|prepare|draft|include|specify|show"
    r"|walk|let|brief|disclose|reveal|note)"
)

# An ask directed at the target, somewhere in the same sentence as the object.
REQUEST_CUES: tuple[str, ...] = (
    r"\b(?:could|can|would|will|may|might)\s+you\b",
    rf"\byou\s+(?:could|can|would|might)\s+(?:\w+\s+)?{_VERBS}",
    r"\b(?:could|can|may|might)\s+(?:i|we)\s+(?:\w+\s+)?"
    r"(?:get|have|ask|see|obtain|receive|know|take|access|request|confirm|borrow)\b",
    r"\bplease\b",
    r"\b(?:i|we)(?:'d|’d|'ll|’ll|\s+would|\s+will|\s+do|\s+also|\s+just|\s+still|\s+only)*"
    r"\s+(?:\w+\s+)?(?:need|require)s?\b",
    r"(?:'d|’d|\bwould)\s+(?:\w+\s+)?(?:like|love|appreciate|welcome|want|rather|prefer"
    r"|be\s+grateful)\b",
    r"\b(?:especially|particularly|most|mainly|mostly|really|very)\s+(?:\w+\s+)?(?:interested"
    r"\s+in|keen\s+(?:on|to)|curious\s+about)\b|\b(?:wants?|need|needs|like|love)\s+to\s+"
    r"(?:understand|know|learn|hear|see)\b|\bwant\s+a\s+feel\b",
    r"\b(?:all\s+)?(?:we|they|i)\s+ask\s+(?:is|for)\b|\bis\s+(?:helpful|useful)\s+if\s+you\b",
    r"\b(?:send|share|give|tell|forward|e-?mail|show|pass)\s+(?:me|us)\b",
    r"\b(?:let|keep)\s+(?:me|us)\s+know\b",
    r"\b(?:mind|willing|able|happy|prepared)\s+(?:to\s+)?"
    r"(?:sharing|sending|telling|providing|giving|confirming|introducing|share|send|tell"
    r"|provide|give|confirm|introduce)\b",
    r"\bif\s+you\s+(?:could|can|would|don't\s+mind|do\s+not\s+mind)\b",
    r"\bi\s+(?:was|am)\s+wondering\b",
    r"\bit\s+would\s+help\b|\bwould\s+be\s+(?:\w+\s+)?(?:great|helpful|useful|good|ideal"
    r"|perfect|appreciated)\b",
    r"\bany\s+chance\b",
    # Questions: a wh-question, or any question about "you"/"your".
    r"\b(?:what|what's|whats|where|when|which|who|whom|whose|how)\b[^?]*\?",
    r"\byou(?:r|rs)?\b[^?]*\?",
    # An imperative opening the sentence: "Send me...", "Also, list...".
    r"^(?:(?:also|and|now|lastly|finally|then|just|kindly|first|next|so)[,\s]+)?"
    r"(?:send|share|provide|forward|e-?mail|tell|give|list|describe|fill|upload|attach|include"
    r"|confirm|write|outline|introduce)\b",
)

# Sentences that mention the object without asking the target for it.
REQUEST_EXCLUDE: tuple[str, ...] = (
    # The persona offering something: "I'll send you the job description".
    r"\b(?:i|we)(?:'ll|’ll|\s+will|\s+can|\s+could|\s+shall|\s+am\s+going\s+to"
    r"|\s+are\s+going\s+to|\s+would\s+be\s+happy\s+to|\s+am\s+happy\s+to|\s+are\s+happy\s+to"
    r"|'ve|’ve|\s+have)?\s+(?:\w+\s+)?(?:send|share|forward|e-?mail|provide|give|attach(?:ed)?"
    r"|sent|shared|forwarded)\s+(?:you|it|them|this|over)\b",
    # Warnings and reassurance: "we will never ask for your password".
    r"\b(?:never|don't|do\s+not|won't|will\s+not|shouldn't|should\s+not)\s+(?:\w+\s+)?"
    r"(?:ask(?:ing)?|share|send|give|provide|disclose|reveal|include|submit|enter|post|require"
    r"|need)\b",
    r"\b(?:protect|protects|protecting|safeguard\w*|store|stores|storing)\s+(?:your|all|any)\b",
    r"\bplease\s+find\b|\bhere(?:'s|’s|\s+is|\s+are)\s+(?:the|my|our|a)\b",
    # Questions about skills, not asks for the thing: "any experience with source code review?"
    r"\b(?:do|did|have|has)\s+you\s+(?:\w+\s+)?(?:any\s+)?(?:experience|exposure|familiarity"
    r"|expertise|skills?)\b|\bare\s+you\s+familiar\s+with\b|\bhave\s+you\s+(?:ever\s+)?worked\b",
)


def _request(
    code: str,
    title: str,
    guidance: tuple[str, ...],
    parts: tuple[Part, ...],
    exclude: tuple[str, ...] = (),
) -> tuple[PatternRule, ...]:
    """A request: the phrasings of its object, each asked for in the same sentence."""
    return rules_from_parts(
        code,
        title,
        guidance,
        parts,
        attack=PHISHING_FOR_INFORMATION,
        exclude=REQUEST_EXCLUDE + exclude,
        require=REQUEST_CUES,
    )
