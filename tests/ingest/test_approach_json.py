"""approach/1 as an object, an array or JSON Lines; every bad input names file, line and field."""

import json
from pathlib import Path

import pytest

from counterlink.errors import InvalidInput
from counterlink.ingest import read_path
from counterlink.ingest.approach_json import parse_approach_text, read_approach_file

GOOD = {
    "schema": "counterlink.approach/1",
    "id": "a1",
    "messages": [{"sender": "persona", "text": "Hello"}],
}


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_one_object_an_array_and_json_lines(tmp_path: Path) -> None:
    second = {**GOOD, "id": "a2"}
    one = read_approach_file(write(tmp_path, "one.json", json.dumps(GOOD, indent=2)))
    array = read_approach_file(write(tmp_path, "arr.json", json.dumps([GOOD, second])))
    lines = read_approach_file(
        write(tmp_path, "l.jsonl", json.dumps(GOOD) + "\n\n" + json.dumps(second) + "\n")
    )
    assert [a.id for a in one] == ["a1"]
    assert [a.id for a in array] == ["a1", "a2"]
    assert [a.id for a in lines] == ["a1", "a2"]


def test_bom_and_crlf_are_tolerated(tmp_path: Path) -> None:
    content = ("\ufeff" + json.dumps(GOOD) + "\r\n" + json.dumps(GOOD) + "\r\n").encode()
    assert len(read_approach_file(write(tmp_path, "bom.jsonl", content))) == 2


def test_malformed_json_lines_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.jsonl", json.dumps(GOOD) + "\n" + json.dumps(GOOD) + "\n{oops\n")
    with pytest.raises(InvalidInput) as info:
        read_approach_file(path)
    assert info.value.line == 3
    assert str(info.value).startswith(f"{path}:3: ")


def test_malformed_single_document_names_its_line(tmp_path: Path) -> None:
    path = write(
        tmp_path, "bad.json", '{\n  "schema": "counterlink.approach/1",\n  "messages": [,]\n}'
    )
    with pytest.raises(InvalidInput) as info:
        read_approach_file(path)
    assert info.value.line == 3


def test_unknown_schema_version(tmp_path: Path) -> None:
    path = write(tmp_path, "v2.jsonl", json.dumps({**GOOD, "schema": "counterlink.approach/2"}))
    with pytest.raises(InvalidInput) as info:
        read_approach_file(path)
    assert info.value.field == "schema"
    assert "counterlink.approach/2" in str(info.value)


def test_missing_schema(tmp_path: Path) -> None:
    record = {k: v for k, v in GOOD.items() if k != "schema"}
    with pytest.raises(InvalidInput, match="missing 'schema'"):
        read_approach_file(write(tmp_path, "x.json", json.dumps(record)))


def test_messages_not_a_list(tmp_path: Path) -> None:
    path = write(
        tmp_path, "m.jsonl", json.dumps(GOOD) + "\n" + json.dumps({**GOOD, "messages": "hi"})
    )
    with pytest.raises(InvalidInput) as info:
        read_approach_file(path)
    assert (info.value.line, info.value.field) == (2, "messages")


def test_bad_nested_field_is_named_by_path(tmp_path: Path) -> None:
    record = {
        **GOOD,
        "messages": [{"sender": "persona", "text": "a"}, {"sender": "bot", "text": "b"}],
    }
    with pytest.raises(InvalidInput) as info:
        read_approach_file(write(tmp_path, "s.json", json.dumps(record)))
    assert info.value.field == "messages[1].sender"


def test_not_an_object(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="expected an approach/1 object"):
        read_approach_file(write(tmp_path, "n.json", "[1, 2]"))


@pytest.mark.parametrize("content", ["", "   \n\n"])
def test_empty_input(tmp_path: Path, content: str) -> None:
    with pytest.raises(InvalidInput, match="empty input"):
        read_approach_file(write(tmp_path, "e.json", content))


def test_undecodable_bytes_are_refused_with_their_line(tmp_path: Path) -> None:
    content = json.dumps(GOOD).encode() + b"\n" + b'{"schema": "\xff\xfe"}\n'
    with pytest.raises(InvalidInput) as info:
        read_approach_file(write(tmp_path, "latin.jsonl", content))
    assert info.value.line == 2 and "UTF-8" in str(info.value)


def test_missing_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="no such file"):
        read_path(tmp_path / "nope.jsonl")


def test_a_plain_folder_is_not_an_export(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="not a LinkedIn data export"):
        read_path(tmp_path)


def test_label_and_annotations_are_read_but_kept_aside() -> None:
    [approach] = parse_approach_text(
        json.dumps({**GOOD, "label": "benign", "annotations": {"k": 1}})
    )
    assert approach.label == "benign" and approach.annotations == {"k": 1}
