"""Analyst judgements survive every recomputation: merge, split, exclude."""

from __future__ import annotations

import pytest

from counterlink.campaigns import find_campaigns
from counterlink.errors import InvalidInput
from tests.campaigns.helpers import make


def chain() -> list:
    # a-b share a handle, b-c share a phone, d is alone.
    return [
        make("a", name="A A", contacts={"handles": {"wechat": "h1"}}),
        make("b", name="B B", contacts={"handles": {"wechat": "h1"}, "phones": ["+8613800138000"]}),
        make("c", name="C C", contacts={"phones": ["+8613800138000"]}),
        make("d", name="D D"),
    ]


def groups(judgements: list[dict]) -> list[set[str]]:
    result = find_campaigns(chain(), judgements)
    return sorted((set(c.members) for c in result.campaigns), key=sorted)


def test_without_judgements_the_chain_is_one_campaign() -> None:
    assert groups([]) == [{"a", "b", "c"}]


def test_split_keeps_groups_apart_even_through_other_members() -> None:
    assert groups([{"action": "split", "groups": [["a"], ["c"]]}]) == [{"a", "b"}]
    # b joins whichever side its strongest link reaches first; a and c never meet.
    result = groups([{"action": "split", "groups": [["a", "b"], ["c"]]}])
    assert result == [{"a", "b"}]


def test_merge_joins_what_shares_nothing() -> None:
    assert groups([{"action": "merge", "members": ["c", "d"]}]) == [{"a", "b", "c", "d"}]
    assert groups([{"action": "confirm", "members": ["a", "d"]}]) == [{"a", "b", "c", "d"}]


def test_exclude_removes_a_member_and_its_links() -> None:
    assert groups([{"action": "exclude", "members": ["b"]}]) == []
    assert groups([{"action": "exclude", "members": ["c"]}]) == [{"a", "b"}]


def test_judgements_on_unknown_ids_are_harmless() -> None:
    assert groups([{"action": "merge", "members": ["zz", "a"]}]) == [{"a", "b", "c"}]


@pytest.mark.parametrize(
    ("judgement", "field"),
    [
        ({"action": "dissolve", "members": ["a"]}, "action"),
        ({"action": "merge"}, "members"),
        ({"action": "split", "groups": [["a"]]}, "groups"),
        ({"action": "exclude", "members": "a"}, "members"),
    ],
)
def test_bad_judgements_are_refused_naming_the_field(judgement: dict, field: str) -> None:
    with pytest.raises(InvalidInput) as info:
        find_campaigns(chain(), [judgement])
    assert info.value.field == field
