"""Check approaches.jsonl: every line validates, and no campaign's distinguishing value leaks.

A value is an e-mail domain (not free webmail, reduced to its registrable part), a host (for
multi-tenant platforms the host plus the page slug), a handle, a phone number (last 9 digits)
or a photo (within 8 bits). Each decoy and each lone approach is its own group. The check fails
if a value of a campaign occurs in any other group, or a value of a lone approach in any other
group. Values shared only between decoys are listed (generic by design).

    .venv/bin/python data/campaigns-heldout2/check.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from counterlink.schema import Approach

HERE = Path(__file__).resolve().parent
DEFAULT_AVATAR = "ffc3818181c3ffff"
WEBMAIL = {"gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "qq.com", "163.com"}
MULTI = {"calendly.com", "linktr.ee", "forms.gle", "eventbrite.com", "eventbrite.co.uk",
         "line.me", "t.me", "linkedin.com"}
TWO_PART = {"co.uk", "com.cn", "ac.uk", "org.uk"}
# Words that mark one campaign (firm, persona, template phrases); none may occur elsewhere.
MARKERS = {
    "h2-c01": ["sakura_bridge", "sakura bridge"],
    "h2-c02": ["qianfeng", "qian-feng", "千峰"],
    "h2-c03": ["5550136", "555-0136", "555 0136", "555.0136"],
    "h2-c04": ["riverstone", "civicnet"],
    "h2-c06": ["two-week visiting fellowship", "non-attribution rules",
               "informal dinners with our partners"],
    "h2-c07": ["pK3vR8tWm2Lq9Zx56"],
    "h2-c08": ["volkhov", "korvane", "900352", "900 352"],
    "h2-c09": ["cedrus", "ahmady", "احمدی"],
    "h2-c10": ["call-in", "hong kong entity", "hk entity"],  # a Tegus decoy asks about lithography on purpose
}

EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL = re.compile(r"(?:https?://)?((?:[a-z0-9-]+\.)+(?:com|org|net|io|press|cn|uk|jobs|ee|gle|"
                 r"me|cc))((?:/[^\s<>)\"']*)?)", re.I)
HANDLE_WORD = re.compile(r"\b(?:wechat|weixin|wx|line|signal|telegram)\b(?:\s*id)?[\s:—–(-]*"
                         r"@?([A-Za-z0-9_.]{4,})", re.I)
AT_HANDLE = re.compile(r"(?<![\w.])@([A-Za-z0-9_.]{4,})")
PHONE = re.compile(r"\+?\d[\d ().\-]{7,}\d")


def registrable(host: str) -> str:
    parts = host.lower().strip(".").split(".")
    if parts and parts[0] == "www":
        parts = parts[1:]
    n = 3 if ".".join(parts[-2:]) in TWO_PART else 2
    return ".".join(parts[-n:])


def values(rec: dict) -> set[str]:
    persona = rec.get("persona") or {}
    contacts = persona.get("contacts") or {}
    texts = [m["text"] for m in rec["messages"]]
    texts += [str(persona.get(k) or "") for k in ("name", "headline", "about", "url")]
    texts += contacts.get("emails") or []
    texts += contacts.get("websites") or []
    out: set[str] = set()
    blob = "\n".join(texts)
    for m in EMAIL.finditer(blob):
        dom = registrable(m.group(1))
        if dom not in WEBMAIL:
            out.add("domain:" + dom)
    stripped = EMAIL.sub(" ", blob)
    for m in URL.finditer(stripped):
        host = registrable(m.group(1))
        path = [p for p in m.group(2).split("/") if p]
        if host == "wa.me":
            out.add("phone:" + re.sub(r"\D", "", path[0] if path else "")[-9:])
            continue
        if host in MULTI and path:
            slug = path[1] if host.startswith("eventbrite") and len(path) > 1 else path[0]
            if host == "line.me":
                slug = path[-1]
            out.add(f"host:{host}/{slug.split('?')[0].lstrip('~').lower()}")
        else:
            out.add("host:" + host)
    for v in (contacts.get("handles") or {}).values():
        out.add("handle:" + v.lstrip("@").lower())
    for m in HANDLE_WORD.finditer(stripped):
        out.add("handle:" + m.group(1).rstrip(".").lower())
    for m in AT_HANDLE.finditer(stripped):
        out.add("handle:" + m.group(1).rstrip(".").lower())
    for p in (contacts.get("phones") or []) + PHONE.findall(stripped):
        digits = re.sub(r"\D", "", p)
        if len(digits) >= 9:
            out.add("phone:" + digits[-9:])
    return out


def group(rec: dict) -> str:
    ann = rec["annotations"]
    return ann["campaign"] or f"{ann['link_class']}:{rec['id']}"


def main() -> int:
    rows = [json.loads(line) for line in open(HERE / "approaches.jsonl", encoding="utf-8")]
    for i, row in enumerate(rows, 1):
        Approach.model_validate(row)
    print(f"{len(rows)} lines validate")
    where: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        for v in values(row):
            where[v].add(group(row))
    bad = 0
    for v, groups in sorted(where.items()):
        if len(groups) < 2:
            continue
        serious = [g for g in groups if not g.startswith("decoy:")]
        if serious:
            bad += 1
            print("LEAK", v, sorted(groups))
        else:
            print(f"shared among {len(groups)} decoys (generic): {v}")
    # photos
    photos = [(group(r), r["persona"]["photo"]["phash"]) for r in rows
              if (r.get("persona") or {}).get("photo")]
    closest = 64
    for i, (ga, ha) in enumerate(photos):
        for gb, hb in photos[i + 1:]:
            if ga == gb or (ha == DEFAULT_AVATAR and hb == DEFAULT_AVATAR):
                continue
            d = bin(int(ha, 16) ^ int(hb, 16)).count("1")
            closest = min(closest, d)
            if d <= 8:
                bad += 1
                print("PHOTO LEAK", ga, gb, d)
    print("closest photos in different groups:", closest, "bits")
    # markers
    for camp, words in MARKERS.items():
        for row in rows:
            if group(row) == camp:
                continue
            blob = json.dumps({k: row[k] for k in ("persona", "messages")},
                              ensure_ascii=False).lower()
            for w in words:
                if w.lower() in blob:
                    bad += 1
                    print("MARKER LEAK", camp, repr(w), "in", group(row))
    print("OK" if not bad else f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
