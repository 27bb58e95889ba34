"""The published guidance findings cite: one short name per source, used by every detector.

A finding's ``guidance`` lists these names; docs/guidance.md gives each source in full, and
``formats/RED-FLAGS.md`` (shared) maps red flags to them.
"""

from __future__ import annotations

NPSA_TBYL = "NPSA Think Before You Link"
NZ_TBYL = "NZ PSR Think Before You Link"
ASIO_TBYL = "ASIO Think Before You Link"
ODNI_NEVERNIGHT = "ODNI-NCSC Nevernight Connection"
ODNI_DECEPTION = "ODNI-NCSC social media deception"
MI5_2025 = "MI5 espionage alert 2025"
MI5_BBC = "MI5 via BBC (2021, 2023)"
YEO = "US v. Dickson Yeo (2020)"
SECURE_INNOVATION = "Five Eyes Secure Innovation"
ASIO_CLEARANCES = "ASIO on declared clearances (2023, 2025)"
PSYSCAM_LIKING = "PsyScam (Ma et al. 2025): liking"

SOURCES: dict[str, str] = {
    NPSA_TBYL: "NPSA (formerly CPNI) and NCSC, Think Before You Link (campaign, app and guidance)",
    NZ_TBYL: "New Zealand Protective Security Requirements, Think before you link",
    ASIO_TBYL: "ASIO, Think Before You Link (2020)",
    ODNI_NEVERNIGHT: "ODNI-NCSC and FBI, The Nevernight Connection (2020)",
    ODNI_DECEPTION: "ODNI-NCSC, Intelligence threats & social media deception",
    MI5_2025: "MI5 espionage alert to Parliament, 18 November 2025",
    MI5_BBC: "MI5 figures on online approaches reported by the BBC (April 2021, October 2023)",
    YEO: "United States v. Jun Wei Yeo (Dickson Yeo), plea and court documents (2020)",
    SECURE_INNOVATION: "Five Eyes / NPSA Secure Innovation (2023)",
    ASIO_CLEARANCES: "ASIO on Australians declaring clearances on networking sites (2023, 2025)",
    PSYSCAM_LIKING: "PsyScam persuasion techniques (Ma et al. 2025): liking",
}

# ATT&CK techniques findings cite.
PHISHING_FOR_INFORMATION = "T1598"
SPEARPHISHING_VIA_SERVICE = "T1566.003"
SPEARPHISHING_LINK = "T1566.002"
SOCIAL_MEDIA_ACCOUNTS = "T1585.001"
EMAIL_ACCOUNTS = "T1585.002"
SEARCH_SOCIAL_MEDIA = "T1593.001"
