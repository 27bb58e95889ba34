"""LinkedIn profile PDFs ("More → Save to PDF", and LinkedIn Recruiter's export) → Approach.

Text is read with pdfplumber (words with their coordinates, so the current layout's sidebar can
be told from its main column); never by parsing PDF syntax here. Every field read keeps the page
and box it came from in ``annotations["extracted_from"]`` (docs/formats.md), so a finding on
``persona.headline`` can be shown on the page. A file that cannot be read as a profile is an
InvalidInput naming it; a section that could not be read is a lost problem, never silence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from counterlink.errors import InvalidInput
from counterlink.ingest.linkedin.records import RowProblem
from counterlink.ingest.pdf import sections
from counterlink.ingest.pdf.lines import Line, split_columns, words_to_lines
from counterlink.schema import APPROACH_SCHEMA, Approach

# A LinkedIn profile is a few pages; a longer PDF is some other document (and slow to read).
MAX_PAGES = 40
INSTALL_HINT = "reading PDFs needs pdfplumber: pip install 'counterlink[evidence]'"

_FOOTER = re.compile(r"^Page \d+ of \d+$")
_RECRUITER = re.compile(r"LinkedIn Recruiter", re.IGNORECASE)
_HEADER_NOISE = re.compile(r"^Contact .+ on LinkedIn$|^LinkedIn Recruiter", re.IGNORECASE)
# Headings LinkedIn has used, in either column → the section they open.
HEADINGS = {
    "summary": "about",
    "about": "about",
    "experience": "experience",
    "education": "education",
    "skills & expertise": "skills",
    "skills": "skills",
    "top skills": "skills",
    "languages": "languages",
    "certifications": "certifications",
    "contact": "contact",
    "contact information": "contact",
    "honors-awards": "honors",
    "honors & awards": "honors",
    "publications": "publications",
    "patents": "patents",
    "projects": "projects",
    "volunteer experience": "volunteering",
    "courses": "courses",
    "interests": "interests",
    "organizations": "organizations",
}
_MAIN = {"about", "experience", "education", "skills"}
_OPEN_SECTIONS = {"languages", "certifications", "honors", "publications", "patents", "projects",
                  "volunteering", "courses", "interests", "organizations"}  # fmt: skip


@dataclass
class PdfProfile:
    """One profile read from a PDF and the problems met."""

    approach: Approach
    layout: str
    problems: list[RowProblem] = field(default_factory=list)


def read_pdf_profile(path: Path) -> PdfProfile:
    """Read the LinkedIn profile saved in the PDF at ``path``."""
    pages = _page_words(path)
    layout, boundary = _layout(pages)
    side: list[Line] = []
    main: list[Line] = []
    for number, (words, _width, _images) in enumerate(pages, 1):
        left, right = split_columns(words, boundary)
        side += words_to_lines(left, number, "sidebar")
        main += words_to_lines(right, number)
    keep = [_unmapped(line) for line in side + main if not _FOOTER.match(line.text)]
    profile = _profile(path, layout, keep)
    # A glyph the PDF gives no Unicode for comes out as NUL: shown as U+FFFD and said.
    if unmapped := sum("\ufffd" in line.text for line in keep):
        lines = "1 line holds" if unmapped == 1 else f"{unmapped} lines hold"
        message = f"{lines} characters the PDF maps to no Unicode text (shown as \ufffd)"
        profile.problems.append(RowProblem(path.name, None, None, message, False))
    return profile


def _unmapped(line: Line) -> Line:
    if "\x00" not in line.text:
        return line
    return Line(line.text.replace("\x00", "\ufffd"), line.page, line.bbox, line.size, line.column)


def _page_words(path: Path) -> list[tuple[list[dict[str, Any]], float, int]]:
    """Each page's words, width and number of images; the failure modes as InvalidInput."""
    try:
        import pdfplumber
        from pdfminer.pdfdocument import PDFPasswordIncorrect
    except ImportError:
        raise InvalidInput(INSTALL_HINT, file=path) from None
    try:
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) > MAX_PAGES:
                raise InvalidInput(
                    f"{len(pdf.pages)} pages: more than a LinkedIn profile has "
                    f"(at most {MAX_PAGES} are read)",
                    file=path,
                )
            pages = [
                (page.extract_words(extra_attrs=["size"]), float(page.width), len(page.images))
                for page in pdf.pages
            ]
    except InvalidInput:
        raise
    except Exception as exc:  # pdfminer raises many kinds; each is one of the cases below
        if _caused_by(exc, PDFPasswordIncorrect) or "password" in str(exc).lower():
            raise InvalidInput(
                "the PDF is password-protected (encrypted): open it, print or save it again "
                "without a password, and read that copy",
                file=path,
            ) from None
        raise InvalidInput(
            f"not a readable PDF (damaged or not a PDF: {type(exc).__name__})", file=path
        ) from None
    if not any(words for words, _, _ in pages):
        scanned = any(images for _, _, images in pages)
        what = "only images (a scanned or image-only PDF)" if scanned else "no text at all"
        raise InvalidInput(
            f"the PDF has no text layer, {what}: counterlink does not OCR PDFs; save the "
            "profile again with LinkedIn's 'More → Save to PDF', or read a screenshot of it "
            "as an image",
            file=path,
        )
    return pages


def _caused_by(exc: BaseException, kind: type[BaseException]) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, kind) or any(isinstance(arg, kind) for arg in seen.args):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _layout(pages: list[tuple[list[dict[str, Any]], float, int]]) -> tuple[str, float | None]:
    """Which of LinkedIn's layouts this is, and the sidebar's right edge in the current one."""
    words, width, _ = pages[0]
    text = " ".join(str(w["text"]) for w in words)
    if _RECRUITER.search(text):
        return "recruiter", None
    # The current layout: a "Contact"/"Top Skills" heading in the left third, the main
    # headings right of it; the sidebar ends where the main column begins.
    left = [w for w in words if w["text"] in ("Contact", "Top") and float(w["x0"]) < width / 3]
    right = [
        float(w["x0"])
        for w in words
        if w["text"] in ("Summary", "Experience", "Education") and float(w["x0"]) > width / 4
    ]
    if left and right:
        return "two-column", min(right) - 2
    return "2016", None


def _sections(lines: list[Line]) -> tuple[list[Line], dict[str, list[Line]], list[str]]:
    """The header (lines above the first heading), each section's lines, and headings seen."""
    header: list[Line] = []
    found: dict[str, list[Line]] = {}
    seen: list[str] = []
    current: list[Line] | None = None
    for line in lines:
        name = HEADINGS.get(line.text.strip().lower())
        if name is not None:
            current = found.setdefault(name, [])
            seen.append(name)
        elif current is None:
            header.append(line)
        else:
            current.append(line)
    return header, found, seen


def _profile(path: Path, layout: str, lines: list[Line]) -> PdfProfile:
    side = [line for line in lines if line.column == "sidebar"]
    main = [line for line in lines if line.column == "main" and not _RECRUITER.search(line.text)]
    _, side_sections, side_seen = _sections(side)
    header, main_sections, main_seen = _sections(main)
    found = {**side_sections, **main_sections}
    # A thin profile may have one section only; its own URL (every saved profile carries it)
    # or Recruiter's export header then says it is a profile.
    marked = any(
        sections.PROFILE_URL.search(line.text) or _RECRUITER.search(line.text) for line in lines
    )
    recognised = set(main_seen) & _MAIN
    if not header or not (len(recognised) >= 2 or (recognised and marked)):
        raise InvalidInput(
            "not a LinkedIn profile PDF: expected a profile saved with LinkedIn's "
            "'More → Save to PDF' (a name, then sections such as Summary, Experience, "
            "Education) or a LinkedIn Recruiter profile export",
            file=path,
        )
    persona: dict[str, Any] = {}
    where: dict[str, Line] = {}
    problems: list[str] = []

    # The header: name, headline, location; contact lines (2016) are read as contacts.
    contact_lines = [line for line in header if _is_contact(line)] + found.get("contact", [])
    named = [line for line in header if not _is_contact(line) and not _HEADER_NOISE.match(
        line.text)]  # fmt: skip
    if named:
        persona["name"], where["persona.name"] = named[0].text, named[0]
        rest = named[1:]
        # The location is the last header line: place-shaped ("City, Region"), or set
        # smaller than the headline ("London" alone).
        smaller = len(rest) >= 2 and rest[-1].size < rest[0].size - 0.5
        if len(rest) >= 2 and (sections._looks_like_location(rest[-1]) or smaller):
            persona["location"], where["persona.location"] = rest[-1].text, rest[-1]
            rest = rest[:-1]
        if rest:
            persona["headline"] = " ".join(line.text for line in rest)
            where["persona.headline"] = sections._span(rest)
    if found.get("about"):
        persona["about"] = " ".join(line.text for line in found["about"])
        where["persona.about"] = sections._span(found["about"])
    order = {"2016": "at", "two-column": "company-title", "recruiter": "title-company"}[layout]
    reads = [sections.contacts(contact_lines)]
    if "experience" in found:
        reads.append(sections.experience(found["experience"], order))
    if "education" in found:
        reads.append(sections.education(found["education"]))
    for name in ("skills", "languages", "certifications"):
        if name in found:
            reads.append(sections.listing(found[name], name))
    for read in reads:
        for key, value in read.values.items():
            if key == "contacts" and not value:
                continue
            persona[key] = value
        where.update(read.where)
        problems += read.problems
    # Sections counterlink has no field for are kept as text, never dropped.
    other = {
        name: " ".join(line.text for line in found[name])
        for name in _OPEN_SECTIONS - {"languages", "certifications"}
        if found.get(name)
    }
    if other:
        persona["other_sections"] = other
    missing = sorted(_MAIN - set(main_seen) - set(side_seen))
    annotations = {
        "extracted_from": {
            "file": path.name,
            "format": f"linkedin-profile-pdf/{layout}",
            "sections_missing": missing,
            "fields": {key: line.where(path.name) for key, line in where.items()},
        }
    }
    approach = Approach.model_validate(
        {
            "schema": APPROACH_SCHEMA,
            "id": path.stem,
            "source": f"LinkedIn profile PDF ({layout} layout): {path.name}",
            "channel": "linkedin",
            "persona": persona,
            "messages": [],
            "annotations": annotations,
        }
    )
    lost = [RowProblem(path.name, None, None, message, True) for message in problems]
    return PdfProfile(approach, layout, lost)


def _is_contact(line: Line) -> bool:
    return bool(
        sections.EMAIL.search(line.text)
        or sections.PROFILE_URL.search(line.text)
        or re.search(r"\((?:Mobile|Work|Home|LinkedIn|Company|Personal|Other)\)", line.text)
    )


def locate(approach: Approach, path: str) -> dict[str, Any] | None:
    """Where in its file the field at ``path`` (a finding's evidence field) was read: {file,
    page, bbox}; for a path inside a field (``persona.experience[0].title``) or a list item,
    the nearest recorded field."""
    fields = ((approach.annotations or {}).get("extracted_from") or {}).get("fields") or {}
    while path:
        if path in fields:
            found: dict[str, Any] = fields[path]
            return found
        cut = max(path.rfind("."), path.rfind("["))
        path = path[:cut] if cut > 0 else ""
    return None
