"""The tactics that matter most, in French, German, Spanish, Italian and Dutch.

Paid reports, paid trips, an unnamed client abroad, secrecy and a move off the platform, as
approaches in those languages phrase them. The five languages share words ("rapport", "cliente",
"spese", "informe", "kosten"), so each group is read only on text in its language
(:class:`counterlink.signals.language.LanguageRules`): the Italian rules never run on Spanish.
The few language-neutral phrasings older than this module (``tous frais payés``, ``unter uns``)
stay with the English rules.
"""

from __future__ import annotations

from counterlink.signals.base import PatternRule
from counterlink.signals.tactics.foreign import de, es, fr, it, nl

FOREIGN_TACTICS: dict[str, tuple[PatternRule, ...]] = {
    "fr": fr.RULES,
    "de": de.RULES,
    "es": es.RULES,
    "it": it.RULES,
    "nl": nl.RULES,
}
