"""A profile photo as evidence: its hashes, its size and the weak facts its file carries.

:func:`describe_photo` fills an approach/1 ``Photo`` from the image and its bytes:

* ``sha256`` of the bytes (the same file), ``phash`` (imagehash's 64-bit DCT perceptual hash,
  16 hex digits: what campaign linking compares, ``campaigns.indicators``);
* ``hashes``: ``phash``, ``dhash``, ``ahash``, ``whash`` (64 bits each, 16 hex digits) and
  ``colorhash`` (imagehash's colour histogram hash, 11 hex digits);
* ``width``, ``height``, ``format``;
* ``facts``: weak facts stock and generated images often carry (``{"code", "text"}``), each
  documented in docs/photos.md with its source. None of them says a photo is fake: genuine
  photos share every one of them. They are context for an analyst, weighed low.

:func:`photo_distance` is how far apart two photos are (see its docstring, docs/photos.md).
Pillow and imagehash are imported only by :func:`describe_photo`.
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING, Any

from counterlink.schema import Photo

if TYPE_CHECKING:
    from PIL import Image

# The 64-bit hashes (16 hex digits each) compared bit by bit; colorhash is kept but not
# compared (a histogram of a few colours says "similar palette", not "same picture").
BIT_HASHES = ("phash", "dhash", "ahash", "whash")
HASH_KINDS = (*BIT_HASHES, "colorhash")

# Exact output sizes of image generators. An exact match is weak: 512x512 and 1024x1024 are
# also ordinary avatar sizes. Sources (docs/photos.md):
# - StyleGAN / FFHQ: 1024x1024 PNGs (NVlabs/ffhq-dataset), what thispersondoesnotexist shows;
# - OpenAI images API: DALL-E 2 256/512/1024 squares, DALL-E 3 1024x1024, 1792x1024 and
#   1024x1792, gpt-image-1 1024x1024, 1536x1024 and 1024x1536 (the API's `size` values);
# - Stable Diffusion model cards: v1.x trained at 512x512, 2.x-base 512x512, 2.x 768x768.
# 256x256 is left out: it is below LinkedIn's size and a common thumbnail.
GENERATOR_SIZES: dict[tuple[int, int], str] = {
    (1024, 1024): "StyleGAN (thispersondoesnotexist), DALL-E 2 and 3, gpt-image-1",
    (512, 512): "Stable Diffusion 1.x and 2.x-base, DALL-E 2",
    (768, 768): "Stable Diffusion 2.x",
    (1792, 1024): "DALL-E 3 (landscape)",
    (1024, 1792): "DALL-E 3 (portrait)",
    (1536, 1024): "gpt-image-1 (landscape)",
    (1024, 1536): "gpt-image-1 (portrait)",
}
# Two photos are one picture up to 6 bits apart by phash (as campaign linking's photo_bits):
# re-encoding and resizing flip 0-2 bits, a slight crop up to 6; different faces in the tests
# and in the literature are 20 or more apart. Their dhashes must then agree within 10 bits.
REUSE_BITS = 6
DHASH_BITS = 10
# LinkedIn recommends a profile photo of at least 400x400 pixels.
LINKEDIN_MIN = 400
# A placeholder (a site's default silhouette, an initials avatar) is drawn in a few flat
# colours; a photograph's colours spread. After a 3x3 median (JPEG ringing) and a 64x64
# nearest-pixel copy at 16 levels a channel, drawn silhouettes and initials avatars keep 95 % or
# more of their pixels in their three commonest colours even as small JPEGs, and scikit-learn's
# two sample photographs 18 % and 23 % (tests/ingest/test_photo.py).
PLACEHOLDER_SHARE = 0.9

# EXIF tags (TIFF/EXIF numbering): Make, Model, Software, DateTimeOriginal, ImageDescription,
# UserComment; 0x8769 is the pointer to the EXIF sub-IFD holding the last two.
_MAKE, _MODEL, _SOFTWARE, _DESCRIPTION = 0x010F, 0x0110, 0x0131, 0x010E
_EXIF_IFD, _DATE_ORIGINAL, _USER_COMMENT = 0x8769, 0x9003, 0x9286
# PNG text chunks generators write: AUTOMATIC1111/Forge "parameters", ComfyUI "prompt" and
# "workflow", InvokeAI "invokeai_metadata"/"sd-metadata", NovelAI "Comment" with "Software".
_GENERATOR_CHUNKS = ("parameters", "prompt", "workflow", "invokeai_metadata", "sd-metadata")
# Names of generators in the text a file carries (EXIF software or description, PNG text).
_GENERATOR_NAMES = re.compile(
    r"stable[ _-]?diffusion|midjourney|dall[\s·.-]?e\b|gpt-image|openai|adobe firefly|"
    r"novelai|comfyui|invokeai|stylegan|leonardo\.ai|trainedAlgorithmicMedia",
    re.IGNORECASE,
)
# In the raw bytes (a C2PA manifest's JUMBF box, XMP): the IPTC digital source type generated
# media are marked with, and generators' names. A C2PA mark alone is not one: cameras sign too.
_RAW_GENERATOR = re.compile(
    rb"trainedAlgorithmicMedia|compositeWithTrainedAlgorithmicMedia|Adobe Firefly|"
    rb"DALL[-\xc2\xb7]*E|gpt-image|Stable Diffusion|Midjourney",
)
_RAW_LIMIT = 4_000_000
_MAX_TAG = 120


def describe_photo(image: Image.Image, data: bytes, path: str | None) -> Photo:
    """The ``Photo`` of an opened image and the bytes it was read from (``path``: where). A
    placeholder (:func:`is_placeholder`) gets no hashes: the same silhouette on thousands of
    unrelated profiles would link them all."""
    import imagehash

    rgb = image.convert("RGB")
    width, height = image.size
    if is_placeholder(rgb):
        return Photo.model_validate(
            {
                "path": path,
                "placeholder": True,
                "width": width,
                "height": height,
                "format": image.format,
            }
        )
    hashes = {
        "phash": str(imagehash.phash(rgb)),
        "dhash": str(imagehash.dhash(rgb)),
        "ahash": str(imagehash.average_hash(rgb)),
        "whash": str(imagehash.whash(rgb)),
        "colorhash": str(imagehash.colorhash(rgb)),
    }
    return Photo.model_validate(
        {
            "path": path,
            "sha256": hashlib.sha256(data).hexdigest(),
            "phash": hashes["phash"],
            "hashes": hashes,
            "width": width,
            "height": height,
            "format": image.format,
            "facts": photo_facts(image, data),
        }
    )


def is_placeholder(rgb: Image.Image) -> bool:
    """Whether an RGB image is a flat drawing (a default silhouette, an initials avatar), not a
    photograph: see :data:`PLACEHOLDER_SHARE`."""
    from collections import Counter

    from PIL import Image, ImageFilter

    small = rgb.filter(ImageFilter.MedianFilter(3)).resize((64, 64), Image.Resampling.NEAREST)
    colours = Counter(_levels(small))
    common = sum(n for _, n in colours.most_common(3))
    return common >= PLACEHOLDER_SHARE * small.width * small.height


def _levels(small: Image.Image) -> list[bytes]:
    # Each pixel at 16 levels a channel, as bytes (hashable and cheap to count).
    raw = small.point(lambda v: v >> 4).tobytes()
    return [raw[i : i + 3] for i in range(0, len(raw), 3)]


def photo_facts(image: Image.Image, data: bytes) -> list[dict[str, str]]:
    """The weak facts of one image (docs/photos.md), in a fixed order."""
    facts: list[dict[str, str]] = []
    width, height = image.size
    if (width, height) in GENERATOR_SIZES:
        facts.append(
            _fact(
                "generator_size",
                f"{width}x{height} pixels, an exact output size of "
                f"{GENERATOR_SIZES[(width, height)]}",
            )
        )
    exif = image.getexif()
    sub = exif.get_ifd(_EXIF_IFD)
    if not any(exif.get(t) for t in (_MAKE, _MODEL)) and not sub.get(_DATE_ORIGINAL):
        facts.append(_fact("no_camera_data", "no camera make, model or capture time in EXIF"))
    tag = generator_tag(image, data)
    if tag is not None:
        facts.append(_fact("generator_tag", tag))
    if width < LINKEDIN_MIN or height < LINKEDIN_MIN:
        facts.append(
            _fact(
                "small",
                f"{width}x{height} pixels, below LinkedIn's recommended "
                f"{LINKEDIN_MIN}x{LINKEDIN_MIN}",
            )
        )
    return facts


def generator_tag(image: Image.Image, data: bytes) -> str | None:
    """Where the file names a generator: a generator's PNG text chunk, or a generator or C2PA
    name in its EXIF software/description or its text; None when it names none."""
    info: dict[str, Any] = dict(getattr(image, "text", None) or {})
    info.update({str(k): v for k, v in image.info.items() if isinstance(v, str)})
    for key in _GENERATOR_CHUNKS:
        if key in info:
            return f"PNG text chunk '{key}': {_clip(info[key])}"
    exif = image.getexif()
    sub = exif.get_ifd(_EXIF_IFD)
    for label, value in (
        ("EXIF Software", exif.get(_SOFTWARE)),
        ("EXIF ImageDescription", exif.get(_DESCRIPTION)),
        ("EXIF UserComment", sub.get(_USER_COMMENT)),
        *((f"text '{key}'", value) for key, value in info.items()),
    ):
        text = value.decode("latin-1") if isinstance(value, bytes) else value
        if isinstance(text, str) and (m := _GENERATOR_NAMES.search(text)):
            return f"{label} names {m.group()!r}: {_clip(text)}"
    # C2PA manifests sit in a JUMBF box (JPEG APP11, PNG caBX) and XMP in its own packet:
    # read the raw bytes, so a mark is seen whatever container holds it.
    raw = _RAW_GENERATOR.search(data[:_RAW_LIMIT])
    if raw is not None:
        name = raw.group().decode("utf-8", "replace")
        return f"the file's metadata (C2PA or XMP) names {name!r}"
    return None


def photo_distance(a: Photo, b: Photo) -> int | None:
    """Bits apart by perceptual hash: the Hamming distance of the two ``phash`` values (the
    hash campaign linking compares), else of the first other 64-bit hash both have (dhash,
    ahash, whash, in that order); None when they share no hash. Re-encoding and resizing
    one picture flip a few bits; different pictures are ~32 apart (docs/photos.md)."""
    found = hash_distance(photo_hashes(a), photo_hashes(b))
    return found[1] if found is not None else None


def hash_distance(a: dict[str, str], b: dict[str, str]) -> tuple[str, int] | None:
    """(kind, bits apart) of the first 64-bit hash kind (:data:`BIT_HASHES` order) both hash
    sets have; None when they share none."""
    for kind in BIT_HASHES:
        if kind in a and kind in b:
            return kind, hamming(a[kind], b[kind])
    return None


def same_picture(a: dict[str, str], b: dict[str, str]) -> tuple[str, int] | None:
    """(kind, bits apart) when two hash sets (:func:`photo_hashes`, ``sha256`` included) are
    of one picture, else None: the same file (``sha256``, 0 bits), or a perceptual distance
    (:func:`hash_distance`) of at most :data:`REUSE_BITS` with the dhashes, when both have one,
    at most :data:`DHASH_BITS` apart (a second opinion that turns away the rare two different
    pictures whose phashes collide)."""
    if a.get("sha256") and a.get("sha256") == b.get("sha256"):
        return "sha256", 0
    found = hash_distance(a, b)
    if found is None or found[1] > REUSE_BITS:
        return None
    dhashes = found[0] != "dhash" and "dhash" in a and "dhash" in b
    if dhashes and hamming(a["dhash"], b["dhash"]) > DHASH_BITS:
        return None
    return found


def photo_hashes(photo: Photo) -> dict[str, str]:
    """The photo's hashes by kind, lower-case hex, from ``hashes``, ``phash`` and ``sha256``
    (64-bit kinds only when 16 hex digits; what is not a hash is left out). A placeholder has
    none: a default silhouette is the same picture on unrelated profiles."""
    found: dict[str, str] = {}
    if photo.placeholder:
        return found
    sha = _hex(photo.sha256)
    if sha is not None and len(sha) == 64:
        found["sha256"] = sha
    extra = (photo.model_extra or {}).get("hashes")
    if isinstance(extra, dict):
        for kind in HASH_KINDS:
            value = _hex(extra.get(kind))
            if value is not None and (kind == "colorhash" or len(value) == 16):
                found[kind] = value
    phash = _hex(photo.phash)
    if phash is not None and len(phash) == 16:
        found["phash"] = phash
    return found


def hamming(a: str, b: str) -> int:
    """Bits that differ between two hex hashes of the same length."""
    return (int(a, 16) ^ int(b, 16)).bit_count()


def _hex(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = value.strip().lower().removeprefix("0x")
    return text if text and re.fullmatch(r"[0-9a-f]+", text) else None


def _fact(code: str, text: str) -> dict[str, str]:
    return {"code": code, "text": text}


def _clip(value: object) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= _MAX_TAG else text[: _MAX_TAG - 1] + "…"
