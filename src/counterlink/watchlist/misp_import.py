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
    RECIPIENT,
    REFERENCE,
    TARGET,
    UNNAMED,
    Collector,
    Skipped,
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
# Categories of MISP's attribute model (MISP core format, section 2.3 "category") whose
# attributes say where the analysis came from, never who the persona is: a VirusTotal or
# urlscan link, a vendor's blog post, the team's own wiki. ``link`` is "a link to an external
# information" whatever its category. "Targeting data" describes the victims.
_REFERENCE_CATEGORIES = {"external analysis", "internal reference", "antivirus detection"}
_REFERENCE_CATEGORIES |= {"support tool"}
_REFERENCE_TYPES = {"link"}
_TARGET_CATEGORY = "targeting data"
# The ``role`` values of the person template (misp-objects ``person`` v21 ``sane_default``)
# that make a person someone other than the persona behind an approach.
_NOT_PERSONA_ROLES = {"victim", "target", "witness", "informant", "source", "impersonated"}
_TEMPLATE_ROLES = _NOT_PERSONA_ROLES | {
    "suspect",
    "defendent",
    "accused",
    "culprit",
    "accomplice",
    "originator",
    "emitter",
}
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
    # misp-stix writes a STIX identity as an ``identity`` object (read when individual).
    "identity": {"name": "name", "contact_information": "contact"},
    "stix2-pattern": {"stix2-pattern": "pattern"},
    "instant-message": {"from-user": "account", "from-number": "phone"},
    "domain-ip": {"domain": "website", "hostname": "website"},
}
# Relations read to decide what an object is, not indicators themselves.
_READ_WITH = {("identity", "identity_class"), ("person", "role")}
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


def source_from_misp(events: list[dict[str, Any]], origin: str) -> tuple[WatchSource, Skipped]:
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
        """uuid of each object that is the persona (a person, or an individual's identity as
        misp-stix writes it) → its full name (None when it has none)."""
        persons: dict[str, str | None] = {}
        for o, obj in live:
            relation = {"person": "full-name", "identity": "name"}.get(obj["name"])
            if relation is None or self._not_persona(obj, obj["name"]) is not None:
                continue
            name = None
            for attribute in obj.get("Attribute") or []:
                if isinstance(attribute, dict) and attribute.get("object_relation") == relation:
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
            self.out.count(
                f"{kind} attributes not imported (a recipient, not the persona)", 1, RECIPIENT
            )
            return
        category = (_text(attribute.get("category")) or "").lower()
        if kind in _REFERENCE_TYPES or category in _REFERENCE_CATEGORIES:
            self.out.count(
                f"{kind} attributes in category {attribute.get('category')!r} not imported "
                "(a reference, not the persona)",
                1,
                REFERENCE,
            )
            return
        if category == _TARGET_CATEGORY or kind.startswith("target-"):
            self.out.count(f"{kind} attributes not imported (targeting data)", 1, TARGET)
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
        why_not = self._not_persona(obj, name)
        if why_not is not None:
            reason, line = why_not
            values = sum(1 for a in attributes if isinstance(a, dict) and _text(a.get("value")))
            self.out.count(f"{name} objects not imported ({line})", 1)
            self.out.count(f"values of {name} objects not imported ({line})", values, reason)
            return
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
                if relation == _ACCOUNT_TYPE.get(name) or (name, relation) in _READ_WITH:
                    continue  # read with the account it types, or with the object
                value = _text(attribute.get("value"))
                if relation == "role" and value and value.lower() not in _TEMPLATE_ROLES:
                    # A job title where the template expects its list (Suspect, Victim, ...).
                    self.out.count(f"{name}.role values not one of the template's roles")
                    continue
                recipient = relation in _OBJECT_RECIPIENTS.get(name, ())
                why = "a recipient, not the persona" if recipient else "no persona indicator"
                self.out.count(
                    f"{name}.{relation} attributes not imported ({why})",
                    1,
                    RECIPIENT if recipient else None,
                )
                continue
            at = self._where(attribute, field, persona)
            value = self._value(attribute, at.ref)
            if value is None:
                continue
            what = f"{name}.{relation}"
            category = (_text(attribute.get("category")) or "").lower()
            if name == "url" and category in _REFERENCE_CATEGORIES:
                self.out.count(
                    "url objects in a reference category not imported (a reference)", 1, REFERENCE
                )
            elif how == "link":
                self.out.add_link(value, at, what)
            elif how == "contact":
                self.out.add_contact_information(value, at)
            elif how == "pattern":
                self._pattern(value, at)
            elif how == "account":
                self.out.add_account(account_type, value, at, what)
            elif how == "account-name":
                self._account_name(account_type, value, at, what)
            elif how == "name":
                self.out.add_name(value, at, what)
            else:
                self.out.add(how, value, at, what)

    def _not_persona(self, obj: dict[str, Any], name: str) -> tuple[str | None, str] | None:
        """(reason, why) when an object describes someone other than the persona: an
        ``employee`` (the template's values are all target-* types: the organisation
        approached), a ``person`` whose ``role`` is Victim, Target, Impersonated, ..., an
        ``identity`` (misp-stix) that is not an individual's."""
        if name == "employee":
            return TARGET, "an employee of the organisation approached"
        if name == "identity":
            kinds = self._relation_values(obj, "identity_class")
            if kinds and "individual" not in {k.lower() for k in kinds}:
                return None, "not an individual"
        if name == "person":
            roles = {r.lower() for r in self._relation_values(obj, "role")}
            others = roles & _NOT_PERSONA_ROLES
            if others and not roles & (_TEMPLATE_ROLES - _NOT_PERSONA_ROLES):
                return TARGET, f"role {', '.join(sorted(others))}: not the persona"
        return None

    @staticmethod
    def _relation_values(obj: dict[str, Any], relation: str) -> list[str]:
        return [
            value
            for a in obj.get("Attribute") or []
            if isinstance(a, dict)
            and a.get("object_relation") == relation
            and not _deleted(a)
            and (value := _text(a.get("value")))
        ]

    def _pattern(self, pattern: str, at: Where) -> None:
        """A ``stix2-pattern`` object's pattern (misp-stix keeps a STIX indicator it cannot
        split into attributes so), read as the STIX importer reads an indicator's."""
        try:
            from counterlink.watchlist.stix_import import add_pattern
        except ImportError:  # the share extra (stix2-patterns) is not installed
            self.out.count("stix2-pattern objects not imported (needs counterlink[share])")
            return
        add_pattern(self.out, pattern, at)

    def _account_name(self, account_type: str | None, value: str, at: Where, what: str) -> None:
        """An impersonating account's name: a handle on a messaging app; on LinkedIn a profile
        slug, or the name shown (our exporter writes the persona's name there)."""
        app = account_app(account_type) if account_type else None
        if app == "linkedin" and (" " in value.strip() or not value.isascii()):
            self.out.add_name(value, at, what)
        else:
            self.out.add_account(account_type, value, at, what)


__all__ = ["source_from_misp"]
