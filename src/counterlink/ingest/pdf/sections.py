"""The sections of a LinkedIn profile PDF → persona fields, each with the line it came from.

A section is the lines under a heading ("Experience", "Top Skills", ...). Each reader returns
the values and, by evidence path (``persona.experience[0].title``), the line each was read from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from counterlink.ingest.pdf.lines import Line

_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH = r"(?:" + "|".join(m[:3] + m[3:].join(("(?:", ")?")) for m in _MONTHS) + r")\.?"
_DATE = rf"(?:{_MONTH}\s+)?\d{{4}}"
# "June 2019 - Present (5 years 2 months)", "Jan 2020 – Mar 2021 · 1 yr 3 mos".
DATE_LINE = re.compile(
    rf"^(?P<start>{_DATE})\s*[-–—]\s*(?P<end>Present|{_DATE})\s*(?:[(·].*)?$", re.IGNORECASE
)
_DURATION = re.compile(r"^\d+\s+(?:years?|yrs?|months?|mos?)(?:\s+\d+\s+(?:months?|mos?))?$")
_YEARS = re.compile(r"\(?\s*(\d{4})\s*[-–—]\s*(\d{4}|Present)\s*\)?", re.IGNORECASE)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PROFILE_URL = re.compile(r"(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/in/[\w%-]+/?", re.I)
_WEBSITE = re.compile(r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?", re.IGNORECASE)
_PHONE = re.compile(r"\+?\d[\d ()-]{6,}\d")


def month(value: str) -> str:
    """ "June 2019" → "2019-06", "2019" → "2019" (the form approach/1 and the detectors use)."""
    parts = value.replace(".", "").split()
    if len(parts) == 1:
        return parts[0]
    index = next(i for i, m in enumerate(_MONTHS, 1) if m.startswith(parts[0][:3].lower()))
    return f"{parts[1]}-{index:02d}"


@dataclass
class Read:
    """What one section gave: values for the persona, where each came from, and problems."""

    values: dict[str, Any] = field(default_factory=dict)
    where: dict[str, Line] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def _looks_like_location(line: Line) -> bool:
    text = line.text
    return (
        len(text) <= 60
        and not text.endswith(".")
        and ("," in text or text.endswith((" Area", " Region")) or text.startswith("Remote"))
    )


def experience(lines: list[Line], order: str) -> Read:
    """Jobs from an Experience section. ``order`` is how LinkedIn drew each job's head: "at"
    ("Title at Company", 2016–17), "company-title" (current) or "title-company" (Recruiter)."""
    read = Read()
    dated = [i for i, line in enumerate(lines) if DATE_LINE.match(line.text)]
    if lines and not dated:
        read.problems.append(
            f"Experience: {len(lines)} lines but no job with a date range could be told apart "
            "(nothing of the section was read)"
        )
        return read
    jobs: list[dict[str, Any]] = []
    heads: list[int] = []  # the first line of each job's head, where the one before ends
    for k, j in enumerate(dated):
        floor = dated[k - 1] + 1 if k else 0
        job: dict[str, Any] = {}
        at = f"persona.experience[{k}]"
        if order == "at":
            head = max(j - 1, floor)
            if head < j:
                title, _, company = lines[head].text.partition(" at ")
                job["title"], read.where[f"{at}.title"] = title.strip(), lines[head]
                if company:
                    job["company"], read.where[f"{at}.company"] = company.strip(), lines[head]
        else:
            first, second = (
                ("company", "title") if order == "company-title" else ("title", "company")
            )
            head = j
            if j - 1 >= floor:
                head = j - 1
                job[second], read.where[f"{at}.{second}"] = lines[j - 1].text, lines[j - 1]
            before = j - 2
            if before >= floor and _DURATION.match(lines[before].text):
                before -= 1  # a company's total time above its roles
            # A role with no line of its own above it (no room after the previous job's date
            # and location) is another role at the previous job's company.
            if before >= floor + (1 if k else 0):
                head = before
                job[first], read.where[f"{at}.{first}"] = lines[before].text, lines[before]
            elif order == "company-title" and jobs and "company" in jobs[-1]:
                job["company"] = jobs[-1]["company"]
                read.where[f"{at}.company"] = read.where[f"persona.experience[{k - 1}].company"]
        m = DATE_LINE.match(lines[j].text)
        assert m is not None
        job["start"] = month(m.group("start"))
        job["end"] = None if m.group("end").lower() == "present" else month(m.group("end"))
        read.where[f"{at}.start"] = read.where[f"{at}.end"] = lines[j]
        jobs.append(job)
        heads.append(head)
    ends = [*heads[1:], len(lines)]
    for k, j in enumerate(dated):
        body = lines[j + 1 : ends[k]]
        at = f"persona.experience[{k}]"
        if body and _looks_like_location(body[0]):
            jobs[k]["location"], read.where[f"{at}.location"] = body[0].text, body[0]
            body = body[1:]
        if body:
            jobs[k]["description"] = " ".join(line.text for line in body)
            read.where[f"{at}.description"] = _span(body)
    if dated and dated[0] > 0 and heads[0] > 0:
        read.problems.append(
            f"Experience: {heads[0]} lines before the first job could not be read as a job"
        )
    read.values["experience"] = jobs
    return read


def education(lines: list[Line]) -> Read:
    """Schools, each with an optional detail line "Degree, Field · (2010 - 2014)"."""
    read = Read()
    schools: list[dict[str, Any]] = []
    for line in lines:
        years = _YEARS.search(line.text)
        at = f"persona.education[{len(schools) - 1}]"
        if schools and (years or "·" in line.text) and "degree" not in schools[-1]:
            detail = _YEARS.sub("", line.text).replace("·", " ").strip(" ,")
            degree, _, subject = detail.partition(",")
            if degree.strip():
                schools[-1]["degree"], read.where[f"{at}.degree"] = degree.strip(), line
            if subject.strip():
                schools[-1]["field"], read.where[f"{at}.field"] = subject.strip(), line
            if years:
                schools[-1]["start"] = years.group(1)
                if years.group(2).lower() != "present":
                    schools[-1]["end"] = years.group(2)
                read.where[f"{at}.start"] = read.where[f"{at}.end"] = line
            continue
        schools.append({"school": line.text})
        read.where[f"persona.education[{len(schools) - 1}].school"] = line
    read.values["education"] = schools
    return read


def listing(lines: list[Line], name: str) -> Read:
    """One item a line, or several split at commas and middle dots (skills, languages)."""
    read = Read()
    items: list[str] = []
    for line in lines:
        for item in re.split(r"\s*[,·•]\s*", line.text):
            if item:
                read.where[f"persona.{name}[{len(items)}]"] = line
                items.append(item)
    read.values[name] = items
    return read


def contacts(lines: list[Line]) -> Read:
    """E-mails, phones, websites and the profile URL from a Contact block (or a header)."""
    read = Read()
    texts = _join_wrapped_urls(lines)
    found: dict[str, list[str]] = {"emails": [], "phones": [], "websites": []}
    for text, line in texts:
        for email in EMAIL.findall(text):
            read.where[f"persona.contacts.emails[{len(found['emails'])}]"] = line
            found["emails"].append(email)
        rest = EMAIL.sub(" ", text)
        if url := PROFILE_URL.search(rest):
            profile = url.group().rstrip("/")
            if not profile.startswith("http"):
                profile = "https://" + profile
            read.values["url"], read.where["persona.url"] = profile, line
            continue
        if re.search(r"\((?:Mobile|Work|Home|Phone)\)", rest) and (phone := _PHONE.search(rest)):
            read.where[f"persona.contacts.phones[{len(found['phones'])}]"] = line
            found["phones"].append(phone.group().strip())
            continue
        for site in _WEBSITE.findall(re.sub(r"\(.*?\)", " ", rest)):
            read.where[f"persona.contacts.websites[{len(found['websites'])}]"] = line
            found["websites"].append(site)
    read.values["contacts"] = {k: v for k, v in found.items() if v}
    return read


def _join_wrapped_urls(lines: list[Line]) -> list[tuple[str, Line]]:
    """A long profile URL wraps onto the next line ("linkedin.com/in/ada-" "lovelace-1815")."""
    out: list[tuple[str, Line]] = []
    for line in lines:
        if (
            out
            and "linkedin.com/in/" in out[-1][0]
            and out[-1][0].endswith("-")
            and " " not in line.text
        ):
            out[-1] = (out[-1][0] + line.text, out[-1][1])
        else:
            out.append((line.text, line))
    return out


def _span(lines: list[Line]) -> Line:
    """One line standing for several on one page (the box around them all)."""
    first = lines[0]
    same = [line for line in lines if line.page == first.page]
    box = (
        min(line.bbox[0] for line in same),
        min(line.bbox[1] for line in same),
        max(line.bbox[2] for line in same),
        max(line.bbox[3] for line in same),
    )
    return Line(" ".join(line.text for line in lines), first.page, box, first.size, first.column)
