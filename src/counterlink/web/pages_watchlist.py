"""The partner watchlist (analysts and admins): what partners shared, importing a partner's
file, removing a source. Every report that arrives is matched against it (web.watch).

Imports and removals are POSTs with the CSRF token, audited like the CLI's; a refused file is
shown with the reason (422) and nothing of it is stored.
"""

from __future__ import annotations

from contextlib import suppress
from typing import Annotated

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from counterlink.errors import CounterlinkError
from counterlink.store.errors import NotFound
from counterlink.store.watchlist import (
    get_source,
    import_source,
    list_entries,
    list_sources,
    remove_source,
)
from counterlink.web.deps import DB, FormVisitor, PageVisitor, Visitor, render, require_role
from counterlink.web.watch import WatchedAssessor

router = APIRouter(include_in_schema=False)

PAGE = "/watchlist"
MAX_SHOWN = 1000  # entries listed on a source's page
MAX_FILE = 20 * 1024 * 1024


def _staff(s: Session, found: Visitor) -> str:
    try:
        require_role(found, "analyst", "admin")
    except HTTPException:
        s.close()  # detach the visitor before the error page renders (see pages_admin)
        raise
    return found.user.name


def _page(
    request: Request,
    s: Session,
    *,
    error: str | None = None,
    done: str | None = None,
    skipped: list[str] | None = None,
    status: int = 200,
) -> Response:
    watched: WatchedAssessor = request.app.state.watched
    context = {
        "sources": list_sources(s),
        "error": error,
        "done": done,
        "skipped": skipped or [],
        "has_key": watched.key is not None,
    }
    return render(request, "watchlist.html", context, status)


@router.get(PAGE)
def watchlist_page(request: Request, s: DB, found: PageVisitor) -> Response:
    _staff(s, found)
    return _page(request, s)


@router.post(PAGE)
async def import_upload(
    request: Request,
    s: DB,
    found: FormVisitor,
    file: Annotated[UploadFile, File()],
    name: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    from dataclasses import replace

    from counterlink.watchlist.read import read_watch_bytes

    actor = _staff(s, found)
    filename = (file.filename or "upload.json").rsplit("/", 1)[-1]
    data = await file.read(MAX_FILE + 1)
    if len(data) > MAX_FILE:
        return _page(request, s, error=f"{filename}: larger than 20 MiB", status=422)
    try:
        parsed = read_watch_bytes(data, f"upload:{filename}", filename)
    except CounterlinkError as exc:
        return _page(request, s, error=str(exc), status=422)
    source = replace(parsed.source, name=name.strip()) if name.strip() else parsed.source
    done = import_source(s, actor, source, parsed.sha256)
    s.commit()
    if done.unchanged:
        message = f"{filename} was already imported with the same content; nothing changed."
    else:
        message = (
            f"Imported {len(source.entries)} indicators from {source.name} "
            f"({source.format}, TLP:{source.tlp.upper()})"
            + (f", replacing {done.replaced} from the previous upload." if done.replaced else ".")
        )
    summary = parsed.skipped.summary()
    if summary:
        message += f" Not taken: {summary}."
    return _page(request, s, done=message, skipped=parsed.skipped)


@router.get(PAGE + "/{source_id}")
def source_page(request: Request, s: DB, found: PageVisitor, source_id: int) -> Response:
    _staff(s, found)
    try:
        source = get_source(s, str(source_id))
    except NotFound:
        s.close()
        raise
    entries = list_entries(s, source.id, MAX_SHOWN)
    context = {"source": source, "entries": entries, "max_shown": MAX_SHOWN}
    return render(request, "watchlist_source.html", context)


@router.post(PAGE + "/{source_id}/remove")
def remove(request: Request, s: DB, found: FormVisitor, source_id: int) -> Response:
    actor = _staff(s, found)
    # Already removed (a second click, another analyst) is no error: the page shows what is left.
    with suppress(NotFound):
        remove_source(s, actor, str(source_id))
    s.commit()
    return RedirectResponse(PAGE, status_code=303)
