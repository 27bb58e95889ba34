"""MISP events from partners (our own exports, a MISP instance's JSON, a MISP feed's event files)
→ a watchlist source: the personas' accounts, addresses, numbers, websites and names, each with
its TLP marking.

The events are plain JSON (with or without the ``{"Event": {...}}`` wrapper); PyMISP is not
needed to read them. What maps to what is in docs/sharing.md ("Import: the watchlist").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from counterlink.errors import CounterlinkError
from counterlink.share.model import strictest
from counterlink.share.prepare import stix_time
from counterlink.watchlist.collect import (
    DEFAULT_TLP,
    UNNAMED,
    Collector,
    Where,
    account_app,
    producer_name,
    tlp_level,
    unix_time,
)
from counterlink.watchlist.model import WatchSource

# Top-level attribute types → how their value is read.
_ATTRIBUTE_KINDS = {
    "email": "email",
    "email-src": "email",
    "whois-registrant-email": "email",
    "phone-number": "phone",
    "whois-registrant-phone": "phone",
    "url": "link",
    "link": "link",
    "uri": "link",
    "domain": "website",
    "hostname": "website",
    "domain|ip": "website",
    "hostname|port": "website",
}
# Attribute types that name a recipient (in these events, the target): never imported.
_RECIPIENTS = {"email-dst", "email-dst-display-name"}
# object name → {object_relation → how its value is read}; "account" values need the account
# type of the same object (``_ACCOUNT_TYPE``), "account-name" may be a handle or a display name.
_OBJECT_RELATIONS: dict[str, dict[str, str]] = {
    "user-account": {
        "username": "account",
        "user-id": "account",
        "link": "link",
        "email": "email",
    },
    "impersonation": {"account-url": "link", "account-name": "account-name"},
    "person": {"full-name": "name", "e-mail": "email", "phone-number": "phone", "handle": "handle"},
    "email": {"from": "email", "reply-to": "email", "from-domain": "email_domain"},
    "phone-number": {"phone-number": "phone"},
    "url": {"url": "link"},
    "instant-message": {"from-user": "account", "from-number": "phone"},
    "domain-ip": {"domain": "website", "hostname": "website"},
}
# Where an object names the account type its "account" values are on.
_ACCOUNT_TYPE = {
    "user-account": "account-type",
    "impersonation": "type-of-account",
    "instant-message": "app-used",
}
# Object relations that name the recipient of a message (the target): never imported.
_OBJECT_RECIPIENTS = {
    "email": {"to", "to-display-name", "cc", "cc-display-name", "bcc", "bcc-display-name"},
    "instant-message": {"to-name", "to-number", "to-user"},
}


def source_from_misp(events: list[dict[str, Any]], origin: str) -> tuple[WatchSource, list[str]]:
    """The watchlist entries of MISP events (dicts as parsed from JSON, each bare or wrapped in
    ``{"Event": ...}``) read from ``origin``, and the lines saying what was not imported and why.

    Raises CounterlinkError (``file`` = origin, ``field`` = where, e.g.
    ``[0].Object[2].Attribute[1].value``) for an event, object or attribute of the wrong shape.
    """
    if not isinstance(events, list):
        raise CounterlinkError("expected a list of MISP events", file=origin)
    out = Collector()
    producers: Counter[str] = Counter()
    levels: list[str] = []
    for i, item in enumerate(events):
        event, where = _event(item, origin, f"[{i}]")
        _EventReader(event, origin, where, out, producers, levels).read()
    default = strictest(*levels) if levels else DEFAULT_TLP
    return out.source(producer_name(producers), origin, "misp", default), out.skipped()


def _event(item: object, origin: str, where: str) -> tuple[dict[str, Any], str]:
    """The event in ``item`` (unwrapped) and the path fields inside it are named from."""
    if isinstance(item, dict) and "Event" in item:
        item, where = item["Event"], f"{where}.Event"
    if not isinstance(item, dict):
        raise CounterlinkError("not a MISP event (a JSON object)", file=origin, field=where)
    return item, where


def _text(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _deleted(item: dict[str, Any]) -> bool:
    value = item.get("deleted")
    return value is True or value in (1, "1", "true", "True")


class _EventReader:
    def __init__(
        self,
        event: dict[str, Any],
        origin: str,
        where: str,
        out: Collector,
        producers: Counter[str],
        levels: list[str],
    ) -> None:
        self.event = event
        self.origin = origin
        self.where = where
        self.out = out
        self.label = _text(event.get("uuid")) or f"event {where}"
        for key in ("Orgc", "Org"):
            org = event.get(key)
            name = _text(org.get("name")) if isinstance(org, dict) else None
            if name:
                producers[name] += 1
                break
        self.tlp = self._tags_level(event, self.where) or DEFAULT_TLP
        levels.append(self.tlp)
        self.info = _text(event.get("info"))

    def fail(self, message: str, field: str) -> CounterlinkError:
        return CounterlinkError(message, file=self.origin, field=f"{self.where}.{field}")

    def _list(self, container: dict[str, Any], key: str, field: str) -> list[Any]:
        value = container.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail("not a list", field)
        return value

    def _tags_level(self, item: dict[str, Any], where: str) -> str | None:
        """The strictest ``tlp:`` tag of an event or attribute (``Tag`` as events are exported,
        ``EventTag`` / ``AttributeTag`` as MISP's API returns them); None without one."""
        names: list[str] = []
        for key in ("Tag", "EventTag", "AttributeTag"):
            tags = item.get(key)
            if not isinstance(tags, list):
                continue
            for tag in tags:
                if isinstance(tag, dict) and isinstance(tag.get("Tag"), dict):
                    tag = tag["Tag"]
                if isinstance(tag, dict) and isinstance(tag.get("name"), str):
                    names.append(tag["name"])
        found = []
        for name in names:
            if not name.strip().lower().startswith("tlp:"):
                continue
            level = tlp_level(name)
            if level is None:
                self.out.skip(f"{where}: tag {name!r} is not a TLP 2.0 level: ignored")
            else:
                found.append(level)
        return strictest(*found) if found else None

    def read(self) -> None:
        objects = self._list(self.event, "Object", "Object")
        for o, obj in enumerate(objects):
            if not isinstance(obj, dict):
                raise self.fail("not a MISP object", f"Object[{o}]")
            if not _text(obj.get("name")):
                raise self.fail("MISP object without a name", f"Object[{o}].name")
        live = [(o, obj) for o, obj in enumerate(objects) if not _deleted(obj)]
        if len(live) < len(objects):
            self.out.count("deleted MISP objects skipped", len(objects) - len(live))
        persons = self._persons(live)
        cited: dict[str, str] = {}  # object uuid → the name of a person that references it
        for _, obj in live:
            name = persons.get(_text(obj.get("uuid")) or "")
            if not name:
                continue
            for ref in obj.get("ObjectReference") or []:
                target = _text(ref.get("referenced_uuid")) if isinstance(ref, dict) else None
                if target:
                    cited.setdefault(target, name)
        for o, obj in live:
            self._object(o, obj, self._persona_of(obj, persons, cited))
        alone = {name for name in persons.values() if name}
        persona = next(iter(alone)) if len(alone) == 1 else self.info
        attributes = self._list(self.event, "Attribute", "Attribute")
        for a, attribute in enumerate(attributes):
            self._attribute(attribute, f"Attribute[{a}]", persona)

    # --- personas -------------------------------------------------------------------------

    def _persons(self, live: list[tuple[int, dict[str, Any]]]) -> dict[str, str | None]:
        """uuid of each person object → its full name (None when it has none)."""
        persons: dict[str, str | None] = {}
        for o, obj in live:
            if obj["name"] != "person":
                continue
            name = None
            for attribute in obj.get("Attribute") or []:
                if isinstance(attribute, dict) and attribute.get("object_relation") == "full-name":
                    value = _text(attribute.get("value"))
                    if value and value.lower() != UNNAMED and not _deleted(attribute):
                        name = value
                        break
            persons[_text(obj.get("uuid")) or f"Object[{o}]"] = name
        return persons

    def _persona_of(
        self, obj: dict[str, Any], persons: dict[str, str | None], cited: dict[str, str]
    ) -> str | None:
        """The person an object is, references, or is referenced by (``cited``: object uuid →
        the name of a person referencing it); else the event's one named person; else the
        event's ``info``."""
        uuid = _text(obj.get("uuid"))
        if uuid in persons:
            return persons[uuid] or self.info
        refs = {
            _text(r.get("referenced_uuid"))
            for r in obj.get("ObjectReference") or []
            if isinstance(r, dict)
        }
        for ref in sorted(r for r in refs if r):
            if persons.get(ref):
                return persons[ref]
        if uuid and uuid in cited:
            return cited[uuid]
        named = {name for name in persons.values() if name}
        return next(iter(named)) if len(named) == 1 else self.info

    # --- attributes -------------------------------------------------------------------------

    def _checked(self, attribute: object, field: str, key: str) -> tuple[dict[str, Any], str]:
        """The attribute and its ``key`` (type or object_relation), or an error naming it."""
        if not isinstance(attribute, dict):
            raise self.fail("not a MISP attribute", field)
        if not _text(attribute.get(key)):
            raise self.fail(f"MISP attribute without {key}", f"{field}.{key}")
        if "value" not in attribute:
            raise self.fail("MISP attribute without a value", f"{field}.value")
        return attribute, attribute[key].strip()

    def _where(self, attribute: dict[str, Any], field: str, persona: str | None) -> Where:
        ref = _text(attribute.get("uuid")) or f"{self.label} {field}"
        level = self._tags_level(attribute, ref) or self.tlp  # an attribute's own tag wins
        first_seen = stix_time(_text(attribute.get("first_seen"))) or unix_time(
            attribute.get("timestamp")
        )
        return Where(ref, persona, level, None, first_seen)

    def _value(self, attribute: dict[str, Any], ref: str) -> str | None:
        value = attribute.get("value")
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not value.strip():
            self.out.skip(f"{ref}: empty or not a text value")
            return None
        return value

    def _attribute(self, attribute: object, field: str, persona: str | None) -> None:
        attribute, kind = self._checked(attribute, field, "type")
        if _deleted(attribute):
            self.out.count("deleted MISP attributes skipped")
            return
        at = self._where(attribute, field, persona)
        if kind in _RECIPIENTS:
            self.out.count(f"{kind} attributes not imported (a recipient, not the persona)")
            return
        how = _ATTRIBUTE_KINDS.get(kind)
        if how is None:
            self.out.count(f"{kind} attributes not imported (no persona indicator)")
            return
        value = self._value(attribute, at.ref)
        if value is None:
            return
        value = value.split("|", 1)[0] if "|" in kind else value
        if how == "link":
            self.out.add_link(value, at, kind)
        else:
            self.out.add(how, value, at, kind)

    # --- objects ----------------------------------------------------------------------------

    def _object(self, o: int, obj: dict[str, Any], persona: str | None) -> None:
        name = obj["name"].strip()
        attributes = self._list(obj, "Attribute", f"Object[{o}].Attribute")
        relations = _OBJECT_RELATIONS.get(name)
        if relations is None:
            self.out.count(f"{name} objects not imported (no persona indicator)")
            return
        checked: list[tuple[dict[str, Any], str, str]] = []
        by_relation: defaultdict[str, list[str]] = defaultdict(list)
        for a, attribute in enumerate(attributes):
            field = f"Object[{o}].Attribute[{a}]"
            attribute, relation = self._checked(attribute, field, "object_relation")
            if _deleted(attribute):
                self.out.count("deleted MISP attributes skipped")
                continue
            checked.append((attribute, relation, field))
            value = _text(attribute.get("value"))
            if value:
                by_relation[relation].append(value)
        account_types = by_relation.get(_ACCOUNT_TYPE.get(name, ""), [])
        account_type = account_types[0] if account_types else None
        for attribute, relation, field in checked:
            how = relations.get(relation)
            if how is None:
                if relation == _ACCOUNT_TYPE.get(name):
                    continue  # read with the account it types
                why = (
                    "a recipient, not the persona"
                    if relation in _OBJECT_RECIPIENTS.get(name, ())
                    else "no persona indicator"
                )
                self.out.count(f"{name}.{relation} attributes not imported ({why})")
                continue
            at = self._where(attribute, field, persona)
            value = self._value(attribute, at.ref)
            if value is None:
                continue
            what = f"{name}.{relation}"
            if how == "link":
                self.out.add_link(value, at, what)
            elif how == "account":
                self.out.add_account(account_type, value, at, what)
            elif how == "account-name":
                self._account_name(account_type, value, at, what)
            elif how == "name":
                self.out.add_name(value, at, what)
            else:
                self.out.add(how, value, at, what)

    def _account_name(self, account_type: str | None, value: str, at: Where, what: str) -> None:
        """An impersonating account's name: a handle on a messaging app; on LinkedIn a profile
        slug, or the name shown (our exporter writes the persona's name there)."""
        app = account_app(account_type) if account_type else None
        if app == "linkedin" and (" " in value.strip() or not value.isascii()):
            self.out.add_name(value, at, what)
        else:
            self.out.add_account(account_type, value, at, what)


__all__ = ["source_from_misp"]
