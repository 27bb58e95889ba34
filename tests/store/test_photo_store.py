"""Photo hashes in the store: written with every report, found again under another name
(photo.reused), on SQLite and, when configured, PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from counterlink.assess import Assessor
from counterlink.ingest.images.photo import photo_hashes
from counterlink.schema import APPROACH_SCHEMA, Approach, Photo
from counterlink.store import photos as photos_module
from counterlink.store.photos import (
    chunks,
    reuse_finding_for,
    reused_photos,
    similar_photos,
)
from counterlink.store.reports import create_report
from counterlink.store.tables import PhotoHash, Report, User
from counterlink.store.watchlist import import_source, remove_source
from counterlink.watchlist.model import WatchEntry, WatchSource
from counterlink.web.watch import StoreAssessor
from tests.dbfixtures import sample_approach, sample_assessment
from tests.photos import described, encode, face, photo_record


def with_photo(photo: Photo, name: str | None) -> Approach:
    persona = {"name": name, "photo": photo_record(photo)}
    return Approach.model_validate(
        {
            "schema": APPROACH_SCHEMA,
            "persona": persona,
            "messages": [{"sender": "persona", "text": "Paid reports on your research?"}],
        }
    )


def report(s: Session, user: User, photo: Photo, name: str | None) -> Report:
    made = create_report(s, user, with_photo(photo, name), sample_assessment())
    s.commit()
    return made


@pytest.fixture
def original() -> Photo:
    return described(encode(face(1), quality=95))


@pytest.fixture(params=["scan", "index"])
def lookup(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both ways of finding candidates: every row (small tables) and the phash chunk index."""
    if request.param == "index":
        monkeypatch.setattr(photos_module, "FULL_SCAN_ROWS", 0)
    return str(request.param)


def test_every_hash_of_a_report_photo_is_stored(
    session: Session, people: dict[str, User], original: Photo
) -> None:
    stored = report(session, people["rita"], original, "Vivian Zhou")
    rows = session.execute(
        select(PhotoHash.kind, PhotoHash.value).where(PhotoHash.report_id == stored.id)
    ).all()
    kinds = dict(rows)
    assert set(kinds) == {
        "sha256", "phash", "dhash", "ahash", "whash", "colorhash",
        "phash.0", "phash.1", "phash.2", "phash.3",
    }  # fmt: skip
    assert kinds["phash"] == original.phash and kinds["sha256"] == original.sha256
    assert [kinds[f"phash.{k}"] for k in range(4)] == [v for _, v in chunks(original.phash)]
    # A report without a photo writes no row.
    plain = create_report(session, people["rita"], sample_approach(), sample_assessment())
    session.commit()
    assert not session.scalars(select(PhotoHash).where(PhotoHash.report_id == plain.id)).all()


def test_a_recompressed_copy_under_another_name_is_found(
    session: Session, people: dict[str, User], original: Photo, lookup: str
) -> None:
    first = report(session, people["rita"], original, "Vivian Zhou")
    report(session, people["rob"], described(encode(face(2), quality=95)), "Tom Hardy")
    copy = described(encode(face(1), quality=40))
    (match,) = similar_photos(session, photo_hashes(copy))
    assert (match.report_id, match.persona, match.kind) == (first.id, "Vivian Zhou", "phash")
    assert match.distance <= 6
    # The same file matches by its SHA-256; a report is never its own match.
    (same,) = similar_photos(session, photo_hashes(original))
    assert (same.kind, same.distance) == ("sha256", 0)
    assert similar_photos(session, photo_hashes(original), exclude_report_id=first.id) == []
    assert similar_photos(session, {}) == []
    # The same persona reported again is not a reused photo; another name is.
    assert reused_photos(session, with_photo(copy, "ZHOU Vivian")) == []
    (other,) = reused_photos(session, with_photo(copy, "Jenny Lin"))
    assert other.report_id == first.id


def test_the_chunk_index_finds_photos_within_three_bits(
    session: Session, people: dict[str, User], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(photos_module, "FULL_SCAN_ROWS", 0)
    base = "8e5a7429e6328ed6"
    stored = report(session, people["rita"], Photo(phash=base), "Vivian Zhou")
    # Three bits flipped, one in each of three chunks: the fourth chunk is still shared.
    near = f"{int(base, 16) ^ (1 | 1 << 20 | 1 << 40):016x}"
    (match,) = similar_photos(session, {"phash": near})
    assert (match.report_id, match.distance) == (stored.id, 3)
    # Seven bits apart is another picture whichever way it is looked up.
    far = f"{int(base, 16) ^ 0x7F:016x}"
    assert similar_photos(session, {"phash": far}) == []


def test_a_watchlist_photo_is_matched_with_its_partner_name(
    session: Session, people: dict[str, User], original: Photo
) -> None:
    # No partner format carries a photo hash today; a row written for an entry is still found.
    imported = import_source(
        session,
        "ann",
        WatchSource(
            "Partner CERT",
            "/feeds/p.json",
            "stix",
            "amber",
            (WatchEntry("name", "li wei", persona="Li Wei"),),
        ),
        "0" * 64,
    )
    session.flush()
    (entry,) = imported.source.entries
    session.add(PhotoHash(watch_entry_id=entry.id, kind="phash", value=original.phash))
    session.commit()
    (match,) = reused_photos(session, with_photo(original, "Vivian Zhou"))
    assert (match.watch_entry_id, match.report_id, match.persona) == (entry.id, None, "Li Wei")
    # Removing the source removes its photo rows with its entries (ON DELETE CASCADE).
    remove_source(session, "ann", "/feeds/p.json")
    session.commit()
    assert (
        session.scalars(select(PhotoHash).where(PhotoHash.watch_entry_id == entry.id)).all() == []
    )
    assert reused_photos(session, with_photo(original, "Vivian Zhou")) == []


def test_reuse_finding_names_the_other_report(
    session: Session, people: dict[str, User], original: Photo
) -> None:
    first = report(session, people["rita"], original, "Vivian Zhou")
    finding = reuse_finding_for(session, with_photo(original, "Jenny Lin"))
    assert finding is not None and finding.code == "photo.reused"
    assert f"report #{first.id} as 'Vivian Zhou' (the same file)" in finding.title
    assert reuse_finding_for(session, sample_approach()) is None


def test_the_web_assessor_adds_and_weighs_photo_reuse(
    session: Session, people: dict[str, User], original: Photo
) -> None:
    report(session, people["rita"], original, "Vivian Zhou")
    base = Assessor()
    item = with_photo(described(encode(face(1), quality=60)), "Jenny Lin")
    plain = base.assess(item)
    store = StoreAssessor(base, session).assess(item)
    (reused,) = [f for f in store.findings if f.code == "photo.reused"]
    assert reused.weight == round(3.0 * reused.strength, 4) and reused.source is None
    assert store.score > plain.score
    assert store.findings == sorted(store.findings, key=lambda f: -f.weight)
    # The same persona again: nothing added.
    again = StoreAssessor(base, session).assess(with_photo(original, "Vivian Zhou"))
    assert "photo.reused" not in {f.code for f in again.findings}
