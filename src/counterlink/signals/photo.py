"""The persona's profile photo as evidence (docs/photos.md).

* The weak facts :func:`counterlink.ingest.images.photo.describe_photo` records in
  ``persona.photo.facts`` become low-weight findings: an exact image-generator size
  (``photo.generator_size``), no camera data (``photo.no_camera_data``), a generator named in
  the file's metadata (``photo.generator_tag``). Genuine photos share every one of them:
  LinkedIn and most sites strip EXIF, and 1024x1024 is an ordinary avatar size. Their titles
  say so.
* ``photo.generated_face``: only when a face detector is configured
  (:mod:`counterlink.signals.face_detector`; none ships), citing whose score it is.
* ``photo.reused``: the same or a near-identical photo under another name in the store. The
  detector cannot see the store; :func:`reuse_finding` builds the finding from the matches
  ``counterlink.store.photos.similar_photos`` returns, and the web app adds it (web.watch).

The scoring model was trained before these codes existed and no training approach has a photo,
so their weights are fixed priors (:data:`FLOORS`), not learned, and the detector takes no part
in training (``trained = False``): the shipped model is unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from counterlink.schema import Approach, Evidence, Finding, Photo
from counterlink.signals.base import Detector
from counterlink.signals.face_detector import FACE_DETECTORS, FaceDetectors
from counterlink.signals.guidance import NPSA_TBYL, ODNI_DECEPTION, SOCIAL_MEDIA_ACCOUNTS

CODES: dict[str, str] = {
    "photo.generator_size": "Photo has an image generator's exact size (a weak sign)",
    "photo.no_camera_data": "Photo carries no camera data (a weak sign: most sites strip it)",
    "photo.generator_tag": "Photo's metadata names an image generator",
    "photo.generated_face": "A configured face detector scores the photo as generated",
    "photo.reused": "The same photo is on another report under another name",
}
# Fixed prior weights (log-odds; the shipped model's intercept is -4.9, medium starts at -1.2):
# * no camera data: nearly every photo taken from a web page lacks it, so it only nudges (0.1);
# * a generator's exact size: many ordinary avatars are 512 or 1024 square (0.25);
# * a generator named in the metadata says how the picture was made, not who uses it (people
#   use generated headshots too): a supporting sign, like learn.priors.SUPPORTING (0.5);
# * a configured face detector's score, times 0.5: no more than the file saying so itself;
# * the photo under another name in the store: as a shared website a partner reported
#   (watchlist.model.KIND_WEIGHTS, 3.0), so with no other red flag it stays low, and with the
#   approach's own flags it reaches medium or high. Scaled down beyond 4 bits apart, as
#   campaign linking scales photo links.
FLOORS: dict[str, float] = {
    "photo.no_camera_data": 0.1,
    "photo.generator_size": 0.25,
    "photo.generator_tag": 0.5,
    "photo.generated_face": 0.5,
    "photo.reused": 3.0,
}
# Facts recorded by describe_photo that become findings; "small" (below LinkedIn's 400x400)
# is kept on the photo but says more about how it was captured (a thumbnail, a screenshot)
# than about the persona, so it is no finding.
_FACT_CODES = {
    "generator_size": "photo.generator_size",
    "no_camera_data": "photo.no_camera_data",
    "generator_tag": "photo.generator_tag",
}
_TITLES = {
    "photo.generator_size": "Weak sign: the photo is {text}; many genuine avatars are too",
    "photo.no_camera_data": "Weak sign: {text}; photos saved from a profile rarely have any",
    "photo.generator_tag": "The photo's metadata names an image generator ({text})",
}
_GUIDANCE = [NPSA_TBYL, ODNI_DECEPTION]
# A face detector's score from which it is reported.
FACE_THRESHOLD = 0.5
# The most other reports a reuse finding names.
MAX_NAMED = 5


@dataclass(frozen=True)
class PhotoMatch:
    """A photo in the store close to the approach's: on report ``report_id`` (or on a partner's
    watchlist entry ``watch_entry_id``), under ``persona``, ``distance`` bits apart by
    ``kind`` of hash (``sha256``: the same file, 0 bits)."""

    distance: int
    kind: str
    persona: str | None
    report_id: int | None = None
    watch_entry_id: int | None = None


class PhotoDetector(Detector):
    """Findings of the persona's photo: its weak facts, and a configured face detector's score.

    ``face_detectors``: the detectors of generated faces to consult (default: the module-wide
    :data:`counterlink.signals.face_detector.FACE_DETECTORS`, empty unless one was added).
    """

    name = "photo"
    codes: ClassVar[dict[str, str]] = CODES
    floors: ClassVar[dict[str, float]] = FLOORS
    # Rule priors only: training leaves this detector out (learn.train), so the shipped model
    # is rebuilt byte for byte.
    trained: ClassVar[bool] = False

    def __init__(self, face_detectors: FaceDetectors | None = None) -> None:
        self.face_detectors = face_detectors

    def detect(self, approach: Approach) -> list[Finding]:
        photo = approach.persona.photo if approach.persona else None
        if photo is None:
            return []
        findings = _fact_findings(photo)
        generated = self._generated_face(photo)
        if generated is not None:
            findings.append(generated)
        return findings

    def _generated_face(self, photo: Photo) -> Finding | None:
        detectors = self.face_detectors if self.face_detectors is not None else FACE_DETECTORS
        if not len(detectors) or not photo.path:
            return None
        from PIL import Image, UnidentifiedImageError

        try:
            with Image.open(photo.path) as image:
                image.load()
                scores = [(d.name, float(d.score(image))) for d in detectors]
        except (OSError, UnidentifiedImageError, ValueError):
            return None
        name, score = max(scores, key=lambda pair: pair[1])
        if not FACE_THRESHOLD <= score <= 1:
            return None
        return Finding(
            code="photo.generated_face",
            category="photo",
            title=f"Face detector {name!r} scores the photo {score:.2f} as generated "
            "(its claim, not counterlink's)",
            strength=round(score, 4),
            evidence=[_cite("persona.photo.path", photo.path)],
            guidance=_GUIDANCE,
            attack=SOCIAL_MEDIA_ACCOUNTS,
        )


def _fact_findings(photo: Photo) -> list[Finding]:
    facts = (photo.model_extra or {}).get("facts")
    if not isinstance(facts, list):
        return []
    found: dict[str, Finding] = {}
    for i, fact in enumerate(facts):
        if not isinstance(fact, dict):
            continue
        code = _FACT_CODES.get(str(fact.get("code")))
        text = fact.get("text")
        if code is None or not isinstance(text, str) or not text.strip() or code in found:
            continue
        found[code] = Finding(
            code=code,
            category="photo",
            title=_TITLES[code].format(text=text),
            evidence=[_cite(f"persona.photo.facts[{i}].text", text)],
            guidance=_GUIDANCE,
            attack=SOCIAL_MEDIA_ACCOUNTS,
        )
    return list(found.values())


def reuse_finding(photo: Photo, matches: Sequence[PhotoMatch]) -> Finding | None:
    """``photo.reused`` for the store's ``matches`` of the persona's ``photo`` (closest
    first), naming the other reports and how far apart the photos are; None without matches.
    Its strength is 1 up to 4 bits apart and falls by 1/8 a bit beyond (0.75 at 6)."""
    if not matches:
        return None
    ordered = sorted(matches, key=lambda m: (m.distance, m.report_id or 0, m.watch_entry_id or 0))
    named = [_where(m) for m in ordered[:MAX_NAMED]]
    more = f" and {len(ordered) - MAX_NAMED} more" if len(ordered) > MAX_NAMED else ""
    closest = ordered[0]
    noun = "report" if len(ordered) == 1 else "reports"
    title = (
        f"The same photo is on {len(ordered)} other {noun} under another name: "
        f"{'; '.join(named)}{more}"
    )
    path, value = _cited_hash(photo, closest.kind)
    return Finding(
        code="photo.reused",
        category="photo",
        title=title,
        strength=round(1 - max(0, closest.distance - 4) / 8, 4),
        evidence=[_cite(path, value)] if value else [],
        guidance=_GUIDANCE,
        attack=SOCIAL_MEDIA_ACCOUNTS,
    )


def _where(match: PhotoMatch) -> str:
    who = repr(match.persona) if match.persona else "no name"
    at = f"report #{match.report_id}" if match.report_id is not None else "a partner's watchlist"
    apart = "the same file" if match.kind == "sha256" else f"{match.distance} bits apart"
    return f"{at} as {who} ({apart})"


def _cited_hash(photo: Photo, kind: str) -> tuple[str, str | None]:
    if kind == "sha256":
        return "persona.photo.sha256", photo.sha256
    hashes = (photo.model_extra or {}).get("hashes")
    if kind == "phash" and photo.phash:
        return "persona.photo.phash", photo.phash
    if isinstance(hashes, dict) and isinstance(hashes.get(kind), str):
        return f"persona.photo.hashes.{kind}", hashes[kind]
    return "persona.photo.phash", photo.phash


def _cite(field: str, text: str) -> Evidence:
    return Evidence(field=field, excerpt=text, start=0, end=len(text))
