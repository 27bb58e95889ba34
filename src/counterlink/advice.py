"""What to do now, per level: the NPSA/CPNI "4 Rs" (Recognise, Realise, Report, Remove)."""

from __future__ import annotations

from counterlink.schema import Kind, Level

ADVICE: dict[Level, list[str]] = {
    "high": [
        "Recognise: this approach shows the hallmarks of a hostile state approach "
        "(see the findings and the guidance they cite).",
        "Realise: do not send your CV, project details, colleagues' names or any "
        "non-public information, do not accept payment or trips, and do not move the "
        "conversation to WhatsApp, WeChat, Telegram, e-mail or phone.",
        "Report: tell your security manager or research-security office now, and keep the "
        "messages and the profile (screenshots, the export) as evidence.",
        "Remove: once reported, stop replying and remove or block the contact as your "
        "security team advises.",
    ],
    "medium": [
        "Recognise: some tactics used in hostile approaches are present; it may still be genuine.",
        "Realise: verify the person and the firm independently (company register, the firm's "
        "own website and switchboard, mutual contacts) before you share anything.",
        "Report: ask your security manager or research-security office before replying "
        "further, especially if asked for information, payment details or a move off-platform.",
        "Remove: if it cannot be verified, do not continue; remove the contact.",
    ],
    "low": [
        "Recognise: no strong signs of a hostile approach were found in what was checked.",
        "Realise: a low score is not a guarantee; stay alert if the conversation turns to "
        "payment, secrecy, a move off-platform or requests for non-public information.",
        "Report: if anything changes, check the new messages again and tell your security team.",
    ],
}


# Ordinary unwanted traffic (counterlink.signals.unwanted) with nothing of a state approach: a
# plain answer, so that spam is never told it "shows the hallmarks of a hostile state approach".
UNWANTED_ADVICE = [
    "Recognise: this looks like ordinary unwanted traffic (spam, a sales pitch or a scam), "
    "not a hostile state approach.",
    "Realise: do not send money, bank or identity details, or a phone number to a stranger, "
    "and do not click links you did not ask for.",
    "Report: mark it as spam on LinkedIn (or in your mail). There is no need to alert your "
    "security team unless it turns to your work, your colleagues or non-public information.",
    "Remove: ignore it, or remove and block the sender.",
]


def advice_for(level: Level, category: Kind = "hostile_state") -> list[str]:
    """The advice for a level and a kind of traffic (counterlink.assess.kind_of).

    Ordinary unwanted traffic gets the plain advice at every level. The high-level text, which
    says the approach "shows the hallmarks of a hostile state approach", is only for a
    ``hostile_state`` assessment; a high score without a red flag gets the medium advice:
    verify before you engage.
    """
    if category == "unwanted":
        return list(UNWANTED_ADVICE)
    if level == "high" and category != "hostile_state":
        return list(ADVICE["medium"])
    return list(ADVICE[level])
