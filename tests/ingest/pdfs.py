"""Build LinkedIn-profile PDFs in each layout with reportlab, for invented people only.

A profile is given as plain data (:class:`Profile`) and drawn the way each layout draws it:
"2016" single column with "Page N of M" footers and "Title at Company" lines; "two-column"
with the Contact / Top Skills sidebar; "recruiter", modelled on a LinkedIn Recruiter export.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

_FONT_FILES = [
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
]


def font() -> str:
    """A TrueType font with non-ASCII letters where the machine has one, else Helvetica."""
    for file in _FONT_FILES:
        if file.exists():
            if "Sans" not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont("Sans", str(file)))
            return "Sans"
    return "Helvetica"


@dataclass
class Job:
    title: str
    company: str
    dates: str  # as LinkedIn prints them: "June 2019 - Present (5 years 6 months)"
    location: str | None = None
    description: str | None = None


@dataclass
class School:
    school: str
    detail: str | None = None  # "Master of Science, Physics · (2008 - 2010)"


@dataclass
class Profile:
    name: str = "Maren Okonkwo-Lindqvist"
    headline: str = "Talent Partner at Helix Dynamics"
    location: str = "Rotterdam, South Holland, Netherlands"
    email: str | None = "maren.ol@example.org"
    url: str | None = "www.linkedin.com/in/maren-ol-3a91"
    website: str | None = "helix-dynamics.example (Company)"
    summary: str | None = "I connect engineers with teams building tidal energy systems."
    jobs: list[Job] = field(
        default_factory=lambda: [
            Job(
                "Talent Partner",
                "Helix Dynamics",
                "March 2021 - Present (3 years 9 months)",
                "Rotterdam, Netherlands",
                "Hiring for the offshore controls group.",
            ),
            Job(
                "Recruiter", "Northwind Staffing", "January 2015 - February 2021 (6 years 2 months)"
            ),
        ]
    )
    schools: list[School] = field(
        default_factory=lambda: [
            School("Erasmus University", "Bachelor of Arts, Psychology · (2010 - 2014)")
        ]
    )
    skills: list[str] = field(default_factory=lambda: ["Technical Recruiting", "Sourcing"])
    languages: list[str] = field(default_factory=list)
    filler: int = 0  # extra description lines, to push the profile onto more pages


class _Writer:
    """Draws lines top to bottom in one column, starting a new page when it runs out; with
    ``total`` (pages), each page gets a "Page N of M" footer as the 2016 layout had."""

    def __init__(self, c: canvas.Canvas, x: float, total: int | None = None) -> None:
        self.c, self.x, self.total = c, x, total
        self.y = A4[1] - 60
        self.pages = 1

    def line(self, text: str, size: float = 10) -> None:
        if self.y < 70:
            self.end_page()
            self.y = A4[1] - 60
        self.c.setFont(font(), size)
        self.c.drawString(self.x, self.y, text)
        self.y -= size + 6

    def end_page(self) -> None:
        if self.total is not None:
            self.c.setFont("Helvetica", 8)
            self.c.drawString(260, 30, f"Page {self.pages} of {self.total}")
        self.c.showPage()
        self.pages += 1


def _main_column(w: _Writer, p: Profile, layout: str) -> None:
    w.line(p.name, 20 if layout != "2016" else 16)
    w.line(p.headline, 12)
    w.line(p.location, 10)
    if layout == "2016":
        if p.email:
            w.line(p.email)
        if p.url:
            w.line(f"{p.url} (LinkedIn)")
    if layout == "recruiter" and p.email:
        w.line(f"{p.email} (Personal)")
    if p.summary is not None:
        w.line("Summary", 14)
        w.line(p.summary)
        for i in range(p.filler):
            w.line(f"More about my work, part {i + 1}, with teams and projects.")
    if p.jobs:
        w.line("Experience", 14)
    for job in p.jobs:
        if layout == "2016":
            w.line(f"{job.title} at {job.company}", 11)
        elif layout == "two-column":
            w.line(job.company, 11)
            w.line(job.title)
        else:
            w.line(job.title, 11)
            w.line(job.company)
        w.line(job.dates)
        if job.location:
            w.line(job.location)
        if job.description:
            w.line(job.description)
    if p.schools:
        w.line("Education", 14)
    for school in p.schools:
        w.line(school.school, 11)
        if school.detail:
            w.line(school.detail)
    if layout != "two-column" and p.skills:
        w.line("Skills & Expertise" if layout == "2016" else "Skills", 14)
        for skill in p.skills:
            w.line(skill)


def build(path: Path, profile: Profile, layout: str) -> Path:
    """Write ``profile`` drawn in ``layout`` to ``path``."""
    total = _draw(io.BytesIO(), profile, layout, None) if layout == "2016" else None
    _draw(path, profile, layout, total)
    return path


def _draw(target: Path | io.BytesIO, profile: Profile, layout: str, total: int | None) -> int:
    c = canvas.Canvas(target if isinstance(target, io.BytesIO) else str(target), pagesize=A4)
    if layout == "two-column":
        side = _Writer(c, 40)
        side.line("Contact", 13)
        if profile.email:
            side.line(profile.email, 9)
        if profile.url:
            side.line(profile.url, 9)
            side.line("(LinkedIn)", 9)
        if profile.website:
            side.line(profile.website, 9)
        if profile.skills:
            side.line("Top Skills", 13)
            for skill in profile.skills:
                side.line(skill, 9)
        if profile.languages:
            side.line("Languages", 13)
            for language in profile.languages:
                side.line(language, 9)
        w = _Writer(c, 220)
    else:
        w = _Writer(c, 60, total)
        if layout == "recruiter":
            w.line("LinkedIn Recruiter · Profile export", 8)
    _main_column(w, profile, layout)
    w.end_page()
    c.save()
    return w.pages - 1


def encrypted(path: Path, profile: Profile) -> Path:
    """A profile PDF that opens only with a password."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    c = canvas.Canvas(str(path), pagesize=A4, encrypt=StandardEncryption("secret", canModify=0))
    _main_column(_Writer(c, 60), profile, "recruiter")
    c.save()
    return path


def image_only(path: Path) -> Path:
    """A scanned profile: one page holding only a drawn image, no text layer."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    picture = Image.new("RGB", (200, 100), (240, 240, 240))
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(picture), 60, 500, width=400, height=200)
    c.showPage()
    c.save()
    return path


def not_a_profile(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 11)
    c.drawString(60, 780, "Quarterly invoice 2026-11")
    c.drawString(60, 760, "Total due: EUR 1,200.00")
    c.showPage()
    c.save()
    return path
