"""The photo detector: weak facts as low-weight findings, the face-detector interface, and the
photo.reused finding built from the store's matches."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin

from counterlink.assess import Assessor
from counterlink.learn.train import _training_registry
from counterlink.model import load_model
from counterlink.schema import Approach, Photo, resolve_field
from counterlink.signals.face_detector import FACE_DETECTORS, FaceDetectors
from counterlink.signals.photo import FLOORS, PhotoDetector, PhotoMatch, reuse_finding
from counterlink.signals.registry import default_registry
from tests.photos import described, encode, face, photo_record
from tests.signals.evidence_checks import approach, assert_stable_and_blind_to_labels


def generated_png() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("parameters", "studio headshot, Steps: 28")
    return encode(face(3, 1024), "PNG", pnginfo=info)


def with_photo(photo: Photo, name: str = "Vivian Zhou") -> Approach:
    return approach(
        [("persona", "Hello, I have a paid research opportunity for you.")],
        persona={"name": name, "photo": photo_record(photo)},
    )


class Stub:
    def __init__(self, name: str, value: float) -> None:
        self.name = name
        self.value = value
        self.seen: list[tuple[int, int]] = []

    def score(self, image: Image.Image) -> float:
        self.seen.append(image.size)
        return self.value


def test_weak_facts_become_findings_citing_the_fact() -> None:
    item = with_photo(described(generated_png()))
    findings = PhotoDetector(FaceDetectors()).detect(item)
    assert [f.code for f in findings] == [
        "photo.generator_size",
        "photo.no_camera_data",
        "photo.generator_tag",
    ]
    for finding in findings:
        assert finding.category == "photo" and finding.weight == 0.0
        assert finding.guidance and finding.attack == "T1585.001"
        (ev,) = finding.evidence
        assert ev.field.startswith("persona.photo.facts[")
        assert resolve_field(item, ev.field) == ev.excerpt and ev.start == 0
    titles = {f.code: f.title for f in findings}
    assert titles["photo.generator_size"].startswith("Weak sign:")
    assert titles["photo.no_camera_data"].startswith("Weak sign:")
    assert "parameters" in titles["photo.generator_tag"]
    assert_stable_and_blind_to_labels(PhotoDetector(FaceDetectors()), item)


def test_no_photo_or_no_facts_gives_nothing() -> None:
    detector = PhotoDetector(FaceDetectors())
    assert detector.detect(approach([("persona", "hi")])) == []
    assert detector.detect(with_photo(Photo(phash="8e5a7429e6328ed6"))) == []
    odd = Photo.model_validate({"facts": ["text", {"code": "unknown", "text": "x"}, {}]})
    assert detector.detect(with_photo(odd)) == []


def test_small_images_are_a_recorded_fact_but_no_finding() -> None:
    photo = described(encode(face(5, 200), quality=90))
    assert "small" in [f["code"] for f in photo.facts]  # type: ignore[attr-defined]
    codes = [f.code for f in PhotoDetector(FaceDetectors()).detect(with_photo(photo))]
    assert codes == ["photo.no_camera_data"]


def test_no_face_detector_is_registered_by_default() -> None:
    assert len(FACE_DETECTORS) == 0
    (photo_detector,) = [d for d in default_registry() if d.name == "photo"]
    assert isinstance(photo_detector, PhotoDetector)
    assert "photo.generated_face" in photo_detector.codes


def test_a_configured_face_detector_is_reported_as_its_claim(tmp_path: Path) -> None:
    path = tmp_path / "persona.jpg"
    data = encode(face(2), quality=90)
    path.write_bytes(data)
    item = with_photo(described(data, str(path)))
    detectors = FaceDetectors()
    stub = Stub("vendor-x", 0.91)
    detectors.add(stub)
    detectors.add(Stub("vendor-y", 0.1))
    findings = PhotoDetector(detectors).detect(item)
    (generated,) = [f for f in findings if f.code == "photo.generated_face"]
    assert generated.strength == 0.91 and stub.seen == [(600, 600)]
    assert "'vendor-x'" in generated.title and "not counterlink's" in generated.title
    assert generated.evidence[0].field == "persona.photo.path"
    assert resolve_field(item, "persona.photo.path") == generated.evidence[0].excerpt
    # Below the threshold, or a photo that cannot be opened: no finding.
    detectors.remove("vendor-x")
    assert "photo.generated_face" not in {f.code for f in PhotoDetector(detectors).detect(item)}
    detectors.add(Stub("vendor-x", 0.91))
    missing = with_photo(Photo(path=str(tmp_path / "gone.jpg")))
    assert PhotoDetector(detectors).detect(missing) == []


def test_face_detectors_refuse_duplicates_and_non_detectors() -> None:
    detectors = FaceDetectors()
    detectors.add(Stub("a", 0.5))
    with pytest.raises(ValueError, match="already"):
        detectors.add(Stub("a", 0.5))
    with pytest.raises(TypeError):
        detectors.add(object())  # type: ignore[arg-type]


def test_photo_codes_weigh_their_fixed_priors_and_the_model_is_untouched() -> None:
    model = load_model()
    assert not any(code.startswith("photo.") for code in model.coefficients)
    assessor = Assessor()
    for code, floor in FLOORS.items():
        assert assessor.weight(code) == floor
    found = {f.code: f.weight for f in assessor.findings(with_photo(described(generated_png())))}
    assert found["photo.generator_tag"] == 0.5
    assert found["photo.generator_size"] == 0.25
    assert found["photo.no_camera_data"] == 0.1


def test_weak_facts_alone_keep_an_approach_low() -> None:
    quiet = approach(
        [("persona", "Hi, nice to connect.")],
        persona={"name": "A B", "photo": photo_record(described(generated_png()))},
    )
    assert Assessor().assess(quiet).level == "low"


def test_training_leaves_the_photo_detector_out() -> None:
    names = {d.name for d in _training_registry(None, None)}
    assert "photo" not in names and "profile" in names


def test_reuse_finding_names_the_other_reports_and_distances() -> None:
    photo = described(encode(face(1), quality=90))
    matches = [
        PhotoMatch(distance=6, kind="phash", persona="Li Wei", report_id=9),
        PhotoMatch(distance=0, kind="sha256", persona="Anna Berg", report_id=4),
    ]
    finding = reuse_finding(photo, matches)
    assert finding is not None and finding.code == "photo.reused"
    assert finding.category == "photo" and finding.strength == 1.0
    assert "2 other reports" in finding.title
    assert finding.title.index("report #4 as 'Anna Berg' (the same file)") < finding.title.index(
        "report #9 as 'Li Wei' (6 bits apart)"
    )
    assert finding.evidence[0].field == "persona.photo.sha256"
    far = reuse_finding(photo, [PhotoMatch(distance=6, kind="phash", persona=None, report_id=2)])
    assert far is not None and far.strength == 0.75
    assert far.evidence[0].field == "persona.photo.phash"
    assert "no name" in far.title
    assert reuse_finding(photo, []) is None


def test_reuse_finding_caps_the_reports_it_names() -> None:
    photo = described(encode(face(1), quality=90))
    matches = [
        PhotoMatch(distance=1, kind="phash", persona=f"P{i}", report_id=i) for i in range(1, 9)
    ]
    finding = reuse_finding(photo, matches)
    assert finding is not None
    assert "8 other reports" in finding.title and "and 3 more" in finding.title
    watch = reuse_finding(photo, [PhotoMatch(1, "dhash", "X Y", watch_entry_id=3)])
    assert watch is not None and "a partner's watchlist" in watch.title
    assert watch.evidence[0].field == "persona.photo.hashes.dhash"
