"""Benchmark the local registry (issue #15 "Scale and speed"): load a synthetic PSC snapshot and
BasicCompanyData CSV of the real shape, then time `employer` lookups and a 6-layer trace.

    python benchmarks/registers.py                 # 200k PSC lines, 100k companies
    python benchmarks/registers.py --lines 2000000 --companies 1000000
    python benchmarks/registers.py --full          # 13 M lines / 5.5 M companies (~6 GB)

Prints load time, lines/s, peak RSS (resource.getrusage), p50/p95 lookup by number and by name,
and the trace time of a 6-layer chain. Shapes follow the real files (ECOSYSTEM.md §3.1): one
JSON object per line with a totals trailer; the CSV header with its stray spaces.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

KINDS = [
    ("individual-person-with-significant-control", 0.86),
    ("corporate-entity-person-with-significant-control", 0.08),
    ("legal-person-person-with-significant-control", 0.005),
    ("persons-with-significant-control-statement", 0.055),
]
NATURES = [
    "ownership-of-shares-25-to-50-percent",
    "ownership-of-shares-50-to-75-percent",
    "ownership-of-shares-75-to-100-percent",
    "voting-rights-75-to-100-percent",
    "significant-influence-or-control",
]
HEADER = (
    "CompanyName, CompanyNumber,RegAddress.CareOf,RegAddress.POBox,RegAddress.AddressLine1, "
    "RegAddress.AddressLine2,RegAddress.PostTown,RegAddress.County,RegAddress.Country,"
    "RegAddress.PostCode,CompanyCategory,CompanyStatus,CountryOfOrigin,DissolutionDate,"
    "IncorporationDate,Accounts.AccountRefDay,Accounts.AccountRefMonth,Accounts.NextDueDate,"
    "Accounts.LastMadeUpDate,Accounts.AccountCategory,Returns.NextDueDate,"
    "Returns.LastMadeUpDate,Mortgages.NumMortCharges,Mortgages.NumMortOutstanding,"
    "Mortgages.NumMortPartSatisfied,Mortgages.NumMortSatisfied,SICCode.SicText_1,"
    "SICCode.SicText_2,SICCode.SicText_3,SICCode.SicText_4,"
    "LimitedPartnerships.NumGenPartners,LimitedPartnerships.NumLimPartners,URI,"
    + ",".join(f"PreviousName_{i}.CONDATE, PreviousName_{i}.CompanyName" for i in range(1, 11))
    + ",ConfStmtNextDueDate, ConfStmtLastMadeUpDate"
).split(",")
CHAIN = 6  # layers in the traced chain
CHAIN_BASE = 90_000_000  # company numbers of the chain, outside the random range


def _words(rng: random.Random, n: int) -> list[str]:
    letters = "abcdefghijklmnoprstuvwy"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(4, 9))) for _ in range(n)]


def _name(rng: random.Random, words: list[str]) -> str:
    body = " ".join(rng.choice(words).capitalize() for _ in range(rng.randint(1, 3)))
    return f"{body} {rng.choice(['Limited', 'Ltd', 'Holdings Limited', 'Services Ltd', 'PLC'])}"


def write_companies(path: Path, n: int, rng: random.Random, words: list[str]) -> list[str]:
    names = []
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(HEADER)
        for i in range(n):
            name = _name(rng, words).upper()
            names.append(name)
            row = [""] * len(HEADER)
            row[0], row[1] = name, f"{i + 1:08d}"
            row[4], row[6], row[9] = "1 High Street", "London", "EC1A 1AA"
            row[10], row[11], row[12] = "Private Limited Company", "Active", "United Kingdom"
            row[14] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1990, 2025)}"
            row[26] = "70229 - Management consultancy activities other than financial management"
            out.writerow(row)
        for layer in range(CHAIN + 1):
            row = [""] * len(HEADER)
            row[0], row[1] = f"CHAIN LAYER {layer} LIMITED", f"{CHAIN_BASE + layer:08d}"
            row[11], row[14] = "Active", "01/01/2015"
            out.writerow(row)
    return names


def _psc(number: str, kind: str, rng: random.Random, words: list[str], i: int) -> dict:
    data: dict = {
        "etag": f"{i:040x}",
        "kind": kind,
        "links": {"self": f"/company/{number}/persons-with-significant-control/x/{i}"},
        "notified_on": f"{rng.randint(2016, 2025)}-{rng.randint(1, 12):02d}-0{rng.randint(1, 9)}",
    }
    if kind.startswith("persons-with-significant-control-statement"):
        data["statement"] = "no-individual-or-entity-with-signficant-control"
        return {"company_number": number, "data": data}
    data["natures_of_control"] = [rng.choice(NATURES)]
    data["address"] = {"address_line_1": "High Street", "country": "England", "premises": "1"}
    if kind.startswith("individual"):
        first, last = rng.choice(words).capitalize(), rng.choice(words).capitalize()
        data["name"] = f"Mr {first} {last}"
        data["name_elements"] = {"forename": first, "surname": last, "title": "Mr"}
        data["date_of_birth"] = {"month": rng.randint(1, 12), "year": rng.randint(1940, 2000)}
        data["nationality"] = "British"
        data["country_of_residence"] = "England"
    else:
        data["name"] = _name(rng, words)
        data["identification"] = {
            "legal_form": "Private Limited Company",
            "legal_authority": "Companies Act 2006",
            "country_registered": "England",
            "place_registered": "Companies House",
            "registration_number": f"{rng.randint(1, 5_000_000):08d}",
        }
    return {"company_number": number, "data": data}


def write_psc(path: Path, lines: int, companies: int, rng: random.Random, words: list[str]) -> None:
    counts = {"psc": 0, "statement": 0}
    kinds, weights = zip(*KINDS, strict=True)
    with path.open("w", encoding="utf-8") as handle:
        for layer in range(CHAIN):  # layer i is owned 75-100 % by layer i + 1
            record = {
                "company_number": f"{CHAIN_BASE + layer:08d}",
                "data": {
                    "kind": "corporate-entity-person-with-significant-control",
                    "links": {"self": f"/company/{CHAIN_BASE + layer}/psc/chain/{layer}"},
                    "name": f"Chain Layer {layer + 1} Limited",
                    "natures_of_control": ["ownership-of-shares-75-to-100-percent"],
                    "notified_on": "2016-04-06",
                    "identification": {
                        "country_registered": "England",
                        "registration_number": f"{CHAIN_BASE + layer + 1:08d}",
                    },
                },
            }
            handle.write(json.dumps(record) + "\n")
            counts["psc"] += 1
        for i in range(lines - CHAIN):
            kind = rng.choices(kinds, weights)[0]
            number = f"{rng.randint(1, companies):08d}"
            handle.write(json.dumps(_psc(number, kind, rng, words, i)) + "\n")
            counts["statement" if "statement" in kind else "psc"] += 1
        trailer = {
            "data": {
                "kind": "totals#persons-of-significant-control-snapshot",
                "persons_of_significant_control_count": counts["psc"],
                "statements_count": counts["statement"],
                "exemptions_count": 0,
                "generated_at": "2026-12-01T03:00:00Z",
            }
        }
        handle.write(json.dumps(trailer) + "\n")


def _peak_mb() -> float:
    # ru_maxrss is KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lines", type=int, default=200_000, help="PSC snapshot lines")
    parser.add_argument("--companies", type=int, default=None, help="company rows")
    parser.add_argument("--full", action="store_true", help="13 M lines, 5.5 M companies")
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    lines = 13_000_000 if args.full else args.lines
    n_companies = 5_500_000 if args.full else (args.companies or max(lines // 2, 1000))

    from counterlink.ownership.employer import check_employer
    from counterlink.ownership.graph import build
    from counterlink.ownership.load import load_file
    from counterlink.ownership.registry import Registry

    rng = random.Random(15)
    words = _words(rng, 20_000)
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        work = Path(tmp)
        t0 = time.perf_counter()
        names = write_companies(work / "BasicCompanyData.csv", n_companies, rng, words)
        write_psc(work / "psc-snapshot.jsonl", lines, n_companies, rng, words)
        size = (work / "psc-snapshot.jsonl").stat().st_size
        print(f"generated {lines:,} PSC lines ({size / 1e9:.2f} GB) and {n_companies:,} "
              f"companies in {time.perf_counter() - t0:.0f}s")  # fmt: skip
        as_of = date(2026, 12, 1)
        with Registry(work / "registry.duckdb") as reg:
            t0 = time.perf_counter()
            psc = load_file(reg, work / "psc-snapshot.jsonl")
            psc_s = time.perf_counter() - t0
            peak_psc = _peak_mb()
            t0 = time.perf_counter()
            load_file(reg, work / "BasicCompanyData.csv")
            comp_s = time.perf_counter() - t0
            print(
                f"PSC load: {psc_s:.1f}s, {lines / psc_s:,.0f} lines/s, complete "
                f"{psc.file.complete}, peak RSS {peak_psc:.0f} MB"
            )
            print(
                f"company load: {comp_s:.1f}s, {n_companies / comp_s:,.0f} rows/s, "
                f"peak RSS {_peak_mb():.0f} MB"
            )
        with Registry(work / "registry.duckdb", read_only=True) as reg:
            by_number, by_name = [], []
            for _ in range(args.queries):
                number = f"{rng.randint(1, n_companies):08d}"
                t0 = time.perf_counter()
                check_employer(reg, None, number, as_of)
                by_number.append(time.perf_counter() - t0)
                name = rng.choice(names)
                t0 = time.perf_counter()
                check_employer(reg, name.title(), None, as_of)
                by_name.append(time.perf_counter() - t0)
            traces = []
            for _ in range(20):
                t0 = time.perf_counter()
                graph = build(reg, f"{CHAIN_BASE:08d}", as_of)
                traces.append(time.perf_counter() - t0)
            assert graph.depth_reached == CHAIN, graph.depth_reached
        for label, values in (("by number", by_number), ("by name", by_name)):
            print(
                f"employer {label}: p50 {_pct(values, 0.5) * 1000:.0f} ms, "
                f"p95 {_pct(values, 0.95) * 1000:.0f} ms ({len(values)} queries)"
            )
        print(f"trace of a {CHAIN}-layer chain: median {statistics.median(traces) * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
