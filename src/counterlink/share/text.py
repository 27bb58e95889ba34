"""The texts both exporters write: the persona's profile, the assessment, ATT&CK names."""

from __future__ import annotations

from counterlink.share.prepare import Prepared

# The techniques counterlink names (MITRE ATT&CK Enterprise).
ATTACK_NAMES = {
    "T1585.001": "Establish Accounts: Social Media Accounts",
    "T1586.001": "Compromise Accounts: Social Media Accounts",
    "T1593.001": "Search Open Websites/Domains: Social Media",
    "T1566.003": "Phishing: Spearphishing via Service",
    "T1598": "Phishing for Information",
}
# Every campaign export names these: fake social-media personas phishing for information.
CAMPAIGN_TECHNIQUES = ("T1585.001", "T1598", "T1566.003")


def profile_lines(p: Prepared) -> list[str]:
    """The persona's profile as "Field: value" lines (already without the target: the gate's
    disclosable copy)."""
    persona = p.approach.persona
    if persona is None:
        return []
    lines: list[str] = []
    for name in ("headline", "location", "about", "member_since"):
        value = getattr(persona, name)
        if value:
            lines.append(f"{name.replace('_', ' ').capitalize()}: {value!s}")
    for name in ("connections", "followers"):
        value = getattr(persona, name)
        if value is not None:
            lines.append(f"{name.capitalize()}: {value}")
    for job in persona.experience or []:
        span = " – ".join(x for x in (job.start, job.end) if x)
        what = " at ".join(x for x in (job.title, job.company) if x)
        lines.append(f"Experience: {what}" + (f" ({span})" if span else ""))
    for school in persona.education or []:
        what = ", ".join(x for x in (school.degree, school.field, school.school) if x)
        lines.append(f"Education: {what}")
    if persona.skills:
        lines.append("Skills: " + ", ".join(persona.skills))
    if persona.verified is not None:
        flags = [
            f"{k}={v}"
            for k, v in (
                ("identity", persona.verified.identity),
                ("workplace", persona.verified.workplace),
            )
            if v is not None
        ]
        if flags:
            lines.append("Verified: " + ", ".join(flags))
    return lines


def assessment_text(p: Prepared) -> str | None:
    assessment = p.assessment
    if assessment is None:
        return None
    lines = [
        f"counterlink assessment ({assessment.model}): level {assessment.level}, "
        f"probability of a hostile approach {assessment.score:.2f}.",
    ]
    for finding, _level in p.findings:
        attack = f" [ATT&CK {finding.attack}]" if finding.attack else ""
        lines.append(f"- {finding.title} ({finding.code}){attack}")
        for evidence in finding.evidence:
            lines.append(f'    {evidence.field}: "{evidence.excerpt}"')
        if finding.guidance:
            lines.append("    guidance: " + "; ".join(finding.guidance))
    return "\n".join(lines)


def messages_text(p: Prepared) -> str | None:
    parts = [
        f"[{m.sent_at or 'undated'}] {m.text}"
        for m in p.approach.messages
        if m.sender == "persona" and m.text
    ]
    return "\n\n".join(parts) or None
