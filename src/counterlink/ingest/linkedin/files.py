"""The files of an export, whether the zip LinkedIn sends or the folder it was unpacked to.

The export's files sit at the root of the zip, but a person may unpack it into a folder of its
own, so the root is where ``messages.csv`` or ``Invitations.csv`` is found: at the top, or one
level down. Names are relative to that root and use ``/``.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path
from types import TracebackType

from counterlink.errors import InvalidArchive, InvalidInput
from counterlink.ingest.archive import OPEN_ERRORS, SafeZip, is_safe_member_name

#: The files whose presence makes something a LinkedIn export (compared case-insensitively).
MARKERS = ("messages.csv", "invitations.csv")


def find_root(names: list[str]) -> str | None:
    """The prefix (``""`` or ``"folder/"``) of the export root among ``/``-separated names."""
    best: str | None = None
    for name in names:
        folder, _, base = name.rstrip("/").rpartition("/")
        if base.casefold() not in MARKERS or folder.count("/") > 0:
            continue
        prefix = f"{folder}/" if folder else ""
        if best is None or len(prefix) < len(best):
            best = prefix
    return best


class ExportFiles:
    """Read access to the files of one export; use as a context manager."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._zip: SafeZip | None = None
        self._root_dir: Path | None = None
        self._prefix = ""
        #: files present but not offered (unsafe names, files outside the export root)
        self.skipped: list[str] = []
        if not path.exists():
            raise InvalidInput("no such file or folder", file=path)
        if path.is_dir():
            self.names = self._open_folder(path)
        else:
            self.names = self._open_zip(path)

    def _open_folder(self, path: Path) -> list[str]:
        root = find_root(folder_listing(path, depth=1))
        if root is None:
            return []
        self._root_dir = path / root if root else path
        return folder_listing(self._root_dir, depth=None)

    def _open_zip(self, path: Path) -> list[str]:
        self._zip = SafeZip(path)
        self.skipped.extend(self._zip.unsafe)
        names = self._zip.names
        root = find_root(names)
        if root is None:
            return []
        self._prefix = root
        self.skipped.extend(n for n in names if not n.startswith(root))
        return [n[len(root) :] for n in names if n.startswith(root)]

    def read(self, name: str) -> bytes:
        """The bytes of the file ``name`` (relative to the export root)."""
        if self._zip is not None:
            return self._zip.read(self._prefix + name)
        assert self._root_dir is not None
        try:
            return (self._root_dir / name).read_bytes()
        except OSError as exc:
            raise InvalidInput(f"cannot read the file ({exc.strerror})", file=name) from exc

    def where(self, name: str) -> str:
        """The file ``name`` as a person would find it: its path in the folder, or the zip's
        path followed by the member's name in the zip (``export.zip/messages.csv``)."""
        if self._zip is not None:
            return f"{self.path}/{self._prefix}{name}"
        assert self._root_dir is not None
        return str(self._root_dir / name)

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()

    def __enter__(self) -> ExportFiles:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def folder_listing(path: Path, depth: int | None) -> list[str]:
    """Files under ``path`` as ``/``-separated relative names (symlinked folders not followed)."""
    found: list[str] = []
    for folder, dirs, files in os.walk(path):
        relative = Path(folder).relative_to(path).as_posix()
        prefix = "" if relative == "." else f"{relative}/"
        if depth is not None and prefix.count("/") >= depth:
            dirs.clear()
        dirs.sort()
        found.extend(prefix + name for name in sorted(files))
    return found


def is_export(path: Path) -> bool:
    """True for a zip or folder with messages.csv or Invitations.csv at its root or one level down.

    Only names are looked at (a zip's central directory), so this is cheap and never raises.
    """
    try:
        if path.is_dir():
            return find_root(folder_listing(path, depth=1)) is not None
        if not path.is_file() or not zipfile.is_zipfile(path):
            return False
        with zipfile.ZipFile(path) as archive:
            names = [n for n in archive.namelist() if is_safe_member_name(n)]
        return find_root(names) is not None
    except (*OPEN_ERRORS, InvalidArchive):
        return False
