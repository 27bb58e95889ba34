import pytest

from counterlink.errors import InvalidInput
from counterlink.ingest.text import approach_from_text


def test_pasted_text_is_one_persona_message_with_a_stable_id() -> None:
    a = approach_from_text("  Dear Dr Lee, my client pays well.  ")
    b = approach_from_text("  Dear Dr Lee, my client pays well.  ")
    assert a.id == b.id and a.id.startswith("text:")
    assert [(m.sender, m.text) for m in a.messages] == [
        ("persona", "Dear Dr Lee, my client pays well.")
    ]


def test_empty_text_is_refused() -> None:
    with pytest.raises(InvalidInput, match="empty text"):
        approach_from_text(" \n ")
