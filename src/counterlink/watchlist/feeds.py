"""Fetching partners' feeds, only when a user configures one (counterlink is offline otherwise):
a TAXII 2.1 collection (STIX 2.1 objects) or a MISP feed (``manifest.json`` and one JSON file an
event, over HTTP(S) or mirrored to a local folder).

HTTP goes through ``httpx`` (the ``share`` extra), every request with a timeout: a partner's
server that hangs must not hang the import. The OASIS ``taxii2-client`` library was not used: it
sends its requests without any timeout and offers no public way to set one.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit, urlunsplit
from urllib.request import url2pathname

from counterlink.errors import CounterlinkError
from counterlink.share.prepare import stable_uuid

if TYPE_CHECKING:
    import httpx

TAXII_MEDIA_TYPE = "application/taxii+json;version=2.1"
# Pages followed at most: a server that keeps answering "more" must not loop for ever.
MAX_PAGES = 10_000
_UUID = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")
_COLLECTION_PATH = re.compile(r"(?P<root>.*/)collections/(?P<id>[^/]+)/(?:objects/?)?$")


def _shown(url: str) -> str:
    """``url`` without credentials written in it (user:password@host), for messages."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def _client(
    timeout: float,
    headers: dict[str, str],
    auth: tuple[str, str] | None = None,
) -> httpx.Client:
    try:
        import httpx
    except ImportError as exc:  # the share extra is not installed
        raise CounterlinkError(
            "fetching a feed needs httpx: pip install 'counterlink[share]'"
        ) from exc
    return httpx.Client(timeout=timeout, headers=headers, auth=auth, follow_redirects=True)


def _request(client: httpx.Client, url: str, timeout: float, prefix: str = "") -> httpx.Response:
    """The response to GET ``url``; a CounterlinkError naming the URL and the HTTP status (or
    the timeout, or why no connection was made) for anything but a success."""
    import httpx

    try:
        response = client.get(url)
    except httpx.TimeoutException:
        raise CounterlinkError(
            f"{prefix}no answer within {timeout:g} s", file=_shown(url)
        ) from None
    except httpx.HTTPError as exc:
        raise CounterlinkError(f"{prefix}cannot fetch: {exc}", file=_shown(url)) from None
    if response.status_code >= 400:
        hint = " (check the token, user or password)" if response.status_code in (401, 403) else ""
        raise CounterlinkError(
            f"{prefix}HTTP {response.status_code} {response.reason_phrase}{hint}"
            + _error_detail(response),
            file=_shown(str(response.url)),
        )
    return response


def _json(response: httpx.Response, prefix: str = "") -> Any:
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        kind = response.headers.get("content-type") or "no content type"
        raise CounterlinkError(
            f"{prefix}HTTP {response.status_code}: not JSON ({kind})",
            file=_shown(str(response.url)),
        ) from None


def _get(client: httpx.Client, url: str, timeout: float, what: str | None = None) -> Any:
    """The JSON document at ``url``; errors name the URL, ``what`` (an event uuid) and the
    HTTP status."""
    prefix = f"{what}: " if what else ""
    return _json(_request(client, url, timeout, prefix), prefix)


def _error_detail(response: httpx.Response) -> str:
    """A TAXII error message's title, when the server sent one."""
    try:
        body = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return ""
    if isinstance(body, dict) and isinstance(body.get("title"), str):
        return f": {body['title']}"
    return ""


# --- TAXII 2.1 ---------------------------------------------------------------------------------


def fetch_taxii(
    url: str,
    *,
    collection: str | None = None,
    token: str | None = None,
    user: str | None = None,
    password: str | None = None,
    added_after: str | None = None,
    timeout: float = 30.0,
) -> list[dict[str, Any]]:
    """The objects of a TAXII 2.1 collection, as ONE STIX bundle (in a list, the shape
    :func:`counterlink.watchlist.stix_import.source_from_stix` takes; an empty list when the
    collection has nothing, or nothing added after ``added_after``): one bundle, so that an
    unmarked object gets the strictest marking of the whole collection, whatever the page size.

    ``url`` is a collection URL (``.../collections/<id>/``, or its ``objects/``), or an API root
    with ``collection`` the collection's id. Authentication: ``token`` (``Authorization: Bearer``)
    or ``user`` and ``password`` (HTTP Basic). ``added_after`` (a STIX timestamp) fetches only
    what was added since. Pages are followed through ``more`` and ``next`` (or, from a server
    that gives no ``next``, its ``X-TAXII-Date-Added-Last`` header).
    """
    scheme = urlsplit(url).scheme
    if scheme not in ("http", "https"):
        raise CounterlinkError("a TAXII server is reached over http(s)", file=_shown(url))
    if token is not None and (user is not None or password is not None):
        raise CounterlinkError("give a token or a user and password, not both", field="token")
    if (user is None) != (password is None):
        raise CounterlinkError("a user needs a password (and a password a user)", field="user")
    headers = {"Accept": TAXII_MEDIA_TYPE}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    auth = (user, password) if user is not None and password is not None else None
    with _client(timeout, headers, auth) as client:
        objects_url = _objects_url(client, url, collection, timeout)
        objects: list[dict[str, Any]] = []
        params: dict[str, str] = {"added_after": added_after} if added_after else {}
        seen: set[tuple[tuple[str, str], ...]] = set()
        for page in range(MAX_PAGES):
            page_url = _with_query(objects_url, params)
            envelope, last_added = _taxii_get(client, page_url, timeout)
            found = envelope.get("objects", [])
            if not isinstance(found, list):
                raise CounterlinkError(
                    f"page {page + 1}: 'objects' is not a list", file=_shown(page_url)
                )
            objects += found
            if envelope.get("more") is not True:
                break
            following = dict(params)
            if isinstance(envelope.get("next"), str) and envelope["next"]:
                following["next"] = envelope["next"]
            elif last_added:
                following.pop("next", None)
                following["added_after"] = last_added
            else:
                raise CounterlinkError(
                    f"page {page + 1} says there is more but gives no 'next' to fetch it",
                    file=_shown(page_url),
                )
            key = tuple(sorted(following.items()))
            if key in seen:
                raise CounterlinkError(
                    f"page {page + 1} points back to a page already fetched",
                    file=_shown(page_url),
                )
            seen.add(key)
            params = following
        else:
            raise CounterlinkError(f"more than {MAX_PAGES} pages", file=_shown(objects_url))
    if not objects:
        return []
    # The bundle's id is derived from its content: pulling an unchanged collection again gives
    # the same document (the importer recognises what it has already imported by its digest).
    digest = hashlib.sha256(json.dumps(objects, sort_keys=True).encode("utf-8")).hexdigest()
    return [{"type": "bundle", "id": f"bundle--{stable_uuid('taxii', digest)}", "objects": objects}]


def _with_query(url: str, params: dict[str, str]) -> str:
    if not params:
        return url
    query = "&".join(f"{quote(k)}={quote(v, safe='')}" for k, v in params.items())
    return f"{url}?{query}"


def _taxii_get(client: httpx.Client, url: str, timeout: float) -> tuple[dict[str, Any], str | None]:
    """A TAXII response: a JSON object sent as TAXII 2.1 (a web page or a TAXII 2.0 server is
    refused with its content type), and its ``X-TAXII-Date-Added-Last`` header."""
    response = _request(client, url, timeout)
    shown = _shown(str(response.url))
    kind = response.headers.get("content-type", "")
    if not kind.replace(" ", "").lower().startswith("application/taxii+json"):
        raise CounterlinkError(
            f"HTTP {response.status_code}: not a TAXII 2.1 response "
            f"(content type {kind or 'none'}, expected {TAXII_MEDIA_TYPE})",
            file=shown,
        )
    body = _json(response)
    if not isinstance(body, dict):
        raise CounterlinkError("a TAXII response is a JSON object", file=shown)
    return body, response.headers.get("x-taxii-date-added-last")


def _objects_url(client: httpx.Client, url: str, collection: str | None, timeout: float) -> str:
    base = url.split("?", 1)[0]
    base = base if base.endswith("/") else base + "/"
    m = _COLLECTION_PATH.match(base)
    if m is not None:
        if collection is not None and collection != m.group("id"):
            raise CounterlinkError(
                f"the URL names collection {m.group('id')!r}, not {collection!r}",
                file=_shown(url),
                field="collection",
            )
        return f"{m.group('root')}collections/{m.group('id')}/objects/"
    if collection is not None:
        return f"{base}collections/{quote(collection, safe='')}/objects/"
    # An API root and no collection: say which there are.
    body, _ = _taxii_get(client, f"{base}collections/", timeout)
    listed = body.get("collections")
    listed = listed if isinstance(listed, list) else []
    readable = [
        f"{c['id']} ({c.get('title', 'untitled')})"
        for c in listed
        if isinstance(c, dict) and isinstance(c.get("id"), str) and c.get("can_read") is not False
    ]
    raise CounterlinkError(
        "name a collection of this API root: "
        + (", ".join(readable) if readable else "it lists none you may read"),
        file=_shown(url),
        field="collection",
    )


# --- MISP feeds --------------------------------------------------------------------------------


def fetch_misp_feed(
    url: str, *, timeout: float = 30.0, since: str | None = None
) -> list[dict[str, Any]]:
    """The events of a MISP feed, as its event files hold them (``{"Event": {...}}``).

    ``url`` is the feed's address (``<url>/manifest.json`` lists the events by uuid,
    ``<url>/<uuid>.json`` holds each), or a local folder (a path or a ``file://`` URL) where
    the feed is mirrored. ``since`` (an ISO 8601 date or date-time, UTC unless it says
    otherwise) fetches only events whose manifest ``timestamp`` (else ``date``) is that late or
    later. Events are returned in the manifest's order.
    """
    cutoff = _since(since)
    parts = urlsplit(url)
    if parts.scheme in ("http", "https"):
        base = url if url.endswith("/") else url + "/"
        with _client(timeout, {"Accept": "application/json"}) as client:
            manifest = _get(client, base + "manifest.json", timeout)
            uuids = _manifest_events(manifest, base + "manifest.json", cutoff)
            return [
                _feed_event(_get(client, f"{base}{e}.json", timeout, f"event {e}"), e, base)
                for e in uuids
            ]
    if parts.scheme == "file":
        folder = Path(url2pathname(parts.path))
    elif parts.scheme and len(parts.scheme) > 1:  # not a Windows drive letter
        raise CounterlinkError(
            "a MISP feed is an http(s) URL, a file:// URL or a folder", file=_shown(url)
        )
    else:
        folder = Path(url).expanduser()
    manifest_path = folder / "manifest.json"
    manifest = _read_json(manifest_path, "manifest")
    events = []
    for event_id in _manifest_events(manifest, str(manifest_path), cutoff):
        path = folder / f"{event_id}.json"
        events.append(_feed_event(_read_json(path, f"event {event_id}"), event_id, str(folder)))
    return events


def _read_json(path: Path, what: str) -> Any:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise CounterlinkError(f"{what}: cannot read: {exc.strerror or exc}", file=path) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise CounterlinkError(f"{what}: not JSON: {exc.msg}", file=path, line=exc.lineno) from None


def _since(since: str | None) -> datetime | None:
    if since is None:
        return None
    try:
        moment = datetime.fromisoformat(since.strip().replace("Z", "+00:00"))
    except ValueError:
        raise CounterlinkError(
            f"{since!r} is not an ISO 8601 date or date-time", field="since"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _manifest_events(manifest: Any, where: str, cutoff: datetime | None) -> list[str]:
    """The event uuids of a feed manifest (checked: they become file names), only those of
    ``cutoff`` or later when one is given."""
    if not isinstance(manifest, dict):
        raise CounterlinkError("a MISP feed manifest is a JSON object of events", file=where)
    found = []
    for key, entry in manifest.items():
        if not _UUID.fullmatch(key):
            raise CounterlinkError("not an event uuid", file=where, field=key[:80])
        when = _event_time(entry)
        if cutoff is None or when is None or when >= cutoff:
            found.append(key)
    return found


def _event_time(entry: Any) -> datetime | None:
    if not isinstance(entry, dict):
        return None
    stamp = entry.get("timestamp")
    if isinstance(stamp, int | str) and not isinstance(stamp, bool) and str(stamp).isdigit():
        return datetime.fromtimestamp(int(stamp), tz=UTC)
    date = entry.get("date")
    if isinstance(date, str):
        try:
            return datetime.fromisoformat(date).replace(tzinfo=UTC)
        except ValueError:
            return None
    return None


def _feed_event(document: Any, event_id: str, where: str) -> dict[str, Any]:
    if not isinstance(document, dict):
        raise CounterlinkError(
            f"event {event_id}: not a MISP event (a JSON object)", file=_shown(where)
        )
    return document


__all__ = ["TAXII_MEDIA_TYPE", "fetch_misp_feed", "fetch_taxii"]
