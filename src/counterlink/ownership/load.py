"""Load register files into the registry: which loader, once per file content, all or nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from counterlink.ownership.files import Kind, detect
from counterlink.ownership.load_bods import load_bods
from counterlink.ownership.load_companies import load_companies
from counterlink.ownership.load_lists import load_ftm, load_list_csv
from counterlink.ownership.load_psc_native import load_psc_fast
from counterlink.ownership.registry import LoadedFile, Registry, file_sha256

LOADERS: dict[Kind, Callable[[Registry, Path, str, Callable[[int], None]], LoadedFile]] = {
    "psc": load_psc_fast,
    "companies": load_companies,
    "bods": load_bods,
    "lists": load_list_csv,
    "ftm": load_ftm,
}


@dataclass(frozen=True)
class LoadResult:
    file: LoadedFile
    kind: Kind
    unchanged: bool  # the same bytes were loaded before: nothing was changed


def load_file(
    registry: Registry, path: Path, advance: Callable[[int], None] = lambda _n: None
) -> LoadResult:
    kind = detect(path)
    sha = file_sha256(path)
    before = registry.loaded(sha)
    if before is not None:
        return LoadResult(before, kind, unchanged=True)
    with registry.transaction():
        done = LOADERS[kind](registry, path, sha, advance)
        registry.record_file(done)
    return LoadResult(done, kind, unchanged=False)
