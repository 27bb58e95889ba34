"""Safe, read-only access to a zip archive: members are read into memory, never extracted.

A data export arrives as a zip from the network and is opened on a person's machine, so the
archive is treated as hostile: a declared size above a cap, an absurd compression ratio (a zip
bomb), or a member name that would escape a folder (absolute, ``..``) are refused or skipped
before any byte is decompressed, and the cap is enforced again on the bytes actually produced
because the sizes in the headers are only claims.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path
from types import TracebackType

from counterlink.errors import InvalidArchive

#: The most bytes an archive may expand to, declared or actually decompressed (1 GiB).
MAX_TOTAL_BYTES = 1 << 30
#: The largest compression ratio allowed for a member bigger than :data:`RATIO_MIN_BYTES`.
MAX_RATIO = 200.0
#: Members smaller than this are not ratio-checked: a tiny file of blanks compresses absurdly.
RATIO_MIN_BYTES = 1 << 20

_CHUNK = 1 << 20
#: What opening a damaged or hostile archive can raise: NotImplementedError for a member that
#: needs a newer zip version than the stdlib reads (found by fuzzing).
OPEN_ERRORS = (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError)
# What a damaged or hostile member can raise while being decompressed.
_READ_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    RuntimeError,
    NotImplementedError,
)


def is_safe_member_name(name: str) -> bool:
    """False for a name that is absolute, has a drive letter, or climbs out with ``..``."""
    if not name or "\x00" in name or name.startswith(("/", "\\")):
        return False
    if len(name) > 1 and name[1] == ":":
        return False
    parts = name.replace("\\", "/").split("/")
    return ".." not in parts


class SafeZip:
    """A zip archive opened for reading whole members into memory under a byte budget.

    ``names`` are the regular members that are safe to open, in archive order; ``unsafe`` are
    the names refused (never opened). Opening raises :class:`InvalidArchive` for a file that is
    not a zip, or a zip whose central directory promises more than ``max_total`` bytes or a
    member expanding more than ``max_ratio`` times.
    """

    def __init__(
        self,
        path: Path,
        *,
        max_total: int = MAX_TOTAL_BYTES,
        max_ratio: float = MAX_RATIO,
    ) -> None:
        self.path = path
        self._max_total = max_total
        self._read_total = 0
        try:
            self._zip = zipfile.ZipFile(path)
        except OPEN_ERRORS as exc:
            raise InvalidArchive(f"not a readable zip archive ({exc})", file=path) from exc
        try:
            self._members, self.unsafe = self._check(max_total, max_ratio)
        except InvalidArchive:
            self._zip.close()
            raise

    def _check(
        self, max_total: int, max_ratio: float
    ) -> tuple[dict[str, zipfile.ZipInfo], list[str]]:
        members: dict[str, zipfile.ZipInfo] = {}
        unsafe: list[str] = []
        declared = 0
        for info in self._zip.infolist():
            # Every entry counts towards the declared total, even one that will never be read.
            declared += info.file_size
            if declared > max_total:
                raise InvalidArchive(
                    f"refused: the archive declares more than {max_total:,} bytes uncompressed "
                    "(possible zip bomb)",
                    file=self.path,
                )
            if info.file_size > RATIO_MIN_BYTES:
                ratio = info.file_size / max(info.compress_size, 1)
                if ratio > max_ratio:
                    raise InvalidArchive(
                        f"refused: member {info.filename!r} expands {ratio:,.0f} times "
                        f"(more than {max_ratio:,.0f}; possible zip bomb)",
                        file=self.path,
                        field=info.filename,
                    )
            if info.is_dir():
                continue
            if is_safe_member_name(info.filename):
                members.setdefault(info.filename, info)
            else:
                unsafe.append(info.filename)
        return members, unsafe

    @property
    def names(self) -> list[str]:
        """The safe regular members, in archive order."""
        return list(self._members)

    def read(self, name: str) -> bytes:
        """The whole content of member ``name``, counted against the archive's byte budget."""
        info = self._members.get(name)
        if info is None:
            raise InvalidArchive(f"no readable member named {name!r}", file=self.path, field=name)
        chunks: list[bytes] = []
        try:
            with self._zip.open(info) as stream:
                while chunk := stream.read(_CHUNK):
                    self._read_total += len(chunk)
                    if self._read_total > self._max_total:
                        raise InvalidArchive(
                            f"refused: more than {self._max_total:,} bytes decompressed while "
                            f"reading {name!r} (possible zip bomb)",
                            file=self.path,
                            field=name,
                        )
                    chunks.append(chunk)
        except _READ_ERRORS as exc:
            raise InvalidArchive(
                f"member {name!r} is damaged or unreadable ({exc})", file=self.path, field=name
            ) from exc
        return b"".join(chunks)

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
