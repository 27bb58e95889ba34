"""The application factory: ``create_app()`` wires the database, the model, pages and API.

Migrations are applied when the app is created, so ``counterlink serve`` on a new database
just works. Everything shown from a message or a profile is escaped by Jinja2's autoescape;
responses carry a strict Content-Security-Policy; errors never show a stack trace.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from urllib.parse import quote

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from counterlink import __version__
from counterlink.assess import Assessor
from counterlink.errors import CounterlinkError, InvalidInput
from counterlink.ingest.text import approach_from_text
from counterlink.signals.registry import default_registry
from counterlink.store.db import is_unavailable, make_engine, migrate, session_factory
from counterlink.store.errors import DatabaseError, Forbidden, NotFound
from counterlink.web.deps import LoginRequired, render
from counterlink.web.limits import RequestSizeLimit
from counterlink.web.settings import Settings
from counterlink.web.watch import WatchedAssessor

HERE = Path(__file__).parent
# Seconds a client should wait before retrying when the database is busy (RFC 9110 §10.2.3).
RETRY_AFTER_S = 2
log = logging.getLogger("counterlink.web")

SECURITY_HEADERS = {
    # Only our own scripts, styles and images; no framing; forms post only to us.
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def create_app(settings: Settings | None = None, *, assessor: Assessor | None = None) -> FastAPI:
    """The web app on ``settings.database_url`` (migrated to the latest schema first)."""
    settings = settings or Settings.from_env()
    engine = make_engine(settings.database_url)
    migrate(engine)
    app = FastAPI(
        title="counterlink",
        version=__version__,
        description=(
            "Screen hostile approaches on professional networks: staff report them, every "
            "report is assessed on arrival with its evidence, analysts triage them as cases."
        ),
        # No Swagger UI: it loads scripts from a CDN (offline machines; our CSP forbids them).
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.sessions = session_factory(engine)
    app.state.assessor = assessor or Assessor(
        registry=default_registry(registers=settings.registry)
    )
    app.state.watched = WatchedAssessor(app.state.assessor, settings.community_key)
    # Load the learned detectors now, not on the first report someone submits.
    app.state.assessor.assess(approach_from_text("Warm-up: could you send me your CV?"))
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.globals["version"] = __version__
    app.state.templates = templates
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    _add_security_headers(app)
    _add_error_handlers(app)
    app.add_middleware(RequestSizeLimit)
    _add_routes(app)
    return app


def _add_routes(app: FastAPI) -> None:
    # Imported here: each router module imports deps, which must not import this module.
    from counterlink.web import (
        api,
        api_files,
        pages_admin,
        pages_auth,
        pages_campaigns,
        pages_case,
        pages_case_actions,
        pages_dashboard,
        pages_downloads,
        pages_employer,
        pages_queue,
        pages_report,
        pages_share,
        pages_watchlist,
    )

    for module in (
        pages_auth,
        pages_report,
        pages_queue,
        pages_case,
        pages_case_actions,
        pages_downloads,
        pages_dashboard,
        pages_admin,
        api,
        api_files,
        pages_campaigns,
        pages_watchlist,
        pages_share,
        pages_employer,
    ):
        app.include_router(module.router)


def _add_security_headers(app: FastAPI) -> None:
    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        if not request.url.path.startswith("/static/"):
            # Case data must not linger in shared caches or the browser's back button.
            response.headers.setdefault("Cache-Control", "no-store")
        return response


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _error(request: Request, status: int, message: str) -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": message}, status_code=status)
    return render(request, "error.html", {"status": status, "message": message}, status)


def _busy(request: Request) -> Response:
    """503 with Retry-After: the database is locked, busy or unreachable; a retry may work."""
    response = _error(request, 503, "the database is busy or unavailable; try again shortly")
    response.headers["Retry-After"] = str(RETRY_AFTER_S)
    return response


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, exc: LoginRequired) -> Response:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(target)}", status_code=303)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return _error(request, 404, str(exc))

    @app.exception_handler(Forbidden)
    async def forbidden(request: Request, exc: Forbidden) -> Response:
        return _error(request, 403, str(exc))

    @app.exception_handler(DatabaseError)
    async def database_down(request: Request, exc: DatabaseError) -> Response:
        log.error("database error: %s", exc)
        return _busy(request)

    @app.exception_handler(InvalidInput)
    async def invalid(request: Request, exc: InvalidInput) -> Response:
        return _error(request, 422, str(exc))

    @app.exception_handler(CounterlinkError)
    async def counterlink_error(request: Request, exc: CounterlinkError) -> Response:
        return _error(request, 400, str(exc))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if _wants_json(request):
            return JSONResponse(
                {"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers
            )
        messages = {404: "page not found", 405: "method not allowed"}
        message = exc.detail if isinstance(exc.detail, str) else messages.get(exc.status_code)
        return _error(request, exc.status_code, message or "request refused")

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": _plain(exc.errors())}, status_code=422)
        return _error(request, 422, "; ".join(_describe(e) for e in exc.errors()))

    async def unexpected(request: Request, exc: Exception) -> Response:
        # The traceback goes to the server log, never to the browser.
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return _error(request, 500, "something went wrong on our side; it has been logged")

    app.add_exception_handler(Exception, unexpected)

    async def database_busy(request: Request, exc: Exception) -> Response:
        if not is_unavailable(exc):
            return await unexpected(request, exc)
        # "database is locked", no free connection in the pool, a lost server: not a bug.
        log.warning("database unavailable on %s %s: %s", request.method, request.url.path, exc)
        return _busy(request)

    app.add_exception_handler(DBAPIError, database_busy)
    app.add_exception_handler(PoolTimeout, database_busy)


def _describe(error: dict[str, object]) -> str:
    where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("body", "query"))  # type: ignore[attr-defined]
    return f"{where}: {error.get('msg')}" if where else str(error.get("msg"))


def _plain(errors: object) -> list[dict[str, object]]:
    """Validation errors without the offending input echoed back (it may be large or hostile)."""
    out: list[dict[str, object]] = []
    for error in errors:  # type: ignore[attr-defined]
        out.append(
            {"loc": list(error.get("loc", ())), "msg": error.get("msg"), "type": error.get("type")}
        )
    return out
