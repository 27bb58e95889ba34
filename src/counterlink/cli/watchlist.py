"""`counterlink watchlist`: import partners' STIX 2.1 bundles, MISP events and hashed exports
(files, or a TAXII 2.1 collection / MISP feed when configured), list and remove them; and the
loader `check` and `scan` use to match every approach against them."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from counterlink.cli.database import actor_name, session
from counterlink.cli.output import DatabaseOption, err, out, user_errors
from counterlink.errors import CounterlinkError

if TYPE_CHECKING:
    from counterlink.watchlist.match import Watchlist
    from counterlink.watchlist.read import Parsed

watchlist_app = typer.Typer(
    help=(
        "Indicators partners shared (STIX 2.1, MISP, hashed): every approach `check`, `scan` "
        "and the web app assess is matched against them."
    ),
    no_args_is_help=True,
)

JsonFlag = Annotated[bool, typer.Option("--json", help="JSON Lines for scripts.")]


def register(app: typer.Typer) -> None:
    app.add_typer(watchlist_app, name="watchlist")


def _report_import(parsed: Parsed, replaced: int, unchanged: bool) -> None:
    source = parsed.source
    if unchanged:
        err.print(
            f"{source.origin}: already imported with the same content; nothing changed.",
            markup=False,
            soft_wrap=True,
        )
        return
    kinds: dict[str, int] = {}
    for entry in source.entries:
        kinds[entry.kind] = kinds.get(entry.kind, 0) + 1
    summary = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items())) or "no indicators"
    again = f" (replacing {replaced} from the previous import)" if replaced else ""
    err.print(
        f"Imported {len(source.entries)} indicators from {source.name} ({source.format}, "
        f"TLP:{source.tlp.upper()}){again}: {summary}.",
        markup=False,
        soft_wrap=True,
    )
    summary = parsed.skipped.summary()
    if summary:
        # Values in the file that describe someone other than the persona, by reason.
        err.print(f"Not taken: {summary}.", markup=False, soft_wrap=True)
    for line in parsed.skipped:
        err.print(f"skipped: {line}", markup=False, soft_wrap=True)


def _store(parsed: Parsed, database: str | None) -> None:
    from counterlink.store.watchlist import import_source

    with session(database, create=True) as s:
        done = import_source(s, actor_name(), parsed.source, parsed.sha256)
        s.commit()
    _report_import(parsed, done.replaced, done.unchanged)


@watchlist_app.command("import")
@user_errors
def import_file(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="STIX 2.1 bundle, MISP event or counterlink.hashed/1 file (JSON or JSON Lines).",
            show_default=False,
        ),
    ],
    name: Annotated[
        str | None,
        typer.Option("--name", help="Name the partner (default: the producer the file names)."),
    ] = None,
    database: DatabaseOption = None,
) -> None:
    """Import partners' files into the watchlist. Importing a file again replaces what it gave.

    [bold]Examples[/]

      counterlink watchlist import partner-bundle.json

      counterlink watchlist import misp-event.json --name "University CERT"
    """
    from dataclasses import replace

    from counterlink.watchlist.read import read_watch_file

    parsed_files = [read_watch_file(path) for path in files]  # all checked before any is stored
    for parsed in parsed_files:
        if name:
            parsed = replace(parsed, source=replace(parsed.source, name=name))
        _store(parsed, database)


@watchlist_app.command("pull")
@user_errors
def pull(
    taxii: Annotated[
        str | None,
        typer.Option(
            "--taxii",
            envvar="COUNTERLINK_TAXII_URL",
            help="TAXII 2.1 API root or collection URL.",
            show_default=False,
        ),
    ] = None,
    collection: Annotated[
        str | None,
        typer.Option("--collection", help="TAXII collection id (when --taxii is an API root)."),
    ] = None,
    misp_feed: Annotated[
        str | None,
        typer.Option(
            "--misp-feed",
            envvar="COUNTERLINK_MISP_FEED_URL",
            help="MISP feed URL (the folder holding manifest.json).",
            show_default=False,
        ),
    ] = None,
    name: Annotated[str | None, typer.Option("--name", help="Name the partner.")] = None,
    database: DatabaseOption = None,
) -> None:
    """Fetch a partner's TAXII 2.1 collection or MISP feed into the watchlist (replacing the
    previous pull of the same URL). Nothing is fetched unless you give a URL here or in
    $COUNTERLINK_TAXII_URL / $COUNTERLINK_MISP_FEED_URL. TAXII credentials:
    $COUNTERLINK_TAXII_TOKEN, or $COUNTERLINK_TAXII_USER and $COUNTERLINK_TAXII_PASSWORD.

    [bold]Examples[/]

      counterlink watchlist pull --taxii https://cti.example.org/api1/ --collection 9f2c...

      counterlink watchlist pull --misp-feed https://misp.example.org/feeds/personas/
    """
    import hashlib
    from dataclasses import replace

    from counterlink.watchlist import feeds
    from counterlink.watchlist.read import Parsed, parse_documents

    if not taxii and not misp_feed:
        raise CounterlinkError("say what to pull: --taxii URL or --misp-feed URL")
    pulls: list[tuple[str, list[object]]] = []
    if taxii:
        bundles = feeds.fetch_taxii(
            taxii,
            collection=collection,
            token=os.environ.get("COUNTERLINK_TAXII_TOKEN"),
            user=os.environ.get("COUNTERLINK_TAXII_USER"),
            password=os.environ.get("COUNTERLINK_TAXII_PASSWORD"),
        )
        origin = taxii.rstrip("/") + (f"/collections/{collection}" if collection else "")
        pulls.append((origin, list(bundles)))
    if misp_feed:
        pulls.append((misp_feed.rstrip("/"), list(feeds.fetch_misp_feed(misp_feed))))
    for origin, documents in pulls:
        if not documents:
            err.print(f"{origin}: nothing to import.", markup=False, soft_wrap=True)
            continue
        content = json.dumps(documents, sort_keys=True).encode("utf-8")
        source, skipped = parse_documents(documents, origin)
        if name:
            source = replace(source, name=name)
        _store(Parsed(source, skipped, hashlib.sha256(content).hexdigest()), database)


@watchlist_app.command("list")
@user_errors
def list_sources(json_output: JsonFlag = False, database: DatabaseOption = None) -> None:
    """The imported sources: partner, format, marking, indicators, when and by whom."""
    from rich.table import Table

    from counterlink.store.watchlist import list_sources as stored

    with session(database, create=False) as s:
        rows = stored(s)
        records = [
            {
                "id": r.id,
                "name": r.name,
                "origin": r.origin,
                "format": r.format,
                "tlp": r.tlp,
                "entries": r.entry_count,
                "imported_at": r.imported_at.isoformat(),
                "imported_by": r.imported_by,
            }
            for r in rows
        ]
    if json_output:
        for record in records:
            out.print(json.dumps(record, ensure_ascii=False), markup=False, soft_wrap=True)
        return
    if not records:
        err.print("The watchlist is empty: `counterlink watchlist import FILE` adds to it.")
        return
    table = Table("id", "partner", "format", "TLP", "indicators", "imported", "origin")
    for r in records:
        table.add_row(
            str(r["id"]),
            str(r["name"]),
            str(r["format"]),
            str(r["tlp"]).upper(),
            str(r["entries"]),
            str(r["imported_at"])[:16],
            str(r["origin"]),
        )
    out.print(table)


@watchlist_app.command("show")
@user_errors
def show(
    source: Annotated[str, typer.Argument(help="Source id or origin (see `watchlist list`).")],
    json_output: JsonFlag = False,
    database: DatabaseOption = None,
) -> None:
    """The indicators of one source (hashed ones show only their digest)."""
    from rich.table import Table

    from counterlink.store.watchlist import get_source, list_entries

    with session(database, create=False) as s:
        row = get_source(s, source)
        entries = list_entries(s, row.id)
        records = [
            {
                "kind": e.kind,
                "value": e.value,
                "digest": e.digest,
                "persona": e.persona,
                "tlp": e.tlp,
                "confidence": e.confidence,
                "ref": e.ref,
            }
            for e in entries
        ]
        title = f"{row.name} ({row.format}, TLP:{row.tlp.upper()}) from {row.origin}"
    if json_output:
        for record in records:
            out.print(json.dumps(record, ensure_ascii=False), markup=False, soft_wrap=True)
        return
    table = Table("kind", "value", "persona", "TLP", "confidence", title=title)
    for r in records:
        value = r["value"] or f"hash {str(r['digest'])[:16]}…"
        table.add_row(
            str(r["kind"]),
            str(value),
            str(r["persona"] or ""),
            str(r["tlp"]).upper(),
            "" if r["confidence"] is None else str(r["confidence"]),
        )
    out.print(table)


@watchlist_app.command("remove")
@user_errors
def remove(
    source: Annotated[str, typer.Argument(help="Source id or origin (see `watchlist list`).")],
    database: DatabaseOption = None,
) -> None:
    """Remove a source and all its indicators (audited)."""
    from counterlink.store.watchlist import remove_source

    with session(database, create=False) as s:
        row = remove_source(s, actor_name(), source)
        s.commit()
        err.print(
            f"Removed {row.name} ({row.entry_count} indicators) from the watchlist.",
            markup=False,
            soft_wrap=True,
        )


def watchlist_for_check(
    use: bool | None, database: str | None, key_file: Path | None
) -> Watchlist | None:
    """The watchlist `check` and `scan` match against.

    ``use`` None: the database's watchlist when there is one (no database, or no ``web`` extra:
    none, silently; a database that cannot be read: a warning); True: it must load; False: none.
    """
    if use is False:
        return None
    from counterlink.share.digest import load_key

    key = load_key(key_file)
    try:
        import sqlalchemy  # noqa: F401

        from counterlink.store.db import database_url, open_existing, session_factory
        from counterlink.store.watchlist import load_sources
    except ImportError:
        if use:
            raise CounterlinkError(
                "--watchlist needs the database packages: pip install 'counterlink[web]'"
            ) from None
        return None
    from counterlink.watchlist.match import Watchlist

    url = database or database_url()
    default_file = Path(url.removeprefix("sqlite:///")).expanduser()
    if use is None and database is None and not default_file.is_file():
        return None  # nobody has created a database: no watchlist, nothing to say
    try:
        engine = open_existing(url)
    except CounterlinkError as exc:
        if use:
            raise
        err.print(f"warning: watchlist not used: {exc.message}", markup=False, soft_wrap=True)
        return None
    try:
        with session_factory(engine)() as s:
            watchlist = Watchlist(load_sources(s), key)
    finally:
        engine.dispose()
    if watchlist.unmatchable:
        err.print(
            f"note: {watchlist.unmatchable} hashed watchlist indicator(s) cannot be matched "
            "without the community key they were made with (--community-key or "
            "$COUNTERLINK_COMMUNITY_KEY).",
            markup=False,
            soft_wrap=True,
        )
    return watchlist
