"""Screenshots and photos → approaches (needs ``counterlink[evidence]``: Pillow, imagehash,
pytesseract, and the Tesseract program for screenshots).

:func:`read_image` tells the two apart by what OCR finds: an image showing a conversation or a
profile header is a screenshot (``screenshot.py``: messages and persona with the image region of
every line); one with no such text is a profile photo (``photo.py``: its perceptual hashes and
the weak facts generated images carry). Without Tesseract an image is read as a photo, and a
problem says that any text in it was not read and how to install Tesseract.
"""

from __future__ import annotations

from pathlib import Path

from counterlink.errors import InvalidInput
from counterlink.ingest import Loaded
from counterlink.ingest.linkedin.records import RowProblem
from counterlink.schema import APPROACH_SCHEMA, Approach

PHOTO_SOURCE = "counterlink.photo/1"
# Grey levels' standard deviation below which an image is one colour.
BLANK_STDDEV = 2.0


def read_image(path: Path, *, as_photo: bool | None = None, lang: str = "eng") -> Loaded:
    """The approach an image shows. ``as_photo``: True reads it as the persona's photo only,
    False as a screenshot only (an image without text is then an error), None decides by OCR."""
    from counterlink.ingest.images.ocr import INSTALL_TESSERACT, tesseract_available
    from counterlink.ingest.images.open import open_image
    from counterlink.ingest.images.screenshot import ocr_split, read_screenshot

    if as_photo is False:
        return read_screenshot(path, lang=lang)
    image, data = open_image(path)
    problems: list[RowProblem] = []
    if as_photo is None:
        if tesseract_available():
            _, split = ocr_split(path, image, data, lang=lang)
            if split.approach is not None and _shows_text(split.approach):
                return Loaded(str(path), [split.approach], split.problems)
        else:
            problems.append(
                RowProblem(
                    path.name,
                    None,
                    None,
                    f"read as a photo only, any text in it NOT read: {INSTALL_TESSERACT}",
                    True,
                )
            )
    return Loaded(str(path), [photo_approach(path, image, data)], problems)


def _shows_text(approach: Approach) -> bool:
    """Whether OCR found a conversation or a profile header, not a stray word on a photo."""
    words = sum(len(m.text.split()) for m in approach.messages)
    persona = approach.persona
    header = persona is not None and bool(persona.name or persona.headline)
    return words >= 4 or header


def photo_approach(path: Path, image: object, data: bytes) -> Approach:
    """An approach holding only the persona's photo: its hashes and facts."""
    from PIL import ImageStat

    from counterlink.ingest.images.photo import describe_photo

    # One colour (a blank screenshot, an empty canvas) is no photo of anybody, and no text.
    spread = ImageStat.Stat(image.convert("L")).stddev[0]  # type: ignore[attr-defined]
    if spread < BLANK_STDDEV:
        raise InvalidInput(
            "the image is blank (one colour): no text was found by OCR and it is no photo",
            file=path,
        )
    photo = describe_photo(image, data, path.name)  # type: ignore[arg-type]
    if not photo.phash and not photo.placeholder:
        raise InvalidInput("no perceptual hash could be computed", file=path)
    return Approach.model_validate(
        {
            "schema": APPROACH_SCHEMA,
            "id": path.stem,
            "source": f"{PHOTO_SOURCE}: {path.name}",
            "channel": "unknown",
            "persona": {"photo": photo.model_dump(mode="json", exclude_none=True)},
            "messages": [],
            "annotations": {"extracted_from": {"file": path.name, "method": "photo"}},
        }
    )
