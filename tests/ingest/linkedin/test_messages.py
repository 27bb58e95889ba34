"""messages.csv → one approach per conversation where someone other than the owner wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from counterlink.ingest.linkedin import LinkedInExport, RowProblem, read_export
from counterlink.schema import APPROACH_SCHEMA, Approach

from .samples import (
    MESSAGES_9,
    MESSAGES_10,
    MESSAGES_13,
    OWNER,
    OWNER_URL,
    POSITIONS,
    PROFILE,
    line,
    message,
    reply,
    write_export,
)

BO = "https://www.linkedin.com/in/bo-li-77"
CY = "https://www.linkedin.com/in/cy-ng"


def _read(tmp_path: Path, messages: str, **files: str) -> LinkedInExport:
    folder = write_export(
        tmp_path / "export",
        {"Profile.csv": PROFILE, "Positions.csv": POSITIONS, "messages.csv": messages, **files},
    )
    return read_export(folder)


def _by_id(export: LinkedInExport) -> dict[str, Approach]:
    return {a.id or "": a for a in export.approaches}


def test_a_conversation_becomes_an_approach(tmp_path: Path) -> None:
    # Exports list the newest message first; the approach lists them in time order.
    text = MESSAGES_13 + (
        reply("c1", "2023-06-12 09:00:00 UTC", "Who is the client?", to="Bo Li", recipients=BO)
        + message("c1", "Bo Li", BO, "2023-06-11 15:33:58 UTC", "Hello!", subject="Opportunity")
    )
    export = _read(tmp_path, text)
    (approach,) = export.approaches
    assert approach.to_json_dict() == {
        "schema": APPROACH_SCHEMA,
        "id": "linkedin:conversation:c1",
        "source": "LinkedIn export: messages.csv",
        "channel": "linkedin",
        "received_at": "2023-06-11T15:33:58+00:00",
        "persona": {"name": "Bo Li", "url": BO},
        "target": {"name": OWNER, "organisation": "Qubit Co", "role": "Research Scientist"},
        "messages": [
            {
                "sender": "persona",
                "sent_at": "2023-06-11T15:33:58+00:00",
                "text": "Opportunity\nHello!",
            },
            {
                "sender": "target",
                "sent_at": "2023-06-12T09:00:00+00:00",
                "text": "Who is the client?",
            },
        ],
        "linkedin": {
            "kind": "conversation",
            "conversation_id": "c1",
            "folder": "INBOX",
            "conversation_title": None,
            "sponsored": False,
            "participants": [{"name": "Bo Li", "url": BO}, {"name": OWNER, "url": OWNER_URL}],
        },
    }
    assert export.owner.url == OWNER_URL
    assert export.problems == []
    assert export.rows_read == 2 + 1 + 2  # messages, profile, positions


def test_received_at_is_the_first_message_not_by_the_owner(tmp_path: Path) -> None:
    text = MESSAGES_13 + (
        message("c1", "Bo Li", BO, "2023-06-12 10:00:00 UTC", "Hi Ada")
        + reply("c1", "2023-06-11 08:00:00 UTC", "Hello Bo", to="Bo Li", recipients=BO)
    )
    (approach,) = _read(tmp_path, text).approaches
    assert approach.received_at == "2023-06-12T10:00:00+00:00"
    assert [m.sender for m in approach.messages] == ["target", "persona"]


def test_conversations_only_the_owner_wrote_are_skipped(tmp_path: Path) -> None:
    text = MESSAGES_13 + reply("c1", "2023-06-11 08:00:00 UTC", "Hi", to="Bo Li", recipients=BO)
    export = _read(tmp_path, text)
    assert export.approaches == []
    assert export.rows_read == 4


def test_drafts_are_not_messages(tmp_path: Path) -> None:
    text = MESSAGES_13 + (
        message("c1", "Bo Li", BO, "2023-06-11 08:00:00 UTC", "Hi")
        + message("c1", OWNER, OWNER_URL, "2023-06-11 09:00:00 UTC", "Half-writ", draft="Yes")
    )
    (approach,) = _read(tmp_path, text).approaches
    assert [m.text for m in approach.messages] == ["Hi"]


def test_spam_folder_is_kept(tmp_path: Path) -> None:
    text = MESSAGES_13 + message("c1", "Bo Li", BO, "2023-06-11 08:00:00 UTC", "$$$", folder="SPAM")
    (approach,) = _read(tmp_path, text).approaches
    assert approach.model_extra is not None
    assert approach.model_extra["linkedin"]["folder"] == "SPAM"


def test_sponsored_inmail_from_linkedin_member(tmp_path: Path) -> None:
    html = (
        '<p class="spinmail-quill-editor__spin-break">Hi %FIRSTNAME%,</p>'
        '<p class="spinmail-quill-editor__spin-break">Join our webinar &amp; learn more.</p>'
    )
    text = MESSAGES_13 + message(
        "c1", "LinkedIn Member", "", "2023-06-11 08:00:00 UTC", html, subject="Ada, grow"
    )
    (approach,) = _read(tmp_path, text).approaches
    assert approach.persona is not None
    assert approach.persona.name == "LinkedIn Member" and approach.persona.url is None
    assert (
        approach.messages[0].text == "Ada, grow\nHi %FIRSTNAME%,\n\nJoin our webinar & learn more."
    )
    assert approach.model_extra is not None
    assert approach.model_extra["linkedin"]["sponsored"] is True


def test_mojibake_in_from_is_repaired_with_a_warning(tmp_path: Path) -> None:
    text = MESSAGES_13 + (
        message("c1", "RenÃ© LefÃ¨vre", BO, "2023-06-11 08:00:00 UTC", "Bonjour")
        + message("c1", "RenÃ© LefÃ¨vre", BO, "2023-06-11 09:00:00 UTC", "Ça va ?")
    )
    export = _read(tmp_path, text)
    assert export.approaches[0].persona is not None
    assert export.approaches[0].persona.name == "René Lefèvre"
    (problem,) = export.problems
    assert (problem.file, problem.row, problem.field, problem.lost) == (
        "messages.csv",
        2,
        "FROM",
        False,
    )
    assert "1 later rows" in problem.message
    assert export.rows_lost == 0


@pytest.mark.parametrize("separator", [";", ","])
def test_group_conversation(tmp_path: Path, separator: str) -> None:
    everyone = separator.join([OWNER_URL, CY])
    text = MESSAGES_13 + (
        message("g1", "Bo Li", BO, "2023-06-11 08:00:00 UTC", "Welcome", to=f"{OWNER}, Cy Ng",
                recipients=everyone, title="Fridge B")
        + message("g1", "Cy Ng", CY, "2023-06-11 08:05:00 UTC", "Thanks", to=f"Bo Li, {OWNER}",
                  recipients=separator.join([BO, OWNER_URL]), title="Fridge B")
        + reply("g1", "2023-06-11 08:10:00 UTC", "Hi both", to="Bo Li, Cy Ng",
                recipients=separator.join([BO, CY]))
    )  # fmt: skip
    (approach,) = _read(tmp_path, text).approaches
    assert [(m.sender, (m.model_extra or {}).get("author")) for m in approach.messages] == [
        ("persona", None),
        ("persona", "Cy Ng"),
        ("target", None),
    ]
    assert approach.persona is not None and approach.persona.name == "Bo Li"
    extra = approach.model_extra or {}
    assert extra["linkedin"]["conversation_title"] == "Fridge B"
    assert extra["linkedin"]["participants"] == [
        {"name": "Bo Li", "url": BO},
        {"name": "Cy Ng", "url": CY},
        {"name": OWNER, "url": OWNER_URL},
    ]


def test_to_names_with_commas_are_not_split(tmp_path: Path) -> None:
    text = MESSAGES_13 + (
        message("c1", "Bo Li", BO, "2023-06-11 08:00:00 UTC", "Hi", to="Quinn, Ada, PhD")
        + message("c2", "Bo Li", BO, "2023-06-11 08:00:00 UTC", "Hi all",
                  to="Ng, Cy, Quinn, Ada, PhD", recipients=f"{CY},{OWNER_URL}")
    )  # fmt: skip
    first, second = _read(tmp_path, text).approaches
    assert (first.model_extra or {})["linkedin"]["participants"][1] == {
        "name": "Quinn, Ada, PhD",
        "url": OWNER_URL,
    }
    # Two URLs but five comma-separated parts: no name is guessed for Cy.
    assert (second.model_extra or {})["linkedin"]["participants"][1:] == [
        {"name": None, "url": CY},
        {"name": None, "url": OWNER_URL},
    ]


def test_older_10_and_9_column_headers(tmp_path: Path) -> None:
    ten = MESSAGES_10 + line(
        "c1", "", "Bo Li", BO, OWNER, OWNER_URL, "2022-01-05 10:00:00 UTC", "", "Hi", "INBOX",
        quote_all=False,
    ) + line(
        "c1", "", OWNER, OWNER_URL, "Bo Li", BO, "2022-01-05 11:00:00 UTC", "", "Hey", "INBOX",
        quote_all=False,
    )  # fmt: skip
    (approach,) = _read(tmp_path / "ten", ten).approaches
    assert [m.sender for m in approach.messages] == ["persona", "target"]

    nine = (
        MESSAGES_9
        + "c1,,Bo Li,https://www.linkedin.com/in/bo-li-77,Ada Quinn,2021-01-05 10:00:00 UTC,,Hi,\n"
        + "c1,,Ada Quinn,,Bo Li,2021-01-05 11:00:00 UTC,,Hey,INBOX\n"
    )
    (approach,) = _read(tmp_path / "nine", nine).approaches
    assert [m.sender for m in approach.messages] == ["persona", "target"]
    assert approach.persona is not None and approach.persona.name == "Bo Li"


def test_crlf_export_with_bom(tmp_path: Path) -> None:
    text = MESSAGES_13 + message("c1", "Bo Li", BO, "2023-06-11 08:00:00 UTC", "one\ntwo")
    folder = write_export(
        tmp_path / "export",
        {"Profile.csv": PROFILE, "messages.csv": text},
        crlf=True,
        bom=("messages.csv", "Profile.csv"),
    )
    export = read_export(folder)
    assert export.approaches[0].messages[0].text == "one\ntwo"
    assert export.owner.name == OWNER
    assert export.problems == []


def test_owner_recognised_by_name_when_a_url_is_missing(tmp_path: Path) -> None:
    text = MESSAGES_13 + (
        message("c1", "Bo Li", BO, "2023-06-11 08:00:00 UTC", "Hi")
        + message("c1", OWNER, "", "2023-06-11 09:00:00 UTC", "Hello", to="Bo Li", recipients=BO)
    )
    (approach,) = _read(tmp_path, text).approaches
    assert [m.sender for m in approach.messages] == ["persona", "target"]


def test_a_namesake_of_the_owner_with_another_url_is_not_the_owner(tmp_path: Path) -> None:
    other = "https://www.linkedin.com/in/ada-quinn-impostor"
    text = MESSAGES_13 + (
        message("c1", OWNER, other, "2023-06-11 08:00:00 UTC", "I am also Ada")
        + reply("c2", "2023-06-11 09:00:00 UTC", "Hi", to="Bo Li", recipients=BO)
    )
    (approach,) = _read(tmp_path, text).approaches
    assert approach.persona is not None and approach.persona.url == other


def test_bad_rows_are_problems_and_reading_goes_on(tmp_path: Path) -> None:
    text = MESSAGES_13 + (
        message("c1", "Bo Li", BO, "2023-06-11 08:00:00 UTC", "first")  # line 2
        + line("c1", "", "Bo Li", BO)  # line 3: wrong width
        + message("", "Bo Li", BO, "2023-06-11 08:00:00 UTC", "no conversation")  # line 4
        + message("c1", "Bo Li", BO, "last Tuesday", "undated")  # line 5
    )
    export = _read(tmp_path, text)
    assert export.problems == [
        RowProblem("messages.csv", 3, None, "expected 13 fields, found 4", True),
        RowProblem("messages.csv", 4, "CONVERSATION ID", "empty conversation id", True),
        RowProblem("messages.csv", 5, "DATE", "unreadable date 'last Tuesday'", False),
    ]
    assert export.rows_lost == 2
    (approach,) = export.approaches
    assert [(m.text, m.sent_at) for m in approach.messages] == [
        ("first", "2023-06-11T08:00:00+00:00"),
        ("undated", None),
    ]


def test_progress_reports_every_thousand_rows(tmp_path: Path) -> None:
    rows = "".join(
        message(f"c{i % 50}", "Bo Li", BO, "2023-06-11 08:00:00 UTC", f"m{i}") for i in range(2500)
    )
    folder = write_export(tmp_path / "export", {"messages.csv": MESSAGES_13 + rows})
    calls: list[int] = []
    export = read_export(folder, progress=calls.append)
    assert calls == [1000, 1000, 500]
    assert len(export.approaches) == 50
