"""How `check` and `read` turn their arguments (files, '-', pasted text) into approaches, so
both show and assess exactly the same records."""

from __future__ import annotations

import sys
from pathlib import Path

from counterlink.cli.output import warn_problems
from counterlink.errors import CounterlinkError
from counterlink.schema import Approach


def read_stdin() -> str:
    data = sys.stdin.buffer.read()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CounterlinkError(
            f"stdin is not UTF-8 text (byte offset {exc.start})", file="<stdin>"
        ) from None


def read_input(path: str) -> tuple[list[Approach], int]:
    """The approaches in one argument (a file, an export, or '-') and the rows that could not
    be read; problems are printed as warnings."""
    from counterlink.ingest import read_path
    from counterlink.ingest.approach_json import parse_approach_text
    from counterlink.ingest.text import approach_from_text

    if path == "-":
        data = read_stdin()
        if data.lstrip().startswith(("{", "[")):
            return parse_approach_text(data, "<stdin>"), 0
        return [approach_from_text(data, source="<stdin>")], 0
    file = Path(path)
    if file.suffix.lower() == ".txt" and file.is_file():
        try:
            content = file.read_text("utf-8-sig")
        except UnicodeDecodeError:
            raise CounterlinkError("not UTF-8 text", file=file) from None
        return [approach_from_text(content, source=file.name)], 0
    loaded = read_path(file)
    warn_problems(loaded.problems)
    return loaded.approaches, loaded.rows_lost


def read_inputs(
    paths: list[str], text: str | None, together: bool = False, verb: str = "check"
) -> tuple[list[Approach], int]:
    """The approaches of every argument. Pasted ``text`` (or ``together``) makes the files
    evidence of one approach: a profile PDF, a screenshot and a photo of the same persona, and
    the message they sent, are assessed as one."""
    from counterlink.ingest.merge import merge_evidence
    from counterlink.ingest.text import approach_from_text

    if not paths and text is None:
        raise CounterlinkError(
            f"nothing to {verb}: give a PATH, '-' for standard input, or --text \"...\""
        )
    approaches: list[Approach] = []
    lost = 0
    for path in paths:
        found, rows_lost = read_input(path)
        if not found:
            raise CounterlinkError("no approaches found in the input", file=path)
        approaches.extend(found)
        lost += rows_lost
    if text is not None:
        approaches.append(approach_from_text(text, source="--text"))
    if (text is not None or together) and len(approaches) > 1:
        if len(approaches) > len(paths) + (text is not None):
            raise CounterlinkError(
                "--text and --together put the evidence of ONE approach together, but a file "
                "given holds several approaches; check an export or a JSON Lines file on its own"
            )
        approaches = [merge_evidence(approaches)]
    return approaches, lost
