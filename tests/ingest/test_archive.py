"""Zip safety: nothing extracted, bombs refused fast, unsafe names skipped, damage reported."""

from __future__ import annotations

import io
import struct
import time
import zipfile
import zlib
from pathlib import Path

import pytest

from counterlink.errors import CounterlinkError, InvalidArchive
from counterlink.ingest import read_path
from counterlink.ingest.archive import MAX_TOTAL_BYTES, SafeZip, is_safe_member_name
from counterlink.ingest.linkedin import is_linkedin_export

MIB = 1 << 20


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _forged_bomb(path: Path, size: int, declared: int | None = None) -> Path:
    """A zip whose one member really inflates to ``size`` bytes of zeros (~1 KiB per MiB).

    Built from one full-flushed deflate block repeated: after Z_FULL_FLUSH the compressor
    state resets, so each MiB of zeros compresses to the same bytes and nothing needs to be
    compressed 4,000 times. The CRC is left wrong: a reader must give up long before the end.
    ``declared`` is the uncompressed size the headers claim (default: the truth).
    """
    declared = size if declared is None else declared
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    compressor.compress(bytes(MIB))
    compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(bytes(MIB)) + compressor.flush(zlib.Z_FULL_FLUSH)
    data = block * (size // MIB) + compressor.flush(zlib.Z_FINISH)
    name = b"messages.csv"
    local = struct.pack(
        "<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, 0, len(data), declared, len(name), 0
    )
    central = struct.pack(
        "<IHHHHHHIIIHHHHHII",
        0x02014B50, 20, 20, 0, 8, 0, 0, 0, len(data), declared, len(name), 0, 0, 0, 0, 0, 0,
    )  # fmt: skip
    offset = len(local) + len(name) + len(data)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central) + len(name), offset, 0)
    path.write_bytes(local + name + data + central + name + end)
    return path


def test_reads_members_in_memory(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "a.zip", {"messages.csv": b"a,b\n1,2\n", "dir/x.txt": b"x"})
    with SafeZip(archive) as z:
        assert z.names == ["messages.csv", "dir/x.txt"]
        assert z.read("messages.csv") == b"a,b\n1,2\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.zip"]  # nothing extracted


def test_a_4_gib_zip_bomb_is_refused_in_seconds(tmp_path: Path) -> None:
    bomb = _forged_bomb(tmp_path / "bomb.zip", 4095 * MIB)
    assert bomb.stat().st_size < 8 * MIB
    started = time.perf_counter()
    with pytest.raises(InvalidArchive) as caught:
        SafeZip(bomb)
    assert time.perf_counter() - started < 2
    assert caught.value.file == str(bomb)
    assert "zip bomb" in caught.value.message


def test_a_bomb_whose_headers_understate_its_size_is_refused_fast(tmp_path: Path) -> None:
    bomb = _forged_bomb(tmp_path / "liar.zip", 4095 * MIB, declared=1000)
    started = time.perf_counter()
    with SafeZip(bomb) as z, pytest.raises(InvalidArchive) as caught:
        z.read("messages.csv")
    assert time.perf_counter() - started < 2
    assert "damaged" in caught.value.message


def test_the_cap_is_enforced_on_bytes_actually_decompressed(tmp_path: Path) -> None:
    # Declared sizes pass (ratio check off, cap above the member) but the byte budget is per
    # archive: reading the same 64 MiB member twice must stop at the cap, mid-stream.
    bomb = _forged_bomb(tmp_path / "bomb.zip", 64 * MIB)
    started = time.perf_counter()
    with SafeZip(bomb, max_total=100 * MIB, max_ratio=1e9) as z:
        with pytest.raises(InvalidArchive) as caught:
            z.read("messages.csv")  # the CRC is forged, so a full read fails...
        assert "damaged" in caught.value.message  # ...as damage, at the end of the data
        with pytest.raises(InvalidArchive) as caught:
            z.read("messages.csv")  # the second read crosses the 100 MiB budget
    assert "decompressed" in caught.value.message
    assert caught.value.field == "messages.csv"
    assert time.perf_counter() - started < 5


def test_a_high_compression_ratio_is_refused(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "r.zip", {"messages.csv": bytes(2 * MIB)})
    with pytest.raises(InvalidArchive) as caught:
        SafeZip(archive)
    assert caught.value.field == "messages.csv"
    assert "expands" in caught.value.message


def test_small_compressible_members_are_not_ratio_checked(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "s.zip", {"blank.csv": b" " * (MIB // 2)})
    with SafeZip(archive) as z:
        assert len(z.read("blank.csv")) == MIB // 2


def test_declared_total_above_the_cap_is_refused(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "c.zip", {"a.csv": b"x" * 1000, "b.csv": b"y" * 1000})
    with pytest.raises(InvalidArchive, match="declares more than 1,500 bytes"):
        SafeZip(archive, max_total=1500)
    assert MAX_TOTAL_BYTES == 1 << 30


@pytest.mark.parametrize(
    "name", ["../evil.csv", "a/../../evil.csv", "/etc/passwd", "\\windows\\x", "C:/x.csv"]
)
def test_unsafe_names_are_never_opened(tmp_path: Path, name: str) -> None:
    assert not is_safe_member_name(name)
    archive = _zip(tmp_path / "t.zip", {name: b"boom", "messages.csv": b"ok"})
    with SafeZip(archive) as z:
        assert z.unsafe == [name]
        assert z.names == ["messages.csv"]
        with pytest.raises(InvalidArchive):
            z.read(name)


def test_safe_names() -> None:
    assert is_safe_member_name("Articles/Articles/x.html")
    assert is_safe_member_name("a..b.csv")


def test_not_a_zip_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    path.write_bytes(b"this is not a zip file at all")
    with pytest.raises(InvalidArchive) as caught:
        SafeZip(path)
    assert caught.value.file == str(path)


def test_a_truncated_zip_is_refused(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "t.zip", {"messages.csv": b"a,b\n" * 1000})
    archive.write_bytes(archive.read_bytes()[:-30])
    with pytest.raises(InvalidArchive):
        SafeZip(archive)


def test_a_corrupt_member_is_reported_as_damaged(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "d.zip", {"messages.csv": b"hello, world\n" * 200})
    raw = bytearray(archive.read_bytes())
    start = raw.index(b"messages.csv") + len("messages.csv")
    for i in range(start + 5, start + 25):
        raw[i] ^= 0xFF  # flip the compressed bytes, keep the directory intact
    archive.write_bytes(bytes(raw))
    with SafeZip(archive) as z, pytest.raises(InvalidArchive) as caught:
        z.read("messages.csv")
    assert caught.value.field == "messages.csv"
    assert caught.value.file == str(archive)


def zip_of_a_newer_version(path: Path) -> Path:
    """An export zip whose member says it needs zip version 8.4 to extract (the stdlib reads up
    to 6.3 and raises NotImplementedError on opening such an archive; found by tests/fuzz)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("messages.csv", "CONVERSATION ID,FROM,DATE,CONTENT\n")
    data = bytearray(out.getvalue())
    data[data.index(b"PK\x01\x02") + 6] = 84  # the central directory's "version needed"
    path.write_bytes(bytes(data))
    return path


def test_an_archive_of_an_unsupported_zip_version_is_refused(tmp_path: Path) -> None:
    path = zip_of_a_newer_version(tmp_path / "export.zip")
    with pytest.raises(InvalidArchive) as caught:
        SafeZip(path)
    assert caught.value.file == str(path)
    assert is_linkedin_export(path) is False  # looked at by name only: never raises
    with pytest.raises(CounterlinkError) as caught_too:
        read_path(path)
    assert str(path) in str(caught_too.value)
