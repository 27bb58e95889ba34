"""A list of questions to answer: the brief a "client" sends for a paid report.

The reports of the Yeo case and MI5's 2025 alert were commissioned as questions on policy,
programmes and plans; one message holding several such questions is the brief itself, even when
each question alone reads as curiosity. Genuine recruiters ask a question or two about the role.
"""

from __future__ import annotations

from counterlink.signals.base import PatternRule, rules_from_parts
from counterlink.signals.guidance import MI5_2025, NPSA_TBYL, YEO

_CODE = "message.question_list"
_TITLE = "Sends a list of questions about policy, projects or programmes to answer"
_GUIDANCE = (YEO, MI5_2025, NPSA_TBYL)

# What the questions are about: work a hostile service collects, not the role on offer.
_TOPIC = (
    r"\b(?:polic(?:y|ies)|projects?|programmes?|programs?|government|ministry|ministers?"
    r"|departments?|strateg(?:y|ies|ic)|plans?|planning|research|negotiat\w*|budgets?|decisions?"
    r"|contracts?|procurement|technolog(?:y|ies)|defen[cs]e|military|sanctions|regulat\w*"
    r"|legislation|roadmaps?|priorit(?:y|ies)|your\s+(?:team|organi[sz]ation|company|employer"
    r"|lab|unit|agency|institute|work))\b"
)
# A list marker: "1.", "2)", "-", "•".
_MARK = r"(?:\d{1,2}[.)]|[-•*])[ \t]*"

QUESTION_LIST: tuple[PatternRule, ...] = rules_from_parts(
    _CODE,
    _TITLE,
    _GUIDANCE,
    (
        # Three questions or more in a row (a question ends at "?"), from a sentence start.
        (
            "?",
            r"(?<![^.!?:\n])[ \t]*(?:" + _MARK + r")?[^?\n]{3,300}\?"
            r"(?:\s*(?:" + _MARK + r")?[^?\n]{3,300}\?){2,}",
        ),
        # Or a numbered or bulleted list of questions without question marks.
        (
            "what how which who when where whether why will would does do can could is are",
            r"(?:^|\n)[ \t]*" + _MARK + r"(?:what|how|which|who|when|where|whether|why|will|would"
            r"|does|do|can|could|is|are)\b[^\n]{3,300}(?:\n[ \t]*" + _MARK + r"[^\n]{3,300}){2,}",
        ),
    ),
    require=(_TOPIC,),
)

# "A list of questions from my client", "he sent me a questionnaire on the ministry's plans".
QUESTION_BRIEF: tuple[PatternRule, ...] = rules_from_parts(
    _CODE,
    _TITLE,
    _GUIDANCE,
    (
        (
            "questions questionnaire",
            r"\b(?:list|set|series|number|couple)\s+of\s+(?:\w+\s+)?questions\b|\bquestionnaires?\b",
        ),
    ),
    require=(
        r"\b(?:clients?|customers?|partners?|paid|pay|fee|fees|honorari(?:um|a)|polic(?:y|ies)"
        r"|government|ministry|minist\w+)\b",
    ),
)
