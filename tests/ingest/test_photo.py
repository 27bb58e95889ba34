"""describe_photo: hashes, size and the weak facts of a profile photo; photo_distance."""

from __future__ import annotations

import hashlib
import io

import imagehash
import pytest
from PIL import Image, ImageDraw, PngImagePlugin

from counterlink.ingest.images.photo import (
    GENERATOR_SIZES,
    REUSE_BITS,
    photo_distance,
    photo_hashes,
    same_picture,
)
from counterlink.schema import Photo
from tests.photos import described, encode, face


def codes(photo: Photo) -> list[str]:
    return [fact["code"] for fact in photo.facts]  # type: ignore[attr-defined]


def test_hashes_size_and_format_of_a_jpeg() -> None:
    data = encode(face(1), quality=92)
    photo = described(data, "persona.jpg")
    assert photo.path == "persona.jpg"
    assert photo.sha256 == hashlib.sha256(data).hexdigest()
    expected = str(imagehash.phash(Image.open(io.BytesIO(data)).convert("RGB")))
    assert photo.phash == expected and len(photo.phash) == 16
    hashes = photo.hashes  # type: ignore[attr-defined]
    assert set(hashes) == {"phash", "dhash", "ahash", "whash", "colorhash"}
    assert hashes["phash"] == photo.phash
    assert all(len(hashes[k]) == 16 for k in ("phash", "dhash", "ahash", "whash"))
    assert (photo.width, photo.height, photo.format) == (600, 600, "JPEG")  # type: ignore[attr-defined]
    # A plain JPEG carries no camera data; 600x600 is neither a generator size nor small.
    assert codes(photo) == ["no_camera_data"]


def test_the_photo_round_trips_through_approach_json() -> None:
    photo = described(encode(face(1), quality=92))
    again = Photo.model_validate(photo.model_dump(mode="json"))
    assert photo_hashes(again) == photo_hashes(photo)


def test_reencoded_and_resized_copies_are_one_picture() -> None:
    original = described(encode(face(1), quality=95))
    copies = [
        described(encode(face(1), quality=40)),
        described(encode(face(1).resize((300, 300)), quality=80)),
        described(encode(face(1), "PNG")),
    ]
    for copy in copies:
        distance = photo_distance(original, copy)
        assert distance is not None and distance <= REUSE_BITS
        assert same_picture(photo_hashes(original), photo_hashes(copy)) is not None


def test_different_faces_are_far_apart() -> None:
    original = described(encode(face(1), quality=95))
    for seed in range(2, 8):
        other = described(encode(face(seed), quality=95))
        distance = photo_distance(original, other)
        assert distance is not None and distance > REUSE_BITS
        assert same_picture(photo_hashes(original), photo_hashes(other)) is None


def test_the_same_file_matches_by_sha256_alone() -> None:
    data = encode(face(1), quality=90)
    a = Photo(sha256=hashlib.sha256(data).hexdigest())
    assert same_picture(photo_hashes(a), photo_hashes(described(data))) == ("sha256", 0)


def test_distance_prefers_phash_and_needs_a_shared_hash() -> None:
    a = Photo.model_validate({"phash": "ffffffffffffffff", "hashes": {"dhash": "0" * 16}})
    b = Photo.model_validate({"phash": "fffffffffffffff0", "hashes": {"dhash": "f" * 16}})
    assert photo_distance(a, b) == 4
    # dhash disagrees by 64 bits: not one picture, whatever the phash says.
    assert same_picture(photo_hashes(a), photo_hashes(b)) is None
    only_dhash = Photo.model_validate({"hashes": {"dhash": "0" * 15 + "1"}})
    assert photo_distance(a, only_dhash) == 1
    assert photo_distance(Photo(phash="not a hash"), b) is None
    assert photo_distance(Photo(), Photo()) is None


def test_a_generated_looking_png_has_every_weak_fact() -> None:
    info = PngImagePlugin.PngInfo()
    info.add_text("parameters", "portrait photo of a recruiter, Steps: 30, Sampler: Euler a")
    photo = described(encode(face(3, 1024), "PNG", pnginfo=info))
    assert codes(photo) == ["generator_size", "no_camera_data", "generator_tag"]
    facts = {f["code"]: f["text"] for f in photo.facts}  # type: ignore[attr-defined]
    assert "1024x1024" in facts["generator_size"] and "StyleGAN" in facts["generator_size"]
    assert "'parameters'" in facts["generator_tag"] and "Steps: 30" in facts["generator_tag"]


def test_a_camera_jpeg_has_no_weak_fact() -> None:
    exif = Image.Exif()
    exif[0x010F] = "Canon"
    exif[0x0110] = "Canon EOS R5"
    exif.get_ifd(0x8769)[0x9003] = "2024:05:01 10:00:00"
    photo = described(encode(face(4), quality=90, exif=exif))
    assert codes(photo) == []


def test_a_generator_named_in_exif_software_and_a_small_image() -> None:
    exif = Image.Exif()
    exif[0x0131] = "Adobe Firefly"
    photo = described(encode(face(5, 300), quality=90, exif=exif))
    assert codes(photo) == ["no_camera_data", "generator_tag", "small"]


def test_a_content_credentials_mark_in_the_bytes_is_a_generator_tag() -> None:
    data = encode(face(6), quality=90)
    # An APP11 segment as a C2PA manifest store holds it, naming the IPTC source type.
    payload = (
        b"JP\x00\x00jumbc2pa http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
    )
    segment = b"\xff\xeb" + (len(payload) + 2).to_bytes(2, "big") + payload
    marked = data[:2] + segment + data[2:]
    photo = described(marked)
    assert "generator_tag" in codes(photo)


def test_every_generator_size_is_a_weak_fact_and_others_are_not() -> None:
    for width, height in GENERATOR_SIZES:
        photo = described(encode(face(2, 300).resize((width, height)), "PNG"))
        assert "generator_size" in codes(photo)
    photo = described(encode(face(2, 800), "PNG"))
    assert "generator_size" not in codes(photo)


def silhouette(size: int = 400, ground: str = "#dce6f0", figure: str = "#9aa5b1") -> Image.Image:
    """A site's default avatar: a flat head and shoulders on a flat background."""
    image = Image.new("RGB", (size, size), ground)
    draw = ImageDraw.Draw(image)
    draw.ellipse([size * 0.35, size * 0.2, size * 0.65, size * 0.5], fill=figure)
    draw.ellipse([size * 0.2, size * 0.55, size * 0.8, size * 1.1], fill=figure)
    return image


def initials(size: int = 200) -> Image.Image:
    image = Image.new("RGB", (size, size), (0, 115, 177))
    ImageDraw.Draw(image).text((size * 0.3, size * 0.3), "JS", fill="white", font_size=size // 3)
    return image


@pytest.mark.parametrize(
    "picture",
    [
        encode(silhouette()),
        encode(silhouette(100, "#f5f5f5", "#bebebe"), "JPEG", quality=30),
        encode(silhouette(), "PNG"),
        encode(initials(), "JPEG", quality=50),
    ],
)
def test_a_default_silhouette_or_initials_avatar_is_a_placeholder_without_hashes(
    picture: bytes,
) -> None:
    photo = described(picture)
    assert photo.placeholder is True
    assert photo.phash is None and photo_hashes(photo) == {}


def test_photographs_are_not_placeholders() -> None:
    datasets = pytest.importorskip("sklearn.datasets")
    for pixels in datasets.load_sample_images().images:  # two real photographs
        photo = described(encode(Image.fromarray(pixels)))
        assert not photo.placeholder and photo.phash is not None
    assert not described(encode(face(5))).placeholder


def test_a_placeholder_given_with_hashes_still_has_none_to_compare() -> None:
    marked = Photo(phash="e1c3a58181a5c3e1", sha256="ab" * 32, placeholder=True)
    assert photo_hashes(marked) == {}
    assert photo_distance(marked, Photo(phash="e1c3a58181a5c3e1")) is None
