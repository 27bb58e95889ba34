"""Open a screenshot or photo safely: one read of the file, checks before any pixel is decoded.

Pillow reads an image's size from its header when the file is opened and decodes the pixels
only when they are used, so the size limit is enforced from the header: a small file that
decodes to gigabytes (a decompression bomb) is refused before it is decoded. Pillow's own bomb
check (a warning above 89 megapixels, an error above 179) is caught and reported the same way.
"""

from __future__ import annotations

import io
import re
import struct
import warnings
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from counterlink.errors import InvalidInput

if TYPE_CHECKING:
    from PIL import Image

# A phone screenshot is 1–5 megapixels and a full-page desktop capture rarely over 30; what is
# larger is not a screenshot, and decoding it costs hundreds of megabytes.
MAX_MEGAPIXELS = 40
INSTALL_HINT = "reading images needs Pillow: pip install 'counterlink[evidence]'"

# What Pillow's decoders raise on a damaged file: the format's own checks (SyntaxError from the
# PNG chunk reader), short reads, bad compressed data, bad header values.
_DAMAGED = (OSError, SyntaxError, ValueError, EOFError, struct.error, zlib.error, IndexError)
_BOMB_PIXELS = re.compile(r"\((\d+) pixels\)")


def open_image(path: Path) -> tuple[Image.Image, bytes]:
    """The image at ``path``, decoded and turned upright (EXIF orientation), and the file's
    bytes (read once: hashes are taken of the same bytes that were decoded).

    Raises InvalidInput naming the file when it is not an image, is damaged or truncated, is
    larger than :data:`MAX_MEGAPIXELS`, or when Pillow is not installed.
    """
    try:
        from PIL import Image, ImageOps
    except ImportError:
        raise InvalidInput(INSTALL_HINT, file=path) from None
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"cannot be read: {exc.strerror or exc}", file=path) from None
    if not data:
        raise InvalidInput("cannot be read as an image: the file is empty", file=path)
    with warnings.catch_warnings():
        # Pillow warns (above 89 megapixels) rather than refusing; the check below refuses.
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            probe = Image.open(io.BytesIO(data))
        except Image.DecompressionBombError as exc:
            raise InvalidInput(_too_large_by_pillow(str(exc)), file=path) from None
        except _DAMAGED as exc:
            raise InvalidInput(f"cannot be read as an image: {_reason(exc)}", file=path) from None
        width, height = probe.size
        _check_size(path, width, height)
        try:
            probe.verify()  # the format's own integrity checks (PNG chunk CRCs), no decoding
            image = Image.open(io.BytesIO(data))
            image.load()  # decoding finds what verify() does not: a truncated JPEG or PNG
        except Image.DecompressionBombError as exc:  # pragma: no cover - checked above
            raise InvalidInput(_too_large_by_pillow(str(exc)), file=path) from None
        except _DAMAGED as exc:
            raise InvalidInput(f"cannot be read as an image: {_reason(exc)}", file=path) from None
    try:
        upright = ImageOps.exif_transpose(image)
    except _DAMAGED:  # a broken orientation tag: read the image as stored
        upright = image
    return (upright if upright is not None else image), data


def _check_size(path: Path, width: int, height: int) -> None:
    pixels = width * height
    if width <= 0 or height <= 0:
        raise InvalidInput(f"cannot be read as an image: it is {width}×{height} pixels", file=path)
    if pixels > MAX_MEGAPIXELS * 1_000_000:
        raise InvalidInput(
            f"the image is {width}×{height} pixels ({_megapixels(pixels)} megapixels); "
            f"counterlink reads images up to {MAX_MEGAPIXELS} megapixels — crop or scale "
            "the screenshot",
            file=path,
        )


def _too_large_by_pillow(message: str) -> str:
    found = _BOMB_PIXELS.search(message)
    size = f"{_megapixels(int(found.group(1)))} megapixels" if found else "too large"
    return (
        f"the image is {size}; counterlink reads images up to {MAX_MEGAPIXELS} megapixels — "
        "crop or scale the screenshot"
    )


def _megapixels(pixels: int) -> str:
    value = pixels / 1_000_000
    return f"{value:.0f}" if value >= 10 else f"{value:.1f}"


def _reason(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    # Pillow names the in-memory buffer it was given, not the file: say what the user can act on.
    if "cannot identify image file" in text:
        return "not an image, or an image format Pillow does not read"
    if "truncat" in text.lower():
        return f"the file is cut short, part of the image is missing ({text})"
    return text
