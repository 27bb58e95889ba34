"""The public entry points: zip or folder, file discovery, skipped files, fatal errors."""

from __future__ import annotations

import gc
import zipfile
from pathlib import Path

import pytest

from counterlink.errors import InvalidArchive, InvalidInput
from counterlink.ingest.linkedin import count_message_rows, is_linkedin_export, read_export

from .samples import INVITATIONS_7, MESSAGES_13, OWNER, OWNER_URL, PROFILE, line, message

BO = "https://www.linkedin.com/in/bo-li-77"
MESSAGES = MESSAGES_13 + message("c1", "Bo Li", BO, "2023-06-11 08:00:00 UTC", "Hi")
INVITATIONS = INVITATIONS_7 + line(
    "Bo Li", OWNER, "1/29/26, 2:37 PM", "Let's talk", "INCOMING", BO, OWNER_URL
)


def _zip(path: Path, members: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return path


def test_zip_and_folder_read_the_same(tmp_path: Path) -> None:
    members = {
        "messages.csv": MESSAGES,
        "Invitations.csv": INVITATIONS,
        "Profile.csv": PROFILE,
        "Skills.csv": "Name\nQuantum Computing\n",
        "Articles/Articles/x.html": "<p>post</p>",
        "Jobs/Job Applications.csv": "Application Date\n",
    }
    archive = _zip(tmp_path / "Basic_LinkedInDataExport_11-28-2026.zip", members)
    folder = tmp_path / "unpacked"
    for name, text in members.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text)
    from_zip, from_folder = read_export(archive), read_export(folder)
    assert [a.to_json_dict() for a in from_zip.approaches] == [
        a.to_json_dict() for a in from_folder.approaches
    ]
    assert [a.id for a in from_zip.approaches] == [
        "linkedin:conversation:c1",
        "linkedin:invitation:2",
    ]
    assert from_zip.files_read == ["Profile.csv", "Invitations.csv", "messages.csv"]
    assert sorted(from_zip.files_skipped) == sorted(from_folder.files_skipped)
    assert sorted(from_zip.files_skipped) == [
        "Articles/Articles/x.html",
        "Jobs/Job Applications.csv",
        "Skills.csv",
    ]


def test_export_one_level_down_and_any_case(tmp_path: Path) -> None:
    archive = _zip(
        tmp_path / "e.zip",
        {"Complete_LinkedInDataExport/MESSAGES.CSV": MESSAGES, "README.txt": "hello"},
    )
    assert is_linkedin_export(archive)
    export = read_export(archive)
    assert export.files_read == ["MESSAGES.CSV"]
    assert export.files_skipped == ["README.txt"]
    assert export.approaches[0].source == "LinkedIn export: MESSAGES.CSV"

    folder = tmp_path / "outer" / "inner"
    folder.mkdir(parents=True)
    (folder / "invitations.csv").write_text(INVITATIONS)
    assert is_linkedin_export(tmp_path / "outer")
    assert len(read_export(tmp_path / "outer").approaches) == 1


def test_unsafe_zip_members_are_skipped_and_listed(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "e.zip", {"messages.csv": MESSAGES, "../../etc/cron.d/x": "boom"})
    export = read_export(archive)
    assert "../../etc/cron.d/x" in export.files_skipped
    assert len(export.approaches) == 1


def test_is_linkedin_export_never_raises(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hi")
    (tmp_path / "fake.zip").write_bytes(b"PK\x03\x04 not really")
    (tmp_path / "empty").mkdir()
    deep = tmp_path / "deep" / "a" / "b"
    deep.mkdir(parents=True)
    (deep / "messages.csv").write_text(MESSAGES)
    for path in ["notes.txt", "fake.zip", "empty", "missing", "deep"]:
        assert not is_linkedin_export(tmp_path / path)
    assert not is_linkedin_export(_zip(tmp_path / "other.zip", {"data.csv": "a\n"}))


def test_no_messages_nor_invitations_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "Connections.csv").write_text("First Name\n")
    with pytest.raises(InvalidInput) as caught:
        read_export(tmp_path)
    assert caught.value.file == str(tmp_path)
    assert "messages.csv" in caught.value.message


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as caught:
        read_export(tmp_path / "nope.zip")
    assert caught.value.file == str(tmp_path / "nope.zip")


def test_not_a_zip_is_an_invalid_archive(tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    path.write_text("not a zip")
    with pytest.raises(InvalidArchive) as caught:
        read_export(path)
    assert caught.value.file == str(path)


def test_empty_messages_file_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "messages.csv").write_text("")
    with pytest.raises(InvalidInput) as caught:
        read_export(tmp_path)
    assert (caught.value.file, caught.value.line) == (str(tmp_path / "messages.csv"), 1)


def test_messages_missing_a_required_column_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "messages.csv").write_text(MESSAGES.replace('"CONTENT"', '"BODY"'))
    with pytest.raises(InvalidInput) as caught:
        read_export(tmp_path)
    error = caught.value
    assert (error.file, error.line, error.field) == (str(tmp_path / "messages.csv"), 1, "CONTENT")


def test_invitations_missing_a_required_column_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "Invitations.csv").write_text("From,To,Sent At,Message\nBo,Ada,,\n")
    with pytest.raises(InvalidInput) as caught:
        read_export(tmp_path)
    error = caught.value
    assert (error.file, error.line, error.field) == (
        str(tmp_path / "Invitations.csv"),
        1,
        "Direction",
    )


def test_partly_unreadable_export_never_looks_clean(tmp_path: Path) -> None:
    data = MESSAGES.encode() + message("c2", "Bo Li", BO, "2023-06-12 08:00:00 UTC", "x").encode()
    (tmp_path / "messages.csv").write_bytes(data.replace(b'"x"', b'"caf\xe9"') + b'"c3","x"\n')
    export = read_export(tmp_path)
    assert [(p.row, p.field, p.lost) for p in export.problems] == [
        (3, "CONTENT", False),
        (4, None, True),
    ]
    assert export.rows_lost == 1
    assert export.rows_read == 2


def test_count_message_rows(tmp_path: Path) -> None:
    (tmp_path / "messages.csv").write_text(MESSAGES + MESSAGES.split("\n", 1)[1])
    assert count_message_rows(tmp_path) == 2
    assert count_message_rows(tmp_path / "x.zip") is None
    assert count_message_rows(tmp_path / "missing") is None


def test_the_garbage_collector_state_is_restored(tmp_path: Path) -> None:
    (tmp_path / "messages.csv").write_text(MESSAGES)
    read_export(tmp_path)
    assert gc.isenabled()
    gc.disable()
    try:
        read_export(tmp_path)
        assert not gc.isenabled()
    finally:
        gc.enable()
