"""Downloads: evidence files (only ever as an attachment, sandboxed, never HTML) and the
analysts' verdicts as labelled JSON Lines for retraining. Both are audited.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Iterator
from typing import IO
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import Response, StreamingResponse

from counterlink.store.errors import NotFound
from counterlink.store.evidence import EXTENSIONS, get_evidence
from counterlink.store.reports import export_labelled
from counterlink.store.tables import utcnow
from counterlink.web.deps import DB, PageVisitor, require_role
from counterlink.web.triage import TRIAGERS, missing

router = APIRouter(include_in_schema=False)

_SHA256 = re.compile(r"[0-9a-f]{64}")
_SPOOL_BYTES = 8 * 1024 * 1024


def content_disposition(filename: str) -> str:
    """``attachment`` with an ASCII fallback name and the exact name as RFC 6266 ``filename*``."""
    fallback = (
        "".join(
            c if c.isascii() and c.isprintable() and c not in '"\\;' else "_" for c in filename
        ).strip()
        or "evidence"
    )
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"


@router.get("/evidence/{sha256}")
def evidence_file(request: Request, s: DB, found: PageVisitor, sha256: str) -> Response:
    """An evidence file, as a download only, to whoever may see a report holding it."""
    try:
        if not _SHA256.fullmatch(sha256):
            raise NotFound("no such evidence file")
        stored, filename = get_evidence(s, found.user, sha256)
    except NotFound as exc:
        return missing(request, exc)
    s.commit()  # the download's audit entry
    # Only the types the store accepts; anything else is opaque bytes, never HTML.
    media_type = (
        stored.media_type if stored.media_type in EXTENSIONS else "application/octet-stream"
    )
    headers = {
        "Content-Disposition": content_disposition(filename),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "sandbox; default-src 'none'",
    }
    return Response(stored.data, media_type=media_type, headers=headers)


def _chunks(spool: IO[bytes]) -> Iterator[bytes]:
    try:
        while chunk := spool.read(64 * 1024):
            yield chunk
    finally:
        spool.close()


@router.get("/export/labelled")
def export(s: DB, found: PageVisitor) -> Response:
    """The analysts' verdicts as labelled approach/1 JSON Lines, for retraining (audited)."""
    require_role(found, *TRIAGERS)
    # Written out first, then committed and sent: the audit entry (and, on SQLite, the write
    # lock it takes) must not wait on a slow download.
    spool = tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES)  # noqa: SIM115 (_chunks closes)
    try:
        for record in export_labelled(s, found.user):
            spool.write((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
        s.commit()
    except BaseException:
        spool.close()
        raise
    spool.seek(0)
    name = f"counterlink-labelled-{utcnow().date().isoformat()}.jsonl"
    return StreamingResponse(
        _chunks(spool),
        media_type="application/x-ndjson",
        headers={"Content-Disposition": content_disposition(name)},
    )
