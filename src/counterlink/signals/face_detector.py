"""Where a detector of AI-generated faces plugs in. None ships, and none is registered.

counterlink makes no claim to detect generated faces: a finding ``photo.generated_face`` is
produced only when someone adds a :class:`FaceDetector` to :data:`FACE_DETECTORS` (before the
detector registry is built), and its title says whose score it is. A detector belongs here only
once it has been evaluated on labelled images (generated faces of the generators in use, and
genuine profile photos of the people it will screen), with its error rates published beside it
(docs/photos.md).

A face detector is anything with a ``name`` and a ``score(image)`` giving the probability, 0 to
1, that the face in a Pillow image was generated::

    from counterlink.signals.face_detector import FACE_DETECTORS
    FACE_DETECTORS.add(MyEvaluatedDetector())
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from PIL import Image


@runtime_checkable
class FaceDetector(Protocol):
    """Scores one image: the probability (0-1) that its face was generated."""

    name: str

    def score(self, image: Image.Image) -> float: ...


class FaceDetectors:
    """An ordered set of face detectors, keyed by name; empty until one is added."""

    def __init__(self) -> None:
        self._by_name: dict[str, FaceDetector] = {}

    def add(self, detector: FaceDetector) -> None:
        if not isinstance(detector, FaceDetector):
            raise TypeError("a face detector needs a name and a score(image) method")
        if detector.name in self._by_name:
            raise ValueError(f"a face detector named {detector.name!r} is already added")
        self._by_name[detector.name] = detector

    def remove(self, name: str) -> None:
        self._by_name.pop(name, None)

    def __iter__(self) -> Iterator[FaceDetector]:
        return iter(self._by_name.values())

    def __len__(self) -> int:
        return len(self._by_name)


# The face detectors the built-in photo detector consults (signals.photo): none by default.
FACE_DETECTORS = FaceDetectors()
