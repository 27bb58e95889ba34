"""Demo data for ``counterlink serve --demo`` (and ``make run``): users and realistic reports.

The reports are the approaches of the bundled demo LinkedIn export, as four staff of a
university research-security office's institution would have reported them, assessed by the
shipped model, dated when they arrived, and partly triaged. Deterministic: the same every time.
Seeding only ever writes into an empty database.

A partner's STIX bundle is imported into the watchlist first (when the ``share`` extra is
installed): another university's security office reported two of the personas that later wrote
to this one, so their reports show the partner's finding.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from counterlink.assess import Assessor
from counterlink.ingest.linkedin import read_export
from counterlink.schema import Approach, Target
from counterlink.store.reports import add_comment, create_report, update_report
from counterlink.store.tables import Report, User, utcnow
from counterlink.store.users import add_user
from counterlink.store.watchlist import load_sources
from counterlink.watchlist.match import Watchlist

PARTNER = "Northbridge University Research Security"
# What the partner saw: two personas that approached its own staff (its staff stay out of
# any export), each on the same profile as in the demo export.
PARTNER_APPROACHES = (
    {
        "schema": "counterlink.approach/1",
        "id": "northbridge-2026-031",
        "channel": "linkedin",
        "received_at": "2026-03-02T09:14:00Z",
        "persona": {
            "name": "Li Wen",
            "headline": "Talent Acquisition | Global Research Partnerships",
            "url": "https://www.linkedin.com/in/li-wen-talent-88",
            "contacts": {"handles": {"wechat": "liwen_talent88"}},
        },
        "target": {"name": "Northbridge researcher", "sector": "quantum"},
        "messages": [
            {
                "sender": "persona",
                "sent_at": "2026-03-02T09:14:00Z",
                "text": "Our client funds short paid reports on cryogenic control electronics. "
                "Add me on WeChat (liwen_talent88) and I will share the brief.",
            }
        ],
    },
    {
        "schema": "counterlink.approach/1",
        "id": "northbridge-2026-044",
        "channel": "linkedin",
        "received_at": "2026-04-11T16:40:00Z",
        "persona": {
            "name": "Alan Carter",
            "headline": "Professor (Emeritus) | Policy Adviser",
            "url": "https://www.linkedin.com/in/alan-carter-ijqf",
        },
        "target": {"name": "Northbridge lecturer", "sector": "artificial intelligence"},
        "messages": [
            {
                "sender": "persona",
                "sent_at": "2026-04-11T16:40:00Z",
                "text": "I am assembling a small expert panel; honoraria are generous and the "
                "discussions are strictly confidential.",
            }
        ],
    },
)


def _import_partner(s: Session) -> bool:
    """The partner's bundle, made by the STIX exporter and read back by the importer as a
    watchlist source; False (nothing imported) without the ``share`` extra."""
    import hashlib
    import json

    try:
        from counterlink.share import ShareCase, export_stix
        from counterlink.store.watchlist import import_source
        from counterlink.watchlist.read import parse_documents
    except ImportError:
        return False
    bundles = []
    for record in PARTNER_APPROACHES:
        case = ShareCase(Approach.model_validate(record), tlp="green")
        bundle, _ = export_stix(case, "community", PARTNER)
        bundles.append(bundle)
    try:
        source, _ = parse_documents(bundles, "demo:northbridge-partner-bundle")
    except ImportError:  # stix2-patterns missing
        return False
    content = json.dumps(bundles, sort_keys=True).encode()
    import_source(s, "demo", source, hashlib.sha256(content).hexdigest())
    return True


# (name, role, department, sector, job role) of the demo people.
PEOPLE = (
    ("admin", "admin", None, None, None),
    ("sam.analyst", "analyst", None, None, None),
    ("imogen", "reporter", "Quantum Engineering", "quantum", "research scientist"),
    ("omar", "reporter", "Physics", "quantum", "postdoctoral researcher"),
    ("lena", "reporter", "Computer Science", "artificial intelligence", "lecturer"),
    ("raj", "reporter", "Synthetic Biology", "synthetic biology", "PhD student"),
)


def _sent(approach: Approach) -> datetime | None:
    for message in approach.messages:
        if message.sent_at:
            try:
                when = datetime.fromisoformat(message.sent_at.replace("Z", "+00:00"))
            except ValueError:
                continue
            return when if when.tzinfo else when.replace(tzinfo=UTC)
    return None


def seed_demo(
    sessions: sessionmaker[Session], assessor: Assessor, export: Path | None = None
) -> list[tuple[str, str, str]]:
    """Seed an empty database; returns (name, role, password) of the demo users, or [] when
    the database already holds users or reports (nothing is written then)."""
    with sessions() as s:
        if s.scalar(select(func.count()).select_from(User)) or s.scalar(
            select(func.count()).select_from(Report)
        ):
            return []
        # Fresh random passwords: a demo left running must not have guessable logins.
        logins = [(name, role, secrets.token_urlsafe(9)) for name, role, *_ in PEOPLE]
        users = {
            name: add_user(s, name, role, password, actor_name="demo")
            for name, role, password in logins
        }
        if _import_partner(s):
            sources = load_sources(s)
            assessor = Assessor(assessor.model, assessor.registry, Watchlist(sources))
        folder = export or Path(str(resources.files("counterlink") / "demo" / "linkedin-export"))
        approaches = read_export(folder).approaches
        reporters = [p for p in PEOPLE if p[1] == "reporter"]
        analyst = users["sam.analyst"]
        ranked = sorted(
            ((assessor.assess(a), a) for a in approaches), key=lambda pair: -pair[0].score
        )
        # What staff would send in: everything suspicious, and some "is this real?" questions.
        chosen = [pair for k, pair in enumerate(ranked) if pair[0].score >= 0.05 or k % 4 == 0]
        # The export's dates, moved so that the newest report arrived two days ago: the
        # dashboard's recent weeks then show the caseload as it built up.
        dates = [_sent(a) for _, a in chosen]
        known = [d for d in dates if d is not None]
        shift = (utcnow() - timedelta(days=2)) - max(known) if known else timedelta(0)
        for k, ((assessment, approach), arrived) in enumerate(zip(chosen, dates, strict=True)):
            name, _, department, sector, job = reporters[k % len(reporters)]
            target = Target(name=name, sector=sector, role=job, department=department)
            report = create_report(s, users[name], approach, assessment, target)
            if arrived is not None:
                report.created_at = arrived + shift + timedelta(hours=2 + k % 5)
            _triage(s, analyst, report, assessment.level, k)
        s.commit()
        return logins


def _triage(s: Session, analyst: User, report: Report, level: str, k: int) -> None:
    """Work some reports the way an office would have: the oldest ones first."""
    if k % 3 == 2:
        return  # still new
    if level == "high":
        update_report(s, analyst, report.id, status="investigating", assignee=analyst.name)
        if k % 2 == 0:
            add_comment(
                s,
                analyst,
                report.id,
                "Matches the pattern in the NPSA guidance; "
                "contacted the reporter to keep the messages.",
            )
            update_report(s, analyst, report.id, status="closed", verdict="malicious", tlp="amber")
    else:
        update_report(s, analyst, report.id, status="triaging", assignee=analyst.name)
        if k % 2 == 0:
            update_report(s, analyst, report.id, status="closed", verdict="benign", tlp="green")
    # Dates as they would have been: triaged within a day or two of arriving.
    report.first_triaged_at = report.created_at + timedelta(hours=3 + 7 * (k % 6))
    if report.status == "closed":
        report.closed_at = report.first_triaged_at + timedelta(days=1 + k % 4)
