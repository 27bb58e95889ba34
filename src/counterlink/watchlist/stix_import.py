"""STIX 2.1 bundles from partners (our own exports, OpenCTI, a TAXII collection) → a watchlist
source: the personas' accounts, addresses, numbers, websites and names, each with its marking.

What maps to what (docs/sharing.md, "Import: the watchlist"):

* ``user-account``: ``account_type`` LinkedIn → ``profile`` (``user_id``, ``account_login``); a
  messaging app → ``handle`` ``app:user_id``; any other account type is skipped;
* ``email-addr`` → ``email``; ``url`` → ``profile`` (a LinkedIn /in/ URL), ``handle`` (a
  messaging deep link) or ``website``; ``domain-name`` → ``website``;
* ``identity`` of class individual → ``name``, and its ``contact_information`` lines;
* ``indicator`` with a STIX pattern: equality (or ``IN``) on ``user-account:user_id`` (with the
  ``account_type`` of the same observation), ``email-addr:value``, ``url:value``,
  ``domain-name:value``, and ``email-addr:value LIKE '%@domain'`` → ``email_domain``.

Anything else is counted or named in the "skipped" lines returned with the source.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import stix2
from stix2patterns.exceptions import ParseException  # type: ignore[import-untyped]
from stix2patterns.v21.grammars.STIXPatternListener import (  # type: ignore[import-untyped]
    STIXPatternListener,
)
from stix2patterns.v21.grammars.STIXPatternParser import (  # type: ignore[import-untyped]
    STIXPatternParser as P,
)
from stix2patterns.v21.pattern import Pattern  # type: ignore[import-untyped]

from counterlink.errors import CounterlinkError
from counterlink.share.model import strictest
from counterlink.share.prepare import stix_time
from counterlink.share.stix import TLP2_EXTENSION, TLP2_MARKINGS
from counterlink.watchlist.collect import (
    DEFAULT_TLP,
    PRODUCER,
    RECIPIENT,
    REFERENCE,
    TARGET,
    UNNAMED,
    Collector,
    Skipped,
    Where,
    producer_name,
    tlp_level,
)
from counterlink.watchlist.model import WatchSource

# Marking-definition ids → TLP 2.0 level: OASIS TLP 2.0 and the STIX 2.1 TLP 1.0 definitions.
KNOWN_MARKINGS: dict[str, str] = {v: k for k, v in TLP2_MARKINGS.items()} | {
    stix2.TLP_WHITE.id: "clear",
    stix2.TLP_GREEN.id: "green",
    stix2.TLP_AMBER.id: "amber",
    stix2.TLP_RED.id: "red",
}
# STIX Cyber-observable types that carry a persona's indicator.
_SCO_TYPES = frozenset({"user-account", "email-addr", "url", "domain-name"})
# Objects that hold the bundle together (markings, links between objects, the e-mail that says
# who sent and who received an address); never "skipped".
_STRUCTURE = frozenset(
    {"marking-definition", "relationship", "sighting", "observed-data", "email-message"}
)
# email-message properties naming who received it (STIX 2.1 section 6.5): the person approached.
_RECIPIENT_REFS = ("to_refs", "cc_refs", "bcc_refs")
_SENDER_REFS = ("from_ref", "sender_ref")
# Relationships that tie an indicator or observable to the persona it belongs to.
_PERSONA_LINKS = frozenset({"based-on", "indicates", "related-to"})
# Objects a persona label is looked for through (never through a campaign: it joins personas).
_THROUGH = _SCO_TYPES | {"observed-data", "indicator"}
# A pattern whose comparisons expand to more alternatives than this is not read.
_MAX_ALTERNATIVES = 256


def source_from_stix(bundles: list[dict[str, Any]], origin: str) -> tuple[WatchSource, Skipped]:
    """The watchlist entries of one or more STIX 2.1 bundles (as parsed from JSON) read from
    ``origin`` (a file name or feed URL), and the lines saying what was not imported and why.

    Raises CounterlinkError (``file`` = origin, ``field`` = where) for something that is no
    bundle: not ``"type": "bundle"``, ``objects`` not a list, an object without type or id."""
    reader = _Reader(_objects(bundles, origin))
    return reader.read(origin)


def _objects(bundles: list[dict[str, Any]], origin: str) -> list[tuple[int, dict[str, Any]]]:
    """(bundle index, object) of every object, the latest version of each id only."""
    if not isinstance(bundles, list):
        raise CounterlinkError("expected a list of STIX bundles", file=origin)
    latest: dict[str, tuple[int, dict[str, Any]]] = {}
    for b, bundle in enumerate(bundles):
        # Fields are named within the bundle, prefixed by its index when there are several.
        at = "" if len(bundles) == 1 else f"[{b}]."
        if not isinstance(bundle, dict) or bundle.get("type") != "bundle":
            raise CounterlinkError(
                'not a STIX bundle (no "type": "bundle")', file=origin, field=f"{at}type"
            )
        objects = bundle.get("objects", [])  # a bundle may have no objects
        if not isinstance(objects, list):
            raise CounterlinkError("not a list", file=origin, field=f"{at}objects")
        for i, obj in enumerate(objects):
            where = f"{at}objects[{i}]"
            if not isinstance(obj, dict):
                raise CounterlinkError("not a STIX object", file=origin, field=where)
            for key in ("type", "id"):
                if not isinstance(obj.get(key), str) or not obj[key]:
                    raise CounterlinkError(
                        f"STIX object without {'a type' if key == 'type' else 'an id'}",
                        file=origin,
                        field=f"{where}.{key}",
                    )
            previous = latest.get(obj["id"])
            # TAXII collections may hold several versions of an object: the latest counts.
            if previous is None or _modified(obj) > _modified(previous[1]):
                latest[obj["id"]] = (b, obj)
    return list(latest.values())


_NEVER = datetime.min.replace(tzinfo=UTC)


def _modified(obj: dict[str, Any]) -> datetime:
    """An object's ``modified`` to the millisecond (versions may be that close)."""
    value = obj.get("modified")
    if not isinstance(value, str):
        return _NEVER
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return _NEVER
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _refs(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


class _Reader:
    def __init__(self, objects: list[tuple[int, dict[str, Any]]]) -> None:
        self.objects = objects
        self.by_id = {obj["id"]: obj for _, obj in objects}
        self.out = Collector()
        self.marking_levels = self._marking_levels()
        self.links: defaultdict[str, set[str]] = defaultdict(set)
        self.observed_at: dict[str, str] = {}  # observable or identity id → first seen
        self.recipients, self.targets = self._not_personas()
        self.producers = {
            obj["created_by_ref"]
            for _, obj in objects
            if isinstance(obj.get("created_by_ref"), str) and obj["created_by_ref"] != obj["id"]
        }
        self._link_objects()
        self.labels = self._persona_labels()
        # Unmarked objects get the strictest marking used in their bundle (amber if none).
        used: defaultdict[int, list[str]] = defaultdict(list)
        for b, obj in objects:
            used[b] += self._levels(obj)
        self.bundle_tlp = {b: strictest(*levels) for b, levels in used.items() if levels}

    # --- markings -----------------------------------------------------------------------

    def _marking_levels(self) -> dict[str, str]:
        """Marking-definition id → TLP level: the well-known ids, and definitions in the bundle
        that say they are TLP (TLP 1.0 ``definition_type`` tlp, the TLP 2.0 extension, or a
        name such as OpenCTI's "TLP:AMBER+STRICT")."""
        levels = dict(KNOWN_MARKINGS)
        for _, obj in self.objects:
            if obj["type"] != "marking-definition" or obj["id"] in levels:
                continue
            candidates: list[object] = []
            definition = obj.get("definition")
            if str(obj.get("definition_type", "")).lower() == "tlp" and isinstance(
                definition, dict
            ):
                candidates += [v for k, v in definition.items() if k.lower() == "tlp"]
            extension = (obj.get("extensions") or {}).get(TLP2_EXTENSION)
            if isinstance(extension, dict):
                candidates.append(extension.get("tlp_2_0"))
            name = obj.get("name")
            if isinstance(name, str) and name.strip().lower().startswith("tlp:"):
                candidates.append(name)
            for candidate in candidates:
                level = tlp_level(candidate) if isinstance(candidate, str) else None
                if level is not None:
                    levels[obj["id"]] = level
                    break
        return levels

    def _levels(self, obj: dict[str, Any]) -> list[str]:
        refs = _refs(obj.get("object_marking_refs"))
        for granular in obj.get("granular_markings") or []:
            # Conservative: a TLP marking on any part of the object marks all of it.
            if isinstance(granular, dict) and isinstance(granular.get("marking_ref"), str):
                refs.append(granular["marking_ref"])
        return [self.marking_levels[r] for r in refs if r in self.marking_levels]

    def _tlp(self, b: int, obj: dict[str, Any]) -> str:
        levels = self._levels(obj)
        return strictest(*levels) if levels else self.bundle_tlp.get(b, DEFAULT_TLP)

    # --- personas -------------------------------------------------------------------------

    def _not_personas(self) -> tuple[set[str], set[str]]:
        """Ids that name the person approached, not the persona: e-mail addresses that only
        ever received a message (``to_refs``, ``cc_refs``, ``bcc_refs``, never ``from_ref`` or
        ``sender_ref``), and identities a ``targets`` relationship points at."""
        received: set[str] = set()
        sent: set[str] = set()
        targets: set[str] = set()
        for _, obj in self.objects:
            if obj["type"] == "email-message":
                for key in _RECIPIENT_REFS:
                    received.update(_refs(obj.get(key)))
                sent.update(r for k in _SENDER_REFS if isinstance(r := obj.get(k), str))
            elif (
                obj["type"] == "relationship"
                and obj.get("relationship_type") == "targets"
                and isinstance(obj.get("target_ref"), str)
            ):
                targets.add(obj["target_ref"])
        return received - sent, targets

    def _link_objects(self) -> None:
        def link(a: str, b: str) -> None:
            self.links[a].add(b)
            self.links[b].add(a)

        for _, obj in self.objects:
            kind = obj["type"]
            if kind == "observed-data":
                when = stix_time(_text(obj.get("first_observed")))
                for ref in _refs(obj.get("object_refs")):
                    link(obj["id"], ref)
                    self._seen(ref, when)
            elif kind == "sighting" and isinstance(obj.get("sighting_of_ref"), str):
                target = obj["sighting_of_ref"]
                self._seen(target, stix_time(_text(obj.get("first_seen"))))
                for ref in _refs(obj.get("observed_data_refs")):
                    link(target, ref)
            elif kind == "relationship" and obj.get("relationship_type") in _PERSONA_LINKS:
                source, target = obj.get("source_ref"), obj.get("target_ref")
                if isinstance(source, str) and isinstance(target, str):
                    link(source, target)

    def _seen(self, ref: str, when: str | None) -> None:
        if when and (ref not in self.observed_at or when < self.observed_at[ref]):
            self.observed_at[ref] = when

    def _individual(self, ref: str) -> str | None:
        obj = self.by_id.get(ref)
        if obj is None or obj["type"] != "identity" or obj.get("identity_class") != "individual":
            return None
        name = _text(obj.get("name"))
        return name if name and name.strip().lower() != UNNAMED else ref

    def _persona_labels(self) -> dict[str, str]:
        """Object id → the name(s) of the nearest individual identities it is tied to (at most
        three links away, through observed-data, indicators and observables only: never
        through a campaign, which ties many personas together). Walked out from each
        individual once, so a bundle of many objects costs one pass, not one walk per object.
        """
        nearest: dict[str, tuple[int, set[str]]] = {}
        for _, obj in self.objects:
            label = self._individual(obj["id"])
            if label is None:
                continue
            seen = {obj["id"]}
            frontier = [obj["id"]]
            for depth in range(1, 4):
                following = []
                for node in frontier:
                    for ref in self.links.get(node, ()):
                        if ref in seen or self._individual(ref) is not None:
                            continue
                        seen.add(ref)
                        best, labels = nearest.get(ref, (depth + 1, set()))
                        if depth < best:
                            nearest[ref] = (depth, {label})
                        elif depth == best:
                            labels.add(label)
                        if ref.split("--", 1)[0] in _THROUGH:
                            following.append(ref)
                frontier = following
        return {ref: "; ".join(sorted(labels)) for ref, (_, labels) in nearest.items()}

    def persona(self, obj: dict[str, Any]) -> str:
        """The name of the individual identity ``obj`` is or belongs to (through observed-data,
        sightings and based-on / indicates / related-to relationships), else its own name,
        else its id. An observable several personas share is labelled with all their names."""
        return (
            self._individual(obj["id"])
            or self.labels.get(obj["id"])
            or _text(obj.get("name"))
            or obj["id"]
        )

    # --- reading ----------------------------------------------------------------------------

    def read(self, origin: str) -> tuple[WatchSource, Skipped]:
        ignored: Counter[str] = Counter()
        producers: Counter[str] = Counter()
        for _, obj in self.objects:
            ref = obj.get("created_by_ref")
            # A reference that is not an id string (a list, a number) names no creator.
            creator = self.by_id.get(ref) if isinstance(ref, str) else None
            if creator is not None and creator["type"] == "identity" and _text(creator.get("name")):
                producers[creator["name"].strip()] += 1
        references = 0
        for b, obj in self.objects:
            kind = obj["type"]
            references += sum(
                1
                for r in obj.get("external_references") or []
                if isinstance(r, dict) and isinstance(r.get("url"), str)
            )
            if obj.get("revoked") is True:
                self.out.skip(f"{obj['id']}: revoked")
            elif obj["id"] in self.recipients:
                self.out.count(
                    f"{kind} objects not imported (a recipient, not the persona)", 1, RECIPIENT
                )
            elif obj["id"] in self.targets and kind == "identity":
                self.out.skip(
                    f"{obj['id']}: the target of a 'targets' relationship, not a persona", TARGET
                )
            elif kind == "identity" and obj["id"] in self.producers:
                if obj.get("identity_class") == "individual":
                    self.out.skip(
                        f"{obj['id']}: the author of objects here (created_by_ref), not a persona",
                        PRODUCER,
                    )
            elif kind in _SCO_TYPES:
                self._observable(b, obj, obj["id"], self.observed_at.get(obj["id"]))
            elif kind == "identity" and obj.get("identity_class") == "individual":
                self._identity(b, obj)
            elif kind == "indicator":
                self._indicator(b, obj)
            elif kind == "observed-data" and isinstance(obj.get("objects"), dict):
                # STIX 2.0 style: observables embedded in the observed-data.
                when = stix_time(_text(obj.get("first_observed")))
                for key, embedded in obj["objects"].items():
                    if isinstance(embedded, dict) and embedded.get("type") in _SCO_TYPES:
                        merged = {**obj, **embedded, "id": obj["id"]}
                        self._observable(b, merged, f"{obj['id']}#objects.{key}", when)
                    else:
                        ignored["embedded observable"] += 1
            elif kind == "identity":
                ignored["identity (not an individual)"] += 1
            elif kind not in _STRUCTURE:
                ignored[kind] += 1
        for kind, n in sorted(ignored.items()):
            self.out.count(f"{kind} objects not imported (no persona indicator)", n)
        if references:
            self.out.count(
                "external_references URLs not imported (references, not the persona)",
                references,
                REFERENCE,
            )
        source = self.out.source(producer_name(producers), origin, "stix", self._default_tlp())
        return source, self.out.skipped()

    def _default_tlp(self) -> str:
        levels = list(self.bundle_tlp.values())
        return strictest(*levels) if levels else DEFAULT_TLP

    def _where(self, b: int, obj: dict[str, Any], ref: str, first_seen: str | None) -> Where:
        confidence = obj.get("confidence")
        if isinstance(confidence, bool) or not isinstance(confidence, int):
            confidence = None
        elif not 0 <= confidence <= 100:
            self.out.skip(f"{ref}: confidence {confidence} is not 0-100: ignored")
            confidence = None
        return Where(ref, self.persona(obj), self._tlp(b, obj), confidence, first_seen)

    def _observable(self, b: int, obj: dict[str, Any], ref: str, first_seen: str | None) -> None:
        at = self._where(b, obj, ref, first_seen)
        kind = obj["type"]
        if kind == "user-account":
            users = [u for u in (_text(obj.get("user_id")), _text(obj.get("account_login"))) if u]
            if not users:
                self.out.skip(f"{ref}: user-account without user_id or account_login")
            for user in dict.fromkeys(users):
                self.out.add_account(_text(obj.get("account_type")), user, at, "user-account")
            return
        value = _text(obj.get("value"))
        if value is None:
            self.out.skip(f"{ref}: {kind} without a value")
        elif kind == "email-addr":
            self.out.add("email", value, at, "email-addr")
        elif kind == "url":
            self.out.add_link(value, at, "url")
        else:
            self.out.add("website", value, at, "domain-name")

    def _identity(self, b: int, obj: dict[str, Any]) -> None:
        at = self._where(b, obj, obj["id"], self.observed_at.get(obj["id"]))
        name = _text(obj.get("name"))
        if name is not None:
            self.out.add_name(name, at, "name")
        info = _text(obj.get("contact_information"))
        if info is not None:
            self.out.add_contact_information(info, at)

    def _indicator(self, b: int, obj: dict[str, Any]) -> None:
        ref = obj["id"]
        pattern_type = obj.get("pattern_type", "stix")  # STIX 2.0 indicators have none
        pattern = obj.get("pattern")
        if pattern_type != "stix":
            self.out.count(f"indicators with a {pattern_type} pattern not imported")
            return
        if not isinstance(pattern, str):
            self.out.skip(f"{ref}: indicator without a pattern")
            return
        at = self._where(b, obj, ref, stix_time(_text(obj.get("valid_from"))))
        add_pattern(self.out, pattern, at)


_VALUE_PATHS = frozenset(
    {
        "user-account:user_id",
        "user-account:account_login",
        "email-addr:value",
        "url:value",
        "domain-name:value",
        *(f"email-message:{key}/.value" for key in _SENDER_REFS),
    }
)
_SENDER_PATHS = tuple(f"email-message:{key}/.value" for key in _SENDER_REFS)
_RECIPIENT_PATHS = frozenset(f"email-message:{key}/[*].value" for key in _RECIPIENT_REFS)


def add_pattern(out: Collector, pattern: str, at: Where) -> None:
    """The persona indicators a STIX pattern names (as ``docs/sharing.md`` lists them) into
    ``out``, and a skipped line for each comparison not read; ``at.ref`` names the object the
    pattern is in (an indicator, a MISP ``stix2-pattern`` object)."""
    ref = at.ref
    try:
        alternatives = list(_alternatives(Pattern(pattern)))
    except ParseException as exc:
        out.skip(f"{ref}: pattern {pattern!r} does not parse: {exc}")
        return
    except _TooComplex:
        out.skip(f"{ref}: pattern {pattern!r} has too many alternatives to read")
        return
    unread: list[str] = []
    imported = 0
    for comparisons in alternatives:
        types = [
            c.values[0]
            for c in comparisons
            if c.path == "user-account:account_type" and c.op == "=" and c.values
        ]
        for c in comparisons:
            reason = _add_comparison(out, c, types, at)
            if reason is None:
                imported += 1
            elif reason:
                unread.append(f"{c.text} ({reason})")
    if not imported:
        why = "; ".join(dict.fromkeys(unread))
        out.skip(f"{ref}: no persona indicator in pattern {pattern!r}: {why}")
        return
    for text in dict.fromkeys(unread):
        out.skip(f"{ref}: comparison {text} not imported")


def _add_comparison(
    out: Collector, c: _Comparison, account_types: list[str], at: Where
) -> str | None:
    """Adds what comparison ``c`` names; returns None when it added an entry, "" when it
    is part of another (an account type), else why it was not read."""
    if c.path == "user-account:account_type" and c.op == "=":
        return ""
    if c.path in _RECIPIENT_PATHS:
        out.count("pattern comparisons on recipients not imported", 1, RECIPIENT)
        return ""
    if c.path not in _VALUE_PATHS:
        return "not a persona indicator"
    if c.values is None:
        return "not a string"
    if c.op == "LIKE":
        if c.path not in ("email-addr:value", *_SENDER_PATHS):
            return "LIKE is read only as '%@domain' on email-addr:value"
        m = re.fullmatch(r"%@([^%_]+)", c.values[0])
        if m is None:
            return "LIKE is read only as '%@domain'"
        added = out.add("email_domain", m.group(1), at, "pattern")
        return None if added else "not a domain"
    if c.op not in ("=", "IN"):
        return f"operator {c.op}"
    added = False
    for value in c.values:
        if c.path in ("user-account:user_id", "user-account:account_login"):
            if not account_types:
                return "no user-account:account_type in the same observation"
            added |= out.add_account(account_types[0], value, at, "pattern")
        elif c.path in ("email-addr:value", *_SENDER_PATHS):
            added |= out.add("email", value, at, "pattern")
        elif c.path == "url:value":
            added |= out.add_link(value, at, "pattern")
        else:
            added |= out.add("website", value, at, "pattern")
    return None if added else "no valid value"


class _TooComplex(Exception):
    pass


class _Comparison:
    """One comparison of a pattern: ``path`` ("email-addr:value"), ``op`` ("=", "IN", "LIKE",
    "!=", "NOT =", ...), its string values (None when a value is not a string) and its text."""

    def __init__(self, path: str, op: str, values: tuple[str, ...] | None, text: str) -> None:
        self.path = path
        self.op = op
        self.values = values
        self.text = text


def _string(token: str) -> str | None:
    if len(token) < 2 or not (token.startswith("'") and token.endswith("'")):
        return None
    return re.sub(r"\\(.)", r"\1", token[1:-1])


def _path(ctx: Any) -> str:
    """``type:property`` of a comparison's object path; a nested path ("hashes.'SHA-256'")
    keeps its rest, so it never equals one of the paths read."""
    path = ctx.objectPath()
    first = path.firstPathComponent()
    prop = _string(first.getText()) if first.StringLiteral() else first.getText()
    rest = path.objectPathComponent()
    return f"{path.objectType().getText()}:{prop}" + (f"/{rest.getText()}" if rest else "")


def _comparison(ctx: Any) -> _Comparison:
    text = ctx.getText()
    negated = "NOT " if ctx.NOT() else ""
    path = _path(ctx)
    if isinstance(ctx, P.PropTestEqualContext):
        op = "=" if ctx.EQ() else "!="
        value = _string(ctx.primitiveLiteral().getText())
        return _Comparison(path, negated + op, None if value is None else (value,), text)
    if isinstance(ctx, P.PropTestSetContext):
        values = [_string(v.getText()) for v in ctx.setLiteral().primitiveLiteral()]
        strings = tuple(v for v in values if v is not None)
        return _Comparison(
            path, negated + "IN", strings if len(strings) == len(values) else None, text
        )
    if isinstance(ctx, P.PropTestLikeContext):
        value = _string(ctx.StringLiteral().getText())
        return _Comparison(path, negated + "LIKE", None if value is None else (value,), text)
    op = {
        P.PropTestOrderContext: "ordering",
        P.PropTestRegexContext: "MATCHES",
        P.PropTestIsSubsetContext: "ISSUBSET",
        P.PropTestIsSupersetContext: "ISSUPERSET",
        P.PropTestExistsContext: "EXISTS",
    }.get(type(ctx), type(ctx).__name__)
    return _Comparison(path, negated + op, (), text)


class _Observations(STIXPatternListener):  # type: ignore[misc]
    """Collects the observations (``[...]``) of a pattern as the parser walks it."""

    def __init__(self) -> None:
        self.found: list[Any] = []

    def enterObservationExpressionSimple(self, ctx: Any) -> None:
        self.found.append(ctx)


def _alternatives(pattern: Any) -> Iterator[list[_Comparison]]:
    """Each observation (``[...]``) of the pattern as the alternatives its comparisons allow:
    ``[a AND (b OR c)]`` gives [a, b] and [a, c]. Observation operators and qualifiers
    (AND, OR, FOLLOWEDBY, WITHIN) are not needed: each observation names indicators of its own.
    """
    observations = _Observations()
    pattern.walk(observations)
    for ctx in observations.found:
        yield from _dnf(ctx.comparisonExpression())


def _dnf(ctx: Any) -> list[list[_Comparison]]:
    if isinstance(ctx, P.ComparisonExpressionContext):
        if ctx.OR():
            return _dnf(ctx.comparisonExpression(0)) + _dnf(ctx.comparisonExpression(1))
        return _dnf(ctx.comparisonExpressionAnd())
    if isinstance(ctx, P.ComparisonExpressionAndContext):
        if ctx.AND():
            left, right = _dnf(ctx.comparisonExpressionAnd(0)), _dnf(ctx.comparisonExpressionAnd(1))
            if len(left) * len(right) > _MAX_ALTERNATIVES:
                raise _TooComplex
            return [a + b for a, b in itertools.product(left, right)]
        return _dnf(ctx.propTest())
    if isinstance(ctx, P.PropTestParenContext):
        return _dnf(ctx.comparisonExpression())
    return [[_comparison(ctx)]]


__all__ = ["KNOWN_MARKINGS", "add_pattern", "source_from_stix"]
