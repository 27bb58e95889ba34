"""Is the claimed employer real? Find the company by number or by name.

By number: the companies table, else a company known only from PSC records or a BODS entity's
``GB-COH`` identifier (still a company, with what is known). By name: the match is a company
whose current or previous name has the same key as the query (match.py: legal form, case,
punctuation and spacing aside); near names (key similarity ≥ ``CANDIDATE_MIN``) are candidates.
"""

from __future__ import annotations

from counterlink.ownership.files import pad_number
from counterlink.ownership.match import CANDIDATE_MIN, key_score, name_key, rarest_token, score
from counterlink.ownership.registry import Registry
from counterlink.ownership.report import Company

CANDIDATE_LIMIT = 10
_BLOCK_LIMIT = 500


def _company(
    number: str, name: str | None, status: str | None, incorporated: object, match: float
) -> Company:
    return Company(
        id=f"GB-COH-{number}",
        number=number,
        name=name,
        status=status,
        incorporated=str(incorporated) if incorporated else None,
        match=match,
    )


def by_number(registry: Registry, number: str) -> Company | None:
    wanted = pad_number(number)
    if not wanted:
        return None
    con = registry.con
    row = con.execute(
        "SELECT number, name, status, incorporated FROM companies WHERE number = ?", [wanted]
    ).fetchone()
    if row:
        return _company(row[0], row[1], row[2], row[3], 1.0)
    # Known only as the subject of PSC records or a BODS entity; its name, if any, from a
    # corporate PSC naming it elsewhere or from BODS.
    known = con.execute(
        "SELECT 1 FROM pscs WHERE company_number = ? UNION ALL "
        "SELECT 1 FROM bods_entities WHERE gb_coh = ? LIMIT 1",
        [wanted, wanted],
    ).fetchone()
    if not known:
        return None
    named = con.execute(
        "SELECT name FROM bods_entities WHERE gb_coh = ? AND name IS NOT NULL UNION ALL "
        "SELECT name FROM pscs WHERE reg_no_norm = ? AND name IS NOT NULL LIMIT 1",
        [wanted, wanted],
    ).fetchone()
    return _company(wanted, named[0] if named else None, None, None, 1.0)


def by_name(registry: Registry, name: str) -> tuple[Company | None, list[Company]]:
    key = name_key(name)
    if key is None:
        return None, []
    con = registry.con
    token = rarest_token(key)
    # Block on the rarest word, then score in Python: exact keys first, near names after.
    columns = "number, name, status, incorporated, name_key, previous_names, previous_keys"
    indexed = con.execute("SELECT count(*) FROM company_tokens").fetchone()
    if indexed and indexed[0]:
        # The exact key through its index, then companies sharing the rarest word.
        rows = con.execute(
            f"SELECT {columns} FROM companies WHERE name_key = ? UNION "
            f"SELECT {columns} FROM companies WHERE number IN "
            "(SELECT number FROM company_tokens WHERE token = ? LIMIT ?)",
            [key, token, _BLOCK_LIMIT],
        ).fetchall()
    else:  # a registry loaded before the word index existed
        rows = con.execute(
            f"SELECT {columns} FROM companies WHERE contains(name_key, ?) OR "
            "contains(array_to_string(previous_keys, '|'), ?) LIMIT ?",
            [token, token, _BLOCK_LIMIT],
        ).fetchall()
    scored: list[tuple[bool, float, Company]] = []
    for number, cname, status, inc, ckey, prev_names, prev_keys in rows:
        names = [(cname, ckey), *zip(prev_names or [], prev_keys or [], strict=False)]
        exact = any(k == key for _, k in names)
        best = max((score(name, n) for n, k in names if n and (k == key or not exact)), default=0.0)
        near = max((key_score(key, k) for _, k in names if k), default=0.0)
        if exact or near >= CANDIDATE_MIN:
            scored.append(
                (
                    exact,
                    best if exact else near,
                    _company(number, cname, status, inc, best if exact else near),
                )
            )
    # Companies known from PSC/BODS only, named by a corporate PSC or a BODS entity.
    extra = con.execute(
        "SELECT gb_coh, name FROM bods_entities WHERE name_key = ? AND gb_coh IS NOT NULL "
        "UNION SELECT reg_no_norm, name FROM pscs WHERE name_key = ? AND reg_no_norm IS NOT "
        "NULL AND kind LIKE 'corporate-entity%'",
        [key, key],
    ).fetchall()
    have = {c.number for _, _, c in scored}
    for number, cname in extra:
        if number not in have and by_number(registry, number) is not None:
            have.add(number)
            scored.append(
                (True, score(name, cname), _company(number, cname, None, None, score(name, cname)))
            )
    # Exact first; among those an active company before a dissolved one; then the score.
    scored.sort(key=lambda t: (not t[0], t[2].status not in (None, "active"), -t[1]))
    exact_hits = [c for e, _, c in scored if e]
    company = exact_hits[0] if exact_hits else None
    candidates = [c for _, _, c in scored if c is not company][:CANDIDATE_LIMIT]
    return company, candidates
