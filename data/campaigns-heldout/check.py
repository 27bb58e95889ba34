"""Checks for the held-out campaign set: every line validates as approach/1, and no
distinguishing value (e-mail domain, host, handle, phone by its last 9 digits, photo within
8 bits) is shared between two groups unless it is generic. Each decoy and each lone approach is
its own group. Prints every shared value; exits 1 on a schema error or a non-generic share.

    .venv/bin/python data/campaigns-heldout/check.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from counterlink.schema import Approach

PATH = Path(__file__).with_name("approaches.jsonl")
FREE_MAIL = {"gmail.com", "outlook.com", "outlook.fr", "yahoo.com", "hotmail.com", "qq.com", "163.com", "126.com"}
GENERIC_HOSTS = {"careers.google.com", "amazon.jobs", "deloitte.com", "jobs.nhs.uk", "baesystems.com",
                 "londontechweek.com", "dseievent.com", "ox.ac.uk", "careers.rolls-royce.com"}
# Hosts where only the first path segment identifies anyone.
SHARED_HOSTS = {"calendly.com", "t.me", "telegram.me", "linkedin.com", "kcl.eu.qualtrics.com"}
DEFAULT_AVATAR = "ffc3818181c3ffff"

URL = re.compile(r"(?i)\b(?:https?://)?((?:[a-z0-9-]+\.)+[a-z]{2,})(/[^\s)]*)?")
EMAIL = re.compile(r"(?i)[a-z0-9._%+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,})")
OBFUSCATED = re.compile(r"(?i)\(at\)\s*([a-z0-9-]+)\s*\(dot\)\s*([a-z.]+)")
PHONE = re.compile(r"\+?[\d][\d\s().\-]{8,}\d")
HANDLE_AFTER = re.compile(
    r"(?i)\b(?:wechat(?: id)?(?: is)?|weixin|wx|signal(?: username is)?|telegram|tg|line id|add)\b\s*[:—-]?\s*@?"
    r"([a-z0-9_.]*[0-9_][a-z0-9_.]*)")
AT_HANDLE = re.compile(r"(?i)(?<![\w.])@([a-z0-9_.]{4,})")


def values(a: dict) -> set[tuple[str, str]]:
    p = a.get("persona") or {}
    c = p.get("contacts") or {}
    texts = [m["text"] for m in a["messages"]] + [p.get("about") or "", p.get("headline") or ""]
    out: set[tuple[str, str]] = set()
    blobs = list(texts) + list(c.get("websites") or []) + list(c.get("emails") or [])
    for blob in blobs:
        for m in EMAIL.finditer(blob):
            d = m.group(1).lower()
            if d not in FREE_MAIL:
                out.add(("domain", d))
        for m in OBFUSCATED.finditer(blob):
            out.add(("domain", f"{m.group(1)}.{m.group(2)}".lower()))
        stripped = EMAIL.sub(" ", blob)
        for m in URL.finditer(stripped):
            host = m.group(1).lower().removeprefix("www.")
            if "." not in host or host.replace(".", "").isdigit():
                continue
            if host.endswith((".md", ".py")) or host in FREE_MAIL:
                continue
            if host == "wa.me":
                out.add(("phone", re.sub(r"\D", "", m.group(2) or "")[-9:]))
                continue
            if host in SHARED_HOSTS:
                seg = (m.group(2) or "/").strip("/#").split("/")[0].split("?")[0].lower()
                out.add(("host", f"{host}/{seg}"))
            elif host not in GENERIC_HOSTS:
                out.add(("host", host))
        for m in HANDLE_AFTER.finditer(blob):
            out.add(("handle", m.group(1).lower().rstrip(".")))
        for m in AT_HANDLE.finditer(blob):
            out.add(("handle", m.group(1).lower().rstrip(".")))
        for m in PHONE.finditer(blob):
            digits = re.sub(r"\D", "", m.group(0))
            if len(digits) >= 10:
                out.add(("phone", digits[-9:]))
    for h in (c.get("handles") or {}).values():
        out.add(("handle", h.lower()))
    for ph in c.get("phones") or []:
        out.add(("phone", re.sub(r"\D", "", ph)[-9:]))
    return out


# Each campaign's distinguishing words (firm, persona, host, handle): none may occur, in any
# spelling these lower-cased substrings catch, in a record outside the campaign.
MARKERS = {
    "ho-c01": ["555-0147", "555 0147", "5550147", "555.0147"],
    "ho-c02": ["halcyon", "海岚"],
    "ho-c03": ["kalina"],
    "ho-c04": ["atlantichorizon", "atlantic horizon", "horizon-review"],
    "ho-c05": [],
    "ho-c06": ["password-protected pdf", "password protected pdf", "first-round skills", "first round technical"],
    "ho-c07": ["connection queue", "connections queue"],
    "ho-c08": ["eurasian", "eurasischen", "eurasien", "euroasiático", "欧亚", "iesd"],
    "ho-c09": ["harrowstone"],
    "ho-c10": ["brightfield", "88k2q", "mingxia", "jinqiao"],
    "ho-c11": ["vorontsova", "worontsowa", "воронцова", "nordic-baltic", "nordic baltic"],
    "ho-c12": ["orrery"],
}


def main() -> int:
    bad = 0
    records = []
    for n, line in enumerate(PATH.read_text(encoding="utf-8").splitlines(), start=1):
        try:
            Approach.model_validate(json.loads(line))
        except Exception as e:  # noqa: BLE001 - report every failing line
            print(f"line {n}: {e}")
            bad += 1
        records.append(json.loads(line))
    print(f"{len(records)} lines, {bad} schema errors")

    def group(a):
        return a["annotations"]["campaign"] or a["id"]

    where: dict[tuple[str, str], set[str]] = defaultdict(set)
    for a in records:
        for v in values(a):
            where[v].add(group(a))
    shared = {v: g for v, g in where.items() if len(g) > 1}
    for v, g in sorted(shared.items()):
        print("shared", v, sorted(g))

    for a in records:
        blob = json.dumps(a, ensure_ascii=False).lower()
        for campaign, words in MARKERS.items():
            if a["annotations"]["campaign"] == campaign:
                continue
            for w in words:
                if w in blob:
                    print("marker", repr(w), "of", campaign, "in", a["id"], group(a))
                    shared[("marker", w)] = {campaign, group(a)}

    photos = [(group(a), a["id"], a["persona"]["photo"]["phash"]) for a in records
              if (a.get("persona") or {}).get("photo")]
    close = 0
    nearest = 64
    for i, (g1, i1, h1) in enumerate(photos):
        for g2, i2, h2 in photos[i + 1:]:
            if g1 == g2 or (h1 == DEFAULT_AVATAR and h2 == DEFAULT_AVATAR):
                continue
            d = bin(int(h1, 16) ^ int(h2, 16)).count("1")
            nearest = min(nearest, d)
            if d <= 8:
                print("photos within 8 bits:", g1, i1, g2, i2, d)
                close += 1
    print(f"closest photos in different groups (default avatar aside): {nearest} bits")
    if "-v" in sys.argv:
        for a in sorted(records, key=group):
            if a["annotations"]["campaign"]:
                print(group(a), a["id"], sorted(values(a)))
    return 1 if bad or shared or close else 0


if __name__ == "__main__":
    sys.exit(main())
