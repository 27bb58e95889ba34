#!/usr/bin/env python3
"""Schema check and cross-group leak check for data/campaigns-heldout3/approaches.jsonl."""
from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from counterlink.schema import Approach

HERE = Path(__file__).resolve().parent
WEBMAIL = {"gmail.com", "outlook.com", "qq.com", "163.com", "126.com", "hotmail.com", "yahoo.com"}
TENANT = {"calendly.com", "linktr.ee", "forms.gle", "eventbrite.com", "eventbrite.co.uk", "t.me", "linkedin.com"}
SECOND = {"co.uk", "com.cn", "ac.uk", "org.uk", "gov.uk", "com.sg"}
DEFAULT_AVATAR = "e1c3a58181a5c3e1"
# Values that may be shared among decoys only: big employers' careers sites, real events' sites.
ALLOWED = {"google.com", "amazon.jobs", "deloitte.com", "baesystems.com", "nhs.uk", "rsaconference.com",
           "icml.cc", "mwcbarcelona.com", "websummit.com", "ox.ac.uk"}
MARKERS = {
    "h3-c01": ["900682", "grid resilience forum"],
    "h3-c02": ["kestrel", "鹰桥"],
    "h3-c03": ["tidewater"],
    "h3-c05": ["closed-door meeting of around twenty", "non-attribution", "route it through your institution"],
    "h3-c06": ["halvard", "morrowfield", "saltmarsh", "greywing", "corvane", "linwood orchard"],
    "h3-c07": ["wenxi"],
    "h3-c08": ["lanqiao", "sinoleap", "555 0174", "555-0174", "beiling"],
    "h3-c09": ["arcwell", "김수진"],
    "h3-c10": ["silk road civic", "丝路民间交流基金会", "ruta de la seda", "seidenstraße", "srcef"],
    "h3-c11": ["mercator"],
}


def registrable(host: str) -> str:
    host = host.lower().strip(".").removeprefix("www.")
    parts = host.split(".")
    n = 3 if ".".join(parts[-2:]) in SECOND else 2
    return ".".join(parts[-n:])


def values(r: dict) -> set[str]:
    p = r.get("persona") or {}
    c = p.get("contacts") or {}
    texts = [m["text"] for m in r["messages"]] + [p.get("headline") or "", p.get("about") or ""]
    texts += list(c.get("emails") or []) + list(c.get("websites") or []) + list(c.get("phones") or [])
    blob = "\n".join(texts)
    blob = re.sub(r"\s*\[at\]\s*", "@", blob, flags=re.I)
    blob = re.sub(r"\s*\[dot\]\s*", ".", blob, flags=re.I)
    out: set[str] = set()
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", blob):
        d = registrable(dom)
        if d not in WEBMAIL:
            out.add("domain:" + d)
    noemail = re.sub(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", " ", blob)
    for m in re.finditer(r"(?:https?://)?((?:[\w-]+\.)+[a-z]{2,})(/[^\s>]*)?", noemail, flags=re.I):
        host = m.group(1).lower().removeprefix("www.")
        reg = registrable(host)
        if reg in WEBMAIL or re.fullmatch(r"[\d.]+", host):
            continue
        if host in TENANT or reg in TENANT:
            seg = (m.group(2) or "/").strip("/").split("/")
            key = seg[1] if seg and seg[0] == "e" and len(seg) > 1 else seg[0]
            out.add(f"tenant:{host}/{key.split('?')[0].lower()}")
        elif "." in host and not host.endswith((".pdf", ".zip")):
            out.add("host:" + reg)
    for h in (c.get("handles") or {}).values():
        out.add("handle:" + h.lower().lstrip("@"))
    for m in re.finditer(r"\b(?:wechat|weixin|telegram|signal|line|tg|wx)\b[^\w@]{0,12}(?:(?:my\s+)?id\s+is\s+|me\b\s*:?\s*)?@?([A-Za-z][\w.]{3,})",
                         blob, flags=re.I):
        out.add("handle:" + m.group(1).lower().rstrip("."))
    for m in re.finditer(r"(?<![\w.])@([A-Za-z][\w.]{3,})", blob):
        out.add("handle:" + m.group(1).lower().rstrip("."))
    for m in re.finditer(r"t\.me/([\w]+)", noemail, flags=re.I):
        out.add("handle:" + m.group(1).lower())
    for m in re.finditer(r"\+?\(?\d[\d\s().\-]{8,}\d", blob):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) >= 10:
            out.add("phone:" + digits[-9:])
    return out


def main() -> int:
    rows = [json.loads(line) for line in open(HERE / "approaches.jsonl", encoding="utf-8")]
    bad = 0
    for r in rows:
        Approach.model_validate(r)
    where: dict[str, set[str]] = defaultdict(set)
    kinds: dict[str, str] = {}
    for r in rows:
        g = r["annotations"]["campaign"] or r["id"]
        kinds[g] = r["annotations"]["link_class"] if r["annotations"]["campaign"] is None else "campaign"
        for v in values(r):
            where[v].add(g)
    for v, gs in sorted(where.items()):
        if len(gs) > 1:
            only_decoys = all(kinds[g] == "decoy" for g in gs)
            ok = only_decoys and v.split(":", 1)[1] in ALLOWED
            if not ok:
                bad += 1
            print(("OK   " if ok else "LEAK ") + v, sorted(gs)[:6])
    for g, words in MARKERS.items():
        for r in rows:
            if r["annotations"]["campaign"] == g:
                continue
            blob = json.dumps({k: r[k] for k in ("persona", "messages")}, ensure_ascii=False).lower()
            for w in words:
                if w in blob:
                    bad += 1
                    print("MARKER LEAK", g, w, r["id"])
    photos = [(r["annotations"]["campaign"] or r["id"], r["persona"]["photo"]["phash"]) for r in rows
              if (r["persona"].get("photo") or {}).get("phash")]
    closest = 64
    for i, (g1, h1) in enumerate(photos):
        for g2, h2 in photos[i + 1:]:
            if g1 == g2 or DEFAULT_AVATAR in (h1, h2):
                continue
            d = bin(int(h1, 16) ^ int(h2, 16)).count("1")
            closest = min(closest, d)
            if d <= 8:
                bad += 1
                print("PHOTO LEAK", g1, g2, d)
    print(f"{len(rows)} rows valid; closest photos in different groups: {closest} bits; problems: {bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
