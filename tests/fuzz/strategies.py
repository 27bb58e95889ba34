"""Hypothesis strategies for the fuzz tests: approach-shaped JSON, e-mails, HTML, and LinkedIn
export CSVs with the real headers (those the readers' TableSpecs list, after formats/ECOSYSTEM.md
§1.2) filled with random cells, columns dropped, other encodings and damaged bytes."""

from __future__ import annotations

import csv
import io
import json
import warnings
import zipfile
from typing import Any

from hypothesis import strategies as st

from counterlink.ingest.linkedin import connections, invitations, messages, profile
from counterlink.schema import APPROACH_SCHEMA

# Values that have broken parsers before, or look like what a field holds.
TRICKY = [
    "",
    " ",
    "https://[x",
    "http://[::1",
    "https://www.linkedin.com/in/ann-lee-1a2b3c",
    "www.[x.com",
    "a@[x",
    "ann@example.com",
    "+44 7700 900123",
    "WhatsApp: +44 7700 900123",
    "2024-01-01 10:00:00 UTC",
    "1/29/26, 2:37 PM",
    "08 Feb 2026",
    "3 Feb 2021",
    "Jan 2024",
    "13/13/13, 25:61 XM",
    "\ufeff",
    "\x00",
    "\u2028",
    "I can pay 5,000 USD per report; let's move to WhatsApp.",
    "<p>Hello <b>there</b></p>",
    "&amp;&#0;&#x110000;",
    "INCOMING",
    "OUTGOING",
    "INBOX",
    "Yes",
    "No",
    "9" * 400,
    "[" * 200,
]

cells = st.one_of(st.sampled_from(TRICKY), st.text(max_size=60))
texts = st.one_of(st.sampled_from(TRICKY), st.text(max_size=200))

# --- approach/1 JSON ------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=20,
)


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """A field's value: usually of its type, sometimes any JSON at all."""
    return st.one_of(strategy, strategy, json_values)


messages_json = st.lists(
    st.fixed_dictionaries(
        {"sender": _maybe(st.sampled_from(["persona", "target"]))},
        optional={"text": _maybe(texts), "sent_at": _maybe(cells)},
    ),
    max_size=4,
)
persona_json = st.fixed_dictionaries(
    {},
    optional={
        "name": _maybe(cells),
        "headline": _maybe(cells),
        "url": _maybe(cells),
        "about": _maybe(texts),
        "connections": _maybe(st.integers(-5, 10**20)),
        "member_since": _maybe(cells),
        "experience": _maybe(
            st.lists(st.fixed_dictionaries({}, optional={"company": cells, "title": cells}))
        ),
        "contacts": _maybe(
            st.fixed_dictionaries(
                {},
                optional={
                    "emails": st.lists(cells, max_size=3),
                    "websites": st.lists(cells, max_size=3),
                    "phones": st.lists(cells, max_size=3),
                    "handles": st.dictionaries(cells, cells, max_size=3),
                },
            )
        ),
        "verified": _maybe(st.fixed_dictionaries({}, optional={"identity": st.booleans()})),
    },
)
approach_json = st.fixed_dictionaries(
    {"schema": st.sampled_from([APPROACH_SCHEMA, APPROACH_SCHEMA, "x"]), "messages": messages_json},
    optional={
        "id": _maybe(cells),
        "channel": _maybe(st.sampled_from(["linkedin", "email", "other", "fax"])),
        "received_at": _maybe(cells),
        "persona": _maybe(persona_json),
        "target": _maybe(st.fixed_dictionaries({}, optional={"sector": cells, "role": cells})),
        "account": _maybe(texts),
        "extra": json_values,
    },
)


@st.composite
def approach_documents(draw: st.DrawFn) -> bytes:
    """One approach, an array of them, JSON Lines, or that text damaged."""
    records = draw(
        st.lists(st.one_of(valid_approach_json, approach_json, json_values), min_size=1, max_size=3)
    )
    shape = draw(st.sampled_from(["object", "array", "lines"]))
    if shape == "object":
        text = json.dumps(records[0])
    elif shape == "array":
        text = json.dumps(records)
    else:
        text = "\n".join(json.dumps(r) for r in records)
    data = text.encode("utf-8")
    damage = draw(st.sampled_from(["none", "none", "cut", "bytes", "bom", "utf16"]))
    if damage == "cut":
        data = data[: draw(st.integers(0, len(data)))]
    elif damage == "bytes":
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]
    elif damage == "bom":
        data = b"\xef\xbb\xbf" + data
    elif damage == "utf16":
        data = text.encode("utf-16")
    return data


# --- e-mail and HTML ------------------------------------------------------------------------------

header_names = st.sampled_from(
    ["From", "To", "Reply-To", "Subject", "Date", "Message-ID", "Content-Type", "MIME-Version"]
)
header_values = st.one_of(
    cells,
    st.sampled_from(
        [
            "Ann Lee <ann@example.com>",
            '"=?utf-8?b?QW5u?=" <a@[x>',
            "text/html; charset=utf-8",
            "text/plain; charset=x-unknown",
            "multipart/mixed; boundary=XYZ",
            "multipart/alternative",
            "Mon, 32 Foo 2024 99:99:99 +9999",
            "Tue, 1 Dec 2026 10:00:00 +0000",
            "=?bogus?q?x?=",
        ]
    ),
)


@st.composite
def emails(draw: st.DrawFn) -> bytes:
    """An RFC 5322-shaped message with random headers, bodies and MIME parts, or raw bytes."""
    if draw(st.integers(0, 5)) == 0:
        return draw(st.binary(max_size=300))
    headers = draw(st.lists(st.tuples(header_names, header_values), max_size=8))
    head = "".join(f"{name}: {value}\r\n" for name, value in headers)
    body = draw(texts)
    if draw(st.booleans()):
        part = draw(st.sampled_from(["text/plain", "text/html", "application/pdf"]))
        encoding = draw(st.sampled_from(["base64", "quoted-printable", "8bit", "x-bogus"]))
        body = (
            "--XYZ\r\n"
            f"Content-Type: {part}; charset={draw(st.sampled_from(['utf-8', 'latin-1', 'nope']))}"
            f"\r\nContent-Transfer-Encoding: {encoding}\r\n"
            f"Content-Disposition: attachment; filename={draw(cells)!r}\r\n\r\n"
            f"{draw(texts)}\r\n--XYZ--\r\n"
        )
        head += "Content-Type: multipart/mixed; boundary=XYZ\r\n"
    return (head + "\r\n" + body).encode("utf-8", errors="surrogatepass")


tags = st.sampled_from(["p", "div", "br", "b", "a", "script", "style", "li", "html", "!--", "/p"])
html_pieces = st.one_of(
    texts,
    tags.map(lambda t: f"<{t}>"),
    tags.map(lambda t: f"</{t}>"),
    st.sampled_from(["<a href='x", "<p", "&#", "&#x;", "<![CDATA[", "<!DOCTYPE html>", "<?x"]),
)
html_documents = st.lists(html_pieces, max_size=20).map("".join)

# --- LinkedIn export files ------------------------------------------------------------------------

SPECS = {
    "messages.csv": messages.SPEC,
    "Invitations.csv": invitations.SPEC,
    "Connections.csv": connections.SPEC,
    "Profile.csv": profile.PROFILE_SPEC,
    "Positions.csv": profile.POSITIONS_SPEC,
}
# Connections.csv starts with a "Notes:" preamble (formats/ECOSYSTEM.md §1.2).
NOTES = 'Notes:\n"When exporting your connection data, some e-mail addresses are missing."\n\n'


@st.composite
def csv_files(draw: st.DrawFn, name: str) -> bytes:
    """One export CSV: its real header (columns possibly dropped, shuffled or renamed), random
    rows, quoting, line endings and encoding, sometimes damaged."""
    columns = list(SPECS[name].columns)
    if draw(st.integers(0, 3)) == 0:
        columns = draw(st.permutations(columns))
        columns = columns[: draw(st.integers(0, len(columns)))]
    if draw(st.integers(0, 5)) == 0:
        columns = [c.upper() if draw(st.booleans()) else f'"{c}"' for c in columns]
    width = len(columns)
    rows = draw(
        st.lists(st.lists(cells, min_size=max(width - 1, 0), max_size=width + 1), max_size=6)
    )
    out = io.StringIO()
    quoting = draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    writer = csv.writer(out, quoting=quoting, lineterminator=newline)
    writer.writerow(columns)
    writer.writerows(rows)
    text = (NOTES if name == "Connections.csv" and draw(st.booleans()) else "") + out.getvalue()
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16", "cp1252"]))
    data = text.encode(encoding, errors="replace")
    damage = draw(st.sampled_from(["none", "none", "none", "cut", "bytes", "quote", "empty"]))
    if damage == "cut":
        data = data[: draw(st.integers(0, len(data)))]
    elif damage == "bytes":
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]
    elif damage == "quote":
        data += b'"unbalanced,' + b"x" * draw(st.integers(0, 50))
    elif damage == "empty":
        data = draw(st.sampled_from([b"", b"\xef\xbb\xbf", b" \r\n"]))
    return data


@st.composite
def export_files(draw: st.DrawFn) -> dict[str, bytes]:
    """The files of an export (messages.csv or Invitations.csv always among them), by name."""
    names = draw(st.lists(st.sampled_from(list(SPECS)), min_size=1, max_size=5, unique=True))
    if "messages.csv" not in names and "Invitations.csv" not in names:
        names.append(draw(st.sampled_from(["messages.csv", "Invitations.csv"])))
    files = {name: draw(csv_files(name)) for name in names}
    if draw(st.integers(0, 4)) == 0:
        files[draw(st.sampled_from(["Rich_Media.csv", "notes.txt"]))] = draw(st.binary(max_size=50))
    return files


ODD_MEMBERS = st.sampled_from(
    ["../evil.csv", "/abs/messages.csv", "C:/messages.csv", "dir/", "a/b/c/messages.csv",
     "MESSAGES.CSV", "messages.csv", "invitations.csv", "x\\..\\y.csv", "sub/Invitations.csv"]
)  # fmt: skip


@st.composite
def export_zips(draw: st.DrawFn) -> bytes:
    """An export zip: its files at the root or one folder down, odd members among them, sometimes
    stored, sometimes cut short or bit-flipped."""
    files = draw(export_files())
    prefix = draw(st.sampled_from(["", "", "Basic_LinkedInDataExport/", "a/b/"]))
    out = io.BytesIO()
    method = draw(st.sampled_from([zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED]))
    with warnings.catch_warnings(), zipfile.ZipFile(out, "w", method) as archive:
        warnings.simplefilter("ignore", UserWarning)  # duplicate names are meant
        for name, data in files.items():
            archive.writestr(prefix + name, data)
        for odd in draw(st.lists(ODD_MEMBERS, max_size=3)):
            content = st.one_of(csv_files("messages.csv"), st.binary(max_size=40))
            archive.writestr(odd, draw(content))
    data = out.getvalue()
    damage = draw(st.sampled_from(["none", "none", "none", "cut", "flip"]))
    if damage == "cut":
        data = data[: draw(st.integers(0, len(data)))]
    elif damage == "flip":
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]
    return data


# --- mostly valid input, for the end-to-end tests --------------------------------------------

valid_messages_json = st.lists(
    st.fixed_dictionaries(
        {"sender": st.sampled_from(["persona", "target"]), "text": texts},
        optional={"sent_at": cells},
    ),
    max_size=4,
)
valid_persona_json = st.fixed_dictionaries(
    {},
    optional={
        "name": cells,
        "headline": cells,
        "url": cells,
        "about": texts,
        "location": cells,
        "connections": st.integers(0, 10**6),
        "member_since": cells,
        "skills": st.lists(cells, max_size=3),
        "experience": st.lists(
            st.fixed_dictionaries({}, optional={"company": cells, "title": cells}), max_size=3
        ),
        "contacts": st.fixed_dictionaries(
            {},
            optional={
                "emails": st.lists(cells, max_size=3),
                "websites": st.lists(cells, max_size=3),
                "phones": st.lists(cells, max_size=3),
                "handles": st.dictionaries(cells, cells, max_size=3),
            },
        ),
    },
)
valid_approach_json = st.fixed_dictionaries(
    {"schema": st.just(APPROACH_SCHEMA), "messages": valid_messages_json},
    optional={
        "channel": st.sampled_from(["linkedin", "email", "other"]),
        "received_at": cells,
        "persona": valid_persona_json,
        "target": st.fixed_dictionaries({}, optional={"sector": cells, "role": cells}),
        "account": texts,
    },
)
DATES = ["2024-01-01 10:00:00 UTC", "2026-02-08 09:15:31 UTC", "1/29/26, 2:37 PM", "08 Feb 2026"]
dates = st.one_of(st.sampled_from(DATES), cells)


def _table(columns: tuple[str, ...], rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


@st.composite
def valid_export_files(draw: st.DrawFn) -> dict[str, bytes]:
    """A well-formed export (full headers, rows of the right width) with random cells."""
    people = draw(st.lists(st.tuples(cells, st.sampled_from(TRICKY[:6])), min_size=1, max_size=3))
    owner = ("Ada Quinn", "https://www.linkedin.com/in/ada-quinn-42")
    rows = []
    for _ in range(draw(st.integers(1, 6))):
        name, url = draw(st.sampled_from([*people, owner]))
        to, to_url = owner if (name, url) != owner else draw(st.sampled_from(people))
        row = {
            "CONVERSATION ID": f"c{draw(st.integers(0, 2))}",
            "FROM": name,
            "SENDER PROFILE URL": url,
            "TO": to,
            "RECIPIENT PROFILE URLS": to_url,
            "DATE": draw(dates),
            "CONTENT": draw(texts),
            "FOLDER": "INBOX",
        }
        rows.append([row.get(c, draw(cells)) for c in messages.SPEC.columns])
    invitations_rows = [
        [
            draw(cells),
            owner[0],
            draw(dates),
            draw(texts),
            draw(st.sampled_from(["INCOMING", "OUTGOING"])),
            draw(st.sampled_from(TRICKY[:6])),
            owner[1],
        ]
        for _ in range(draw(st.integers(0, 3)))
    ]
    return {
        "messages.csv": _table(messages.SPEC.columns, rows),
        "Invitations.csv": _table(invitations.SPEC.columns, invitations_rows),
    }
