"""Reading one export CSV: header search, BOM, CRLF, quoting, widths, bad bytes."""

from __future__ import annotations

import pytest

from counterlink.errors import InvalidInput
from counterlink.ingest.linkedin import connections, messages
from counterlink.ingest.linkedin.csvfile import Table, decode, header_key
from counterlink.ingest.linkedin.records import RowProblem

from .samples import CONNECTIONS_7, MESSAGES_13, NOTES, line, message


def _table(text: str | bytes, spec=messages.SPEC, name: str = "messages.csv"):
    problems: list[RowProblem] = []
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    return Table(name, data, spec, problems), problems


def test_header_keys_ignore_case_quotes_spaces_and_bom() -> None:
    assert header_key('\ufeff"CONVERSATION ID"') == "conversation id"
    assert header_key(" ATTACHMENTS ") == "attachments"
    assert header_key("inviterProfileUrl") == header_key("INVITERPROFILEURL")


def test_bom_crlf_and_all_quoted_header() -> None:
    text = (MESSAGES_13 + message("c1", "Bo", "", "2023-06-11 15:33:58 UTC", "hi")).replace(
        "\n", "\r\n"
    )
    table, problems = _table(b"\xef\xbb\xbf" + text.encode())
    assert table.header_line == 1
    assert table.column("conversation id") == 0
    assert table.column("Is Message Draft") == 11
    rows = list(table.rows())
    assert rows[0][0] == 2
    assert rows[0][1][8] == "hi"
    assert problems == []


def test_quoted_multi_line_content_keeps_physical_line_numbers() -> None:
    text = (
        MESSAGES_13
        + message("c1", "Bo", "", "2023-06-11 15:33:58 UTC", "line one\r\nline two\r\n\r\nthree")
        + message("c2", "Cy", "", "2023-06-12 15:33:58 UTC", "after")
    )
    table, _ = _table(text)
    rows = list(table.rows())
    assert [n for n, _ in rows] == [2, 6]
    assert rows[0][1][8] == "line one\r\nline two\r\n\r\nthree"


@pytest.mark.parametrize("notes", [NOTES, NOTES.replace("Notes:", '"Notes:"', 1), ""])
def test_header_found_after_any_preamble(notes: str) -> None:
    text = notes + CONNECTIONS_7 + "Bo,Li,https://www.linkedin.com/in/bo,,Acme,CEO,3 Feb 2021\n"
    table, _ = _table(text, connections.SPEC, "Connections.csv")
    assert table.header_line == (4 if notes else 1)
    assert [n for n, _ in table.rows()] == [table.header_line + 1]


def test_short_notes_variant() -> None:
    notes = (
        'Notes:\n"When exporting your connection data, you may notice that some of the email '
        'addresses are missing."\n\n'
    )
    table, _ = _table(notes + CONNECTIONS_7, connections.SPEC, "Connections.csv")
    assert table.header_line == 4


def test_blank_and_comma_only_rows_are_passed_over() -> None:
    text = CONNECTIONS_7 + ",,,,,,\n\nBo,Li,,,Acme,CEO,3 Feb 2021\n,,,,,,\n"
    table, problems = _table(text, connections.SPEC, "Connections.csv")
    assert [n for n, _ in table.rows()] == [4]
    assert problems == []


def test_wrong_field_count_is_a_lost_row_with_its_line() -> None:
    text = (
        MESSAGES_13 + line("c1", "", "Bo") + message("c2", "Cy", "", "2023-06-12 15:33:58 UTC", "x")
    )
    table, problems = _table(text)
    assert [n for n, _ in table.rows()] == [3]
    assert problems == [
        RowProblem("messages.csv", 2, None, "expected 13 fields, found 3", lost=True)
    ]


def test_trailing_empty_fields_lose_nothing() -> None:
    text = CONNECTIONS_7 + "Bo,Li,,,Acme,CEO,3 Feb 2021,,\n"
    table, problems = _table(text, connections.SPEC, "Connections.csv")
    assert [len(r) for _, r in table.rows()] == [7]
    assert problems == []


def test_an_unbalanced_quote_is_reported_not_hidden() -> None:
    # The quote opened in row 2 never closes: the rest of the file becomes one record.
    row = "{},,Bo,,Ada,,2023-06-11 15:33:58 UTC,,{},INBOX,,No,No\n"
    body = "".join(row.format(f"c{i}", "x") for i in range(30))
    opened = row.format("c0", '"oops')
    table, problems = _table(MESSAGES_13 + opened + body)
    assert list(table.rows()) == []
    assert problems[0].row == 2 and problems[0].lost
    assert "unbalanced quote" in problems[0].message


def test_undecodable_bytes_are_replaced_and_reported_per_field() -> None:
    good = message("c1", "Bo", "", "2023-06-11 15:33:58 UTC", "fine").encode()
    bad = (
        message("c2", "Bo", "", "2023-06-11 15:33:58 UTC", "caf\xe9")
        .encode()
        .replace("caf\xe9".encode(), b"caf\xe9")
    )
    table, problems = _table(MESSAGES_13.encode() + good + bad)
    rows = list(table.rows())
    assert rows[1][1][8] == "caf\ufffd"
    assert problems == [
        RowProblem(
            "messages.csv",
            3,
            "CONTENT",
            "undecodable bytes (not UTF-8) replaced with U+FFFD",
            False,
        )
    ]


def test_decode_remembers_each_bad_line_once() -> None:
    text, bad = decode(b"ok\n\xff\xfe bad \xff\nok\n\xc3\n")
    assert text == "ok\n\ufffd\ufffd bad \ufffd\nok\n\ufffd\n"
    assert bad == [2, 4]


def test_utf16_export_resaved_by_a_spreadsheet_is_read() -> None:
    text = CONNECTIONS_7 + "Bo,Li,,,Acme,CEO,3 Feb 2021\n"
    table, _ = _table(text.encode("utf-16"), connections.SPEC, "Connections.csv")
    assert [r[4] for _, r in table.rows()] == ["Acme"]


def test_empty_file_is_an_error_naming_the_file() -> None:
    with pytest.raises(InvalidInput) as caught:
        _table(b"\xef\xbb\xbf\r\n")
    assert (caught.value.file, caught.value.line) == ("messages.csv", 1)
    assert "empty" in caught.value.message


def test_missing_required_column_is_named() -> None:
    header = MESSAGES_13.replace('"DATE",', "")
    with pytest.raises(InvalidInput) as caught:
        _table(header + line("c1", "", "Bo", "", "Ada", "", "", "x", "INBOX", "", "No", "No"))
    assert caught.value.field == "DATE"
    assert caught.value.line == 1
    assert "'DATE'" in caught.value.message
    assert str(caught.value).startswith("messages.csv:1: field 'DATE':")


def test_no_header_row_at_all() -> None:
    with pytest.raises(InvalidInput) as caught:
        _table("just,some,values\n1,2,3\n")
    assert caught.value.file == "messages.csv"
    assert caught.value.field == "CONVERSATION ID"


def test_a_field_longer_than_the_csv_default_limit_is_read() -> None:
    long = "x" * 300_000
    table, problems = _table(MESSAGES_13 + message("c1", "Bo", "", "2023-06-11 15:33:58 UTC", long))
    assert len(next(iter(table.rows()))[1][8]) == 300_000
    assert problems == []
