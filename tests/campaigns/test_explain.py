"""`counterlink campaigns FILE --explain A B`: what two approaches share, how each value was
weighed and why, and why they were or were not linked (directly or through others)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from counterlink.cli import app
from tests.campaigns.helpers import make

runner = CliRunner()


def write(tmp_path: Path) -> Path:
    approaches = [
        # a and b: one handle; b and c: one unusual domain; so a reaches c through b.
        make("a", name="Vivian Zhou", contacts={"handles": {"wechat": "gip_vz88"}}),
        make(
            "b",
            name="Kevin Tan",
            contacts={"handles": {"wechat": "gip_vz88"}, "emails": ["k.tan@sino-euro-forum.org"]},
        ),
        make("c", name="Lily Wu", contacts={"emails": ["hr@sino-euro-forum.org"]}),
        # d and e: a big employer, webmail and a common name: generic.
        make("d", name="David Chen", company="Google", contacts={"emails": ["dc1@gmail.com"]}),
        make("e", name="David Chen", company="Google LLC", contacts={"emails": ["dc2@gmail.com"]}),
    ]
    path = tmp_path / "reports.jsonl"
    path.write_text("\n".join(json.dumps(a.to_json_dict()) for a in approaches) + "\n")
    return path


def explain(path: Path, a: str, b: str) -> dict:  # type: ignore[type-arg]
    result = runner.invoke(app, ["campaigns", str(path), "--explain", a, b, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_a_direct_link_names_what_carried_it(tmp_path: Path) -> None:
    told = explain(write(tmp_path), "a", "b")
    assert told["linked"] and told["found_by_linker"]
    (handle,) = [e for e in told["shared"] if e["kind"] == "handle"]
    assert handle["value"] == "wechat:gip_vz88" and handle["weight"] == 1.0 and handle["counted"]
    assert "not generic" in handle["why"]
    assert told["same_campaign"] and told["verdict"].startswith("linked: handle 1.00")


def test_a_pair_joined_through_another_shows_the_chain(tmp_path: Path) -> None:
    told = explain(write(tmp_path), "a", "c")
    assert not told["linked"] and told["shared"] == []
    assert told["path"] == ["a", "b", "c"]
    assert "through a → b → c" in told["verdict"]


def test_generic_values_say_why_they_counted_nothing(tmp_path: Path) -> None:
    told = explain(write(tmp_path), "d", "e")
    assert not told["linked"] and told["same_campaign"] is None
    (firm,) = [e for e in told["shared"] if e["kind"] == "firm"]
    assert firm["value"] == "google" and firm["weight"] == 0 and "generic" in firm["why"]
    assert firm["background_people"] > 100
    assert {
        "kind": "email_domain",
        "value": "gmail.com",
        "why": "free webmail: millions write from it",
    } in told["not_indicators"]
    assert "below 1.0" in told["verdict"]


def test_the_table_for_people_and_an_unknown_id_is_a_clear_error(tmp_path: Path) -> None:
    path = write(tmp_path)
    shown = runner.invoke(app, ["campaigns", str(path), "--explain", "d", "e"])
    assert shown.exit_code == 0 and "generic, counts nothing" in shown.output
    missing = runner.invoke(app, ["campaigns", str(path), "--explain", "a", "zz"])
    assert missing.exit_code == 2 and "no approach with the id 'zz'" in missing.output
