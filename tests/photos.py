"""Profile photos drawn with Pillow at test time (no image files in the repository)."""

from __future__ import annotations

import io
import random
from typing import Any

import numpy as np
from PIL import Image, ImageDraw

from counterlink.ingest.images.photo import describe_photo
from counterlink.schema import Photo


def face(seed: int = 1, size: int = 600) -> Image.Image:
    """A face-like drawing: head, eyes, mouth, shoulders and a busy background, by ``seed``."""
    rnd = random.Random(seed)

    def colour() -> tuple[int, int, int]:
        return (rnd.randrange(256), rnd.randrange(256), rnd.randrange(256))

    image = Image.new("RGB", (size, size), colour())
    draw = ImageDraw.Draw(image)
    k = size / 600
    cx, cy = 300 + rnd.randrange(-60, 60), 280 + rnd.randrange(-40, 40)
    skin = (rnd.randrange(120, 255), rnd.randrange(90, 220), rnd.randrange(70, 200))
    for _ in range(30):
        x, y = rnd.randrange(size), rnd.randrange(size)
        draw.ellipse([x, y, x + rnd.randrange(5, 40), y + rnd.randrange(5, 40)], fill=colour())
    draw.ellipse([(cx - 150) * k, (cy - 190) * k, (cx + 150) * k, (cy + 190) * k], fill=skin)
    for dx in (-60, 60):
        draw.ellipse(
            [(cx + dx - 25) * k, (cy - 60) * k, (cx + dx + 25) * k, (cy - 30) * k], fill="white"
        )
        draw.ellipse(
            [(cx + dx - 10) * k, (cy - 55) * k, (cx + dx + 10) * k, (cy - 35) * k],
            fill=(40, 30, 20),
        )
    draw.arc(
        [(cx - 70) * k, (cy + 40) * k, (cx + 70) * k, (cy + 120) * k],
        20,
        160,
        fill=(150, 30, 30),
        width=max(1, int(8 * k)),
    )
    draw.rectangle([0, (cy + 190) * k, size, size], fill=colour())
    return _grain(image, seed)


def _grain(image: Image.Image, seed: int) -> Image.Image:
    """The drawing with a photograph's grain: without it the flat drawing would be read as a
    placeholder (ingest.images.photo.is_placeholder), as a real silhouette is."""
    noise = np.random.default_rng(seed).normal(0, 14, (image.height, image.width, 3))
    pixels = np.asarray(image).astype(np.float64) + noise
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def encode(image: Image.Image, fmt: str = "JPEG", **options: Any) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def described(data: bytes, path: str | None = None) -> Photo:
    """``describe_photo`` of encoded bytes, opened as a reader would open them."""
    with Image.open(io.BytesIO(data)) as image:
        return describe_photo(image, data, path)


def photo_record(photo: Photo) -> dict[str, Any]:
    """The photo as approach/1 JSON (``persona.photo``)."""
    return photo.model_dump(mode="json", exclude_none=True)
