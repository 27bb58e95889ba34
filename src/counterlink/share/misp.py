"""MISP export (PyMISP, offline: no server is contacted) of a case or a campaign.

Objects (templates bundled with PyMISP): ``impersonation`` (the LinkedIn profile),
``person`` (the persona as presented), ``user-account`` (the profile slug, each messaging
handle), ``instant-message`` or ``email`` (the persona's messages), ``email`` (each address it
gave), ``phone-number``, ``organization`` (each claimed employer), ``file`` (photo and
attachment hashes, never bytes); analyst notes and the assessment are event reports. Tags:
``tlp:<level>`` (the strictest marking exported) and ``PAP:<level>``.
"""

from __future__ import annotations

import json
from typing import Any

from pymisp import MISPEvent, MISPEventReport, MISPObject, MISPOrganisation

from counterlink.share.model import LossItem, ShareCampaign, ShareCase, strictest
from counterlink.share.prepare import Prepared, disclose, finish, stable_uuid, stix_time
from counterlink.share.text import assessment_text, profile_lines

_DISTRIBUTION = {"organisation": 0, "community": 1, "public": 3}
# threat_level_id as the MISP core format defines it (draft-dulaunoy-misp-core-format,
# "threat_level_id"; MISP/misp-book#4): 1 High, 2 Medium, 3 Low, 4 Undefined (no assessment).
_THREAT = {"high": 1, "medium": 2, "low": 3}
_PAP = {"clear": "CLEAR", "green": "GREEN", "amber": "AMBER", "amber+strict": "AMBER", "red": "RED"}


def _obj(name: str, uuid: str, comment: str | None = None) -> MISPObject:
    obj = MISPObject(name, strict=True)
    obj.uuid = uuid
    if comment:
        obj.comment = comment
    return obj


def _sent(p: Prepared, i: int, value: str | None) -> str | None:
    """A message's date as MISP takes it, or None (reported) when the stored text is no date:
    PyMISP refuses a datetime attribute it cannot parse."""
    if not value:
        return None
    when = stix_time(value)
    if when is None:
        p.lose(
            f"messages[{i}].sent_at",
            "unrepresented",
            f"{value[:40]!r} is not a date: the message is exported without one",
        )
    return when


def _case_objects(event: MISPEvent, p: Prepared) -> None:
    a = p.approach
    persona = a.persona
    k = p.key
    name = persona.name if persona and persona.name else None
    person = _obj(
        "person", stable_uuid("misp", k, "person"), "persona as presented (suspected fake)"
    )
    person.add_attribute("full-name", value=name or "unnamed persona")
    if persona and persona.headline:
        person.add_attribute("occupation", value=persona.headline)
    lines = profile_lines(p)
    if lines:
        person.add_attribute("text", value="\n".join(lines))
    objects: list[MISPObject] = [person]
    if persona and persona.url:
        imp = _obj("impersonation", stable_uuid("misp", k, "impersonation"))
        imp.add_attribute("account-url", value=persona.url)
        if name:
            imp.add_attribute("account-name", value=name)
        imp.add_attribute("type-of-account", value="LinkedIn" if p.slug else "other")
        imp.add_attribute("objective", value="Information stealing")
        imp.add_reference(person.uuid, "related-to")
        objects.append(imp)
    accounts: list[MISPObject] = []
    if p.slug:
        ua = _obj("user-account", stable_uuid("misp", k, "ua", p.slug))
        ua.add_attribute("username", value=p.slug)
        ua.add_attribute("user-id", value=p.slug)
        ua.add_attribute("account-type", value="linkedin")
        if persona and persona.url:
            ua.add_attribute("link", value=persona.url)
        if name:
            ua.add_attribute("display-name", value=name)
        accounts.append(ua)
    emails: list[str] = []
    seen: set[tuple[str, str]] = set()
    for contact in p.contacts:
        if (contact.kind, contact.normalised) in seen:
            continue
        seen.add((contact.kind, contact.normalised))
        value = contact.normalised
        if contact.kind == "handle" and ":" in value:
            app, handle = value.split(":", 1)
            person.add_attribute("handle", value=value)
            ua = _obj("user-account", stable_uuid("misp", k, "ua", value))
            ua.add_attribute("username", value=handle)
            ua.add_attribute("account-type", value=app)
            accounts.append(ua)
        elif contact.kind == "email":
            person.add_attribute("e-mail", value=value)
            emails.append(value)
        elif contact.kind == "phone":
            person.add_attribute("phone-number", value=value)
            ph = _obj("phone-number", stable_uuid("misp", k, "phone", value))
            ph.add_attribute("phone-number", value=value)
            if contact.country:
                ph.add_attribute("country-code", value=contact.country)
            ph.add_reference(person.uuid, "associated-with")
            objects.append(ph)
        elif contact.kind == "url":
            url = _obj("url", stable_uuid("misp", k, "url", value))
            url.add_attribute("url", value=value)
            url.add_reference(person.uuid, "associated-with")
            objects.append(url)
    for ua in accounts:
        ua.add_reference(person.uuid, "associated-with")
    objects += accounts
    for address in emails:
        em = _obj("email", stable_uuid("misp", k, "email", address), "an address the persona gave")
        em.add_attribute("from", value=address)
        if name:
            em.add_attribute("from-display-name", value=name)
        em.add_reference(person.uuid, "authored-by")
        objects.append(em)
    for i, m in enumerate(a.messages):
        if m.sender != "persona" or not m.text:
            continue
        if a.channel == "email":
            msg = _obj("email", stable_uuid("misp", k, "message", str(i)))
            if emails:
                msg.add_attribute("from", value=emails[0])
            msg.add_attribute("email-body", value=m.text)
            if sent := _sent(p, i, m.sent_at):
                msg.add_attribute("send-date", value=sent)
        else:
            msg = _obj("instant-message", stable_uuid("misp", k, "message", str(i)))
            msg.add_attribute("body", value=m.text)
            if name:
                msg.add_attribute("from-name", value=name)
            if p.slug:
                msg.add_attribute("from-user", value=p.slug)
            msg.add_attribute("app-used", value=a.channel or "unknown")
            if sent := _sent(p, i, m.sent_at):
                msg.add_attribute("sent-date", value=sent)
        msg.add_reference(person.uuid, "authored-by")
        objects.append(msg)
    for job in (persona.experience or []) if persona else []:
        if job.company:
            org = _obj(
                "organization", stable_uuid("misp", k, "org", job.company), "claimed employer"
            )
            org.add_attribute("name", value=job.company)
            # The organization template's `role` is a closed list (Suspect, Victim, ...), not a
            # job title: the claimed title rides on the person's works-for reference instead.
            claim = f"claims to work here as {job.title}" if job.title else "claims to work here"
            person.add_reference(org.uuid, "works-for", comment=claim)
            objects.append(org)
    objects += _legal_entities(p, person)
    photo = persona.photo if persona else None
    if photo is not None and photo.sha256:
        f = _obj("file", stable_uuid("misp", k, "photo"), "profile photo")
        f.add_attribute("sha256", value=photo.sha256)
        f.add_reference(person.uuid, "associated-with")
        objects.append(f)
    if photo is not None and photo.phash:
        p.lose(
            "persona.photo.phash", "unrepresented", "no MISP file attribute for a perceptual hash"
        )
    for item in p.attachments:
        f = _obj("file", stable_uuid("misp", k, "attachment", item.sha256), "attachment")
        f.add_attribute("filename", value=item.filename, Tag=[{"name": f"tlp:{item.tlp}"}])
        f.add_attribute("sha256", value=item.sha256, Tag=[{"name": f"tlp:{item.tlp}"}])
        if item.media_type:
            f.add_attribute("mimetype", value=item.media_type)
        objects.append(f)
    for obj in objects:
        # PyMISP gives attributes and references random uuids: derive them from the object's.
        for i, attribute in enumerate(obj.attributes):
            attribute.uuid = stable_uuid(obj.uuid, "attribute", str(i))
        for i, reference in enumerate(obj.references):
            reference.uuid = stable_uuid(obj.uuid, "reference", str(i))
        event.add_object(obj)
    texts = [("counterlink assessment", assessment_text(p))]
    texts += [(f"Analyst note (TLP:{n.tlp.upper()})", n.text) for n in p.notes]
    for i, (title, content) in enumerate(texts):
        if content:
            report = MISPEventReport()
            report.name = title
            report.content = content
            report.uuid = stable_uuid("misp", k, "report", str(i))
            report.distribution = 5  # inherit the event's
            event.event_reports.append(report)
    if any(f.attack for f, _ in p.findings):
        p.lose(
            "assessment.findings[].attack",
            "unrepresented",
            "ATT&CK ids are in the assessment report's text, not as galaxy clusters",
        )


def _legal_entities(p: Prepared, person: MISPObject) -> list[MISPObject]:
    """The claimed employer of the kept employer check and its owners as ``legal-entity``
    objects (a person owner as a ``person``), each owner referring to what it holds directly."""
    e = p.employer
    if e is None:
        return []
    tag = [{"name": f"tlp:{e.level}"}]
    flags = "; ".join(f"{code}: {title}" for code, title in e.flags)
    company = _obj("legal-entity", stable_uuid("misp", p.key, "company", e.id), "claimed employer")
    company.add_attribute("name", value=e.name, Tag=tag)
    company.add_attribute("registration-number", value=e.id, Tag=tag)
    facts = f"{e.status or 'status unknown'}" + (
        f", incorporated {e.incorporated}" if e.incorporated else ""
    )
    company.add_attribute("text", value=f"{facts}. {flags}".strip(), Tag=tag)
    person.add_reference(company.uuid, "works-for", comment="claims to work here (checked)")
    made = {e.id: company}
    for o in e.owners:
        uuid = stable_uuid("misp", p.key, "owner", o.id)
        linked = "; ".join(o.state_links)
        about = (
            f"{o.kind}{', ' + o.country if o.country else ''}: look-through share "
            f"{o.share[0] * 100:.4g}–{o.share[1] * 100:.4g}% of {e.name}, majority {o.majority}"
            + (", controls" if o.controls else "")
            + (f"; state-linked: {linked}" if linked or o.kind == "state" else "")
        )
        if o.kind == "person":
            owner = _obj("person", uuid, f"owner: {about}")
            owner.add_attribute("full-name", value=o.name, Tag=tag)
        else:
            owner = _obj("legal-entity", uuid, f"owner: {about}")
            owner.add_attribute("name", value=o.name, Tag=tag)
            if o.id.startswith("GB-COH-"):
                owner.add_attribute("registration-number", value=o.id, Tag=tag)
            owner.add_attribute("text", value=about, Tag=tag)
        made[o.id] = owner
    for o in e.owners:
        for asset in o.owns:
            if asset in made:
                made[o.id].add_reference(made[asset].uuid, "owner-of")
    return list(made.values())


def export_misp(
    subject: ShareCase | ShareCampaign, audience: str, identity_name: str
) -> tuple[dict[str, Any], list[LossItem]]:
    """A MISP event (PyMISP's ``to_json``, no ``Event`` wrapper) of ``subject`` for
    ``audience``, and the loss report. Raises ShareRefused when nothing may go."""
    kept, loss, view = disclose(subject, audience)
    event = MISPEvent(strict_validation=True)
    key = [p.key for p in kept]
    event.uuid = stable_uuid("misp-event", audience, *key)
    levels = [p.tlp for p in kept] + [n.tlp for p in kept for n in p.notes]
    levels += [a.tlp for p in kept for a in p.attachments] + [
        lv for p in kept for _, lv in p.findings
    ]
    levels += [p.employer.level for p in kept if p.employer is not None]
    level = strictest(*levels)
    first = kept[0]
    persona = first.approach.persona
    if isinstance(subject, ShareCampaign):
        assert view is not None
        event.info = f"counterlink {view.id}: {len(kept)} linked approach(es)"
    else:
        who = persona.name if persona and persona.name else "an unnamed persona"
        event.info = f"Suspected hostile approach by {who}"
    event.distribution = _DISTRIBUTION[audience]
    assessed = [p.assessment.level for p in kept if p.assessment]
    event.threat_level_id = min((_THREAT[lv] for lv in assessed), default=4)
    event.analysis = 1
    event.set_date(min(p.first_seen or p.created for p in kept)[:10])
    event.Orgc = MISPOrganisation()
    event.Orgc.name = identity_name
    event.Orgc.uuid = stable_uuid("misp-org", identity_name)
    event.add_tag(f"tlp:{level}")
    paps = [p.pap.upper() for p in kept if p.pap] or [_PAP[level]]
    event.add_tag(f"PAP:{max(paps, key=['CLEAR', 'GREEN', 'AMBER', 'RED'].index)}")
    for p in kept:
        _case_objects(event, p)
        finish(p)
        loss += p.loss
    result: dict[str, Any] = json.loads(event.to_json())
    for volatile in ("timestamp", "publish_timestamp"):
        result.pop(volatile, None)
    return result, loss


__all__ = ["export_misp"]
