"""Read the lines of text in an image with Tesseract (the program, through pytesseract).

Tesseract is a separate program, not a Python package: without it :func:`ocr_lines` raises
:class:`TesseractMissing` saying how to install it. Lines are returned in the image's own pixel
coordinates whatever scaling was used to read them, each with its words, so a reader can cite
part of a line (a sender's name before its time) by the words' boxes.

How an image is prepared: transparency is flattened onto white, the image is turned to
greyscale, a dark image (dark mode) is inverted to dark text on light, and an image whose
longer side is under :data:`SMALL_SIDE` pixels (a crop of a message, not a phone screenshot) is
enlarged up to 4 times with Lanczos resampling, since Tesseract misreads text under about 20
pixels high. Two words of one Tesseract line far apart (a phone's status bar, a time at the far
end of a bubble) are split into separate lines. A ``|`` standing alone as a word is read as
``I`` (Tesseract's usual misreading of a capital I in sans-serif fonts).
"""

from __future__ import annotations

import math
import re
import shutil
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from counterlink.errors import InvalidInput

if TYPE_CHECKING:
    from PIL import Image

Box = tuple[int, int, int, int]  # x0, y0, x1, y1 in pixels of the image as given

SMALL_SIDE = 1000
MAX_SCALE = 4
# Words of one Tesseract line further apart than this many line heights are separate lines.
SPLIT_GAP = 4.0
TIMEOUT_S = 60
INSTALL_TESSERACT = (
    "reading text in screenshots needs the Tesseract OCR program, which is not installed: "
    "apt-get install tesseract-ocr (Debian/Ubuntu), brew install tesseract (macOS), "
    "or see https://tesseract-ocr.github.io/tessdoc/Installation.html"
)
INSTALL_PYTESSERACT = "reading screenshots needs pytesseract: pip install 'counterlink[evidence]'"


class TesseractMissing(InvalidInput):
    """The Tesseract program (or the pytesseract package that runs it) is not installed."""


@dataclass(frozen=True)
class OcrWord:
    text: str
    box: Box
    confidence: float  # Tesseract's, 0–100


@dataclass(frozen=True)
class OcrLine:
    """One line of text as read: ``text`` is its words joined by single spaces, ``box`` the
    smallest rectangle around them, ``confidence`` the mean of the words' (0–100)."""

    text: str
    box: Box
    confidence: float
    words: tuple[OcrWord, ...] = ()


def _pytesseract() -> Any:
    try:
        import pytesseract  # type: ignore[import-untyped]
    except ImportError:
        return None
    return pytesseract


@cache
def tesseract_version() -> str | None:
    """The version of the installed Tesseract program ("5.3.0"), or None when it is missing."""
    module = _pytesseract()
    if module is None or shutil.which(module.pytesseract.tesseract_cmd) is None:
        return None
    try:
        return str(module.get_tesseract_version())
    except (module.TesseractNotFoundError, OSError, ValueError):
        return None


def tesseract_available() -> bool:
    """Whether screenshots can be read here: pytesseract and the Tesseract program present."""
    return tesseract_version() is not None


def ocr_lines(image: Image.Image, *, lang: str = "eng", psm: int = 3) -> list[OcrLine]:
    """The lines of text Tesseract reads in ``image``, top to bottom.

    ``lang`` is a Tesseract language (``"eng"``, ``"eng+chi_sim"`` where that language pack is
    installed); ``psm`` its page segmentation mode (3: automatic, 11: sparse text).
    """
    module = _pytesseract()
    if module is None:
        raise TesseractMissing(INSTALL_PYTESSERACT)
    if not tesseract_available():
        raise TesseractMissing(INSTALL_TESSERACT)
    prepared, scale = prepare(image)
    try:
        data = module.image_to_data(
            prepared,
            lang=lang,
            config=f"--psm {psm}",
            output_type=module.Output.DICT,
            timeout=TIMEOUT_S,
        )
    except module.TesseractNotFoundError:
        raise TesseractMissing(INSTALL_TESSERACT) from None
    except module.TesseractError as exc:
        raise InvalidInput(f"Tesseract could not read the image: {exc.message}") from None
    except RuntimeError as exc:  # pytesseract's timeout
        raise InvalidInput(f"Tesseract did not finish within {TIMEOUT_S} s: {exc}") from None
    return lines_from_data(data, scale)


def prepare(image: Image.Image) -> tuple[Image.Image, float]:
    """The image as Tesseract reads it best, and the factor it was enlarged by."""
    from PIL import Image, ImageOps, ImageStat

    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flat = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        flat.alpha_composite(rgba)
        image = flat
    grey = image.convert("L")
    if ImageStat.Stat(grey).mean[0] < 100:  # light text on a dark background
        grey = ImageOps.invert(grey)
    longer = max(grey.size)
    scale = 1.0
    if longer < SMALL_SIDE:
        scale = float(min(MAX_SCALE, math.ceil(SMALL_SIDE / max(longer, 1))))
        size = (round(grey.width * scale), round(grey.height * scale))
        grey = grey.resize(size, Image.Resampling.LANCZOS)
    return grey, scale


def lines_from_data(data: dict[str, list[Any]], scale: float = 1.0) -> list[OcrLine]:
    """Tesseract's ``image_to_data`` dictionary grouped into lines by block, paragraph and line,
    boxes divided by ``scale``; empty words and Tesseract's non-word rows (confidence -1) are
    left out."""
    grouped: dict[tuple[int, int, int], list[OcrWord]] = {}
    for i, raw in enumerate(data.get("text", [])):
        text = str(raw).strip()
        confidence = float(data["conf"][i])
        if not text or confidence < 0:
            continue
        left, top = int(data["left"][i]), int(data["top"][i])
        right, bottom = left + int(data["width"][i]), top + int(data["height"][i])
        box = (
            math.floor(left / scale),
            math.floor(top / scale),
            math.ceil(right / scale),
            math.ceil(bottom / scale),
        )
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        grouped.setdefault(key, []).append(OcrWord(text, box, confidence))
    lines = [
        line
        for words in grouped.values()
        for run in _split_far_apart(words)
        if (line := _bars(run)) is not None
    ]
    return sorted(lines, key=lambda line: (line.box[1], line.box[0]))


def make_line(words: list[OcrWord] | tuple[OcrWord, ...]) -> OcrLine:
    """The line made of ``words`` (in reading order)."""
    box = (
        min(w.box[0] for w in words),
        min(w.box[1] for w in words),
        max(w.box[2] for w in words),
        max(w.box[3] for w in words),
    )
    confidence = sum(w.confidence for w in words) / len(words)
    return OcrLine(" ".join(w.text for w in words), box, round(confidence, 1), tuple(words))


def _bars(line: OcrLine) -> OcrLine | None:
    """Tesseract's ``|`` for a capital I: "| work" is "I work", "|'m" is "I'm"; a ``|`` before a
    capitalised word is kept (a headline's "Partner | Helix"), and one read with no confidence,
    taller than the words beside it, or standing apart at the end of a line is the edge of a
    bubble or an avatar and is dropped."""
    words = list(line.words)
    heights = sorted(w.box[3] - w.box[1] for w in words if w.text != "|")
    usual = heights[len(heights) // 2] if heights else None
    out: list[OcrWord] = []
    for i, word in enumerate(words):
        text = word.text
        following = words[i + 1].text if i + 1 < len(words) else None
        if text == "|":
            height = word.box[3] - word.box[1]
            if usual is None or height > 1.5 * usual:
                continue
            if following is not None and following[:1].islower():
                text = "I"
            elif word.confidence < 40 or (
                following is None and (not out or word.box[0] - out[-1].box[2] > usual)
            ):
                continue
        elif re.match(r"^\|['’]", text):
            text = "I" + text[1:]
        out.append(OcrWord(text, word.box, word.confidence))
    return make_line(out) if out else None


def _split_far_apart(words: list[OcrWord]) -> list[OcrLine]:
    words = sorted(words, key=lambda w: w.box[0])
    height = max(1, max(w.box[3] - w.box[1] for w in words))
    runs: list[list[OcrWord]] = [[words[0]]]
    for word in words[1:]:
        if word.box[0] - runs[-1][-1].box[2] > SPLIT_GAP * height:
            runs.append([word])
        else:
            runs[-1].append(word)
    return [make_line(run) for run in runs]
