"""Pairwise precision, recall, F1 and ARI against hand-computed values (degenerate cases too),
the two baselines, and `counterlink eval-campaigns`."""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path
from typing import Any

import pytest
import typer
from sklearn.metrics import adjusted_rand_score
from typer.testing import CliRunner

from counterlink.campaigns.quality import (
    by_any_shared_contact,
    by_exact_name,
    connected_by_values,
    contact_values,
    grouped_by_key,
    name_key,
    pairwise_scores,
    truth_of,
)
from counterlink.cli.synth import register
from counterlink.schema import APPROACH_SCHEMA, Approach
from counterlink.synth import generate

# Seven approaches: a, b, c in campaign X; d, e in campaign Y; f and g in none.
TRUTH: dict[str, str | None] = {
    "a": "X",
    "b": "X",
    "c": "X",
    "d": "Y",
    "e": "Y",
    "f": None,
    "g": None,
}
# True pairs: X holds C(3,2) = 3 (ab, ac, bc), Y holds 1 (de): 4 in all. n = 7, C(7,2) = 21.


def close(scores: dict[str, Any], **expected: float) -> None:
    for key, value in expected.items():
        assert scores[key] == pytest.approx(value), key


def test_hand_computed_example() -> None:
    # Predicted {a,b}, {c,d,e}, {f,g}: pairs ab | cd, ce, de | fg = 5; correct: ab and de = 2.
    scores = pairwise_scores(TRUTH, [{"a", "b"}, {"c", "d", "e"}, {"f", "g"}])
    assert scores["true_pairs"] == 4
    assert scores["predicted_pairs"] == 5
    assert scores["true_positive_pairs"] == 2
    assert scores["true_campaigns"] == 2 and scores["predicted_campaigns"] == 3
    # precision 2/5, recall 2/4, F1 = 2·0.4·0.5 / 0.9 = 4/9.
    # ARI: sum over cells C(n_ij,2) = 2; rows a = 4; columns b = 5; expected = a·b/21 = 20/21;
    # maximum = (a+b)/2 = 9/2; ARI = (2 - 20/21) / (9/2 - 20/21) = (22/21) / (149/42) = 44/149.
    close(scores, precision=0.4, recall=0.5, f1=4 / 9, ari=44 / 149)


def test_no_campaign_predicted() -> None:
    # No predicted pair: precision is 1.0 by convention (no wrong link), recall 0, F1 0.
    # ARI: every index is 0 and so is the expectation (b = 0): (0 - 0) / (4/2 - 0) = 0.
    scores = pairwise_scores(TRUTH, [])
    assert scores["predicted_pairs"] == scores["true_positive_pairs"] == 0
    close(scores, precision=1.0, recall=0.0, f1=0.0, ari=0.0)
    # Singleton predictions and ids left out are the same thing.
    assert pairwise_scores(TRUTH, [{"a"}, {"f"}]) == scores


def test_everything_in_one_campaign() -> None:
    # All 21 pairs predicted, the 4 true ones among them: precision 4/21, recall 1,
    # F1 = 2·(4/21) / (1 + 4/21) = 8/25. ARI: expected = 4·21/21 = 4 = the index: 0.
    scores = pairwise_scores(TRUTH, [set(TRUTH)])
    assert scores["predicted_pairs"] == 21 and scores["true_positive_pairs"] == 4
    close(scores, precision=4 / 21, recall=1.0, f1=8 / 25, ari=0.0)


def test_perfect_prediction() -> None:
    scores = pairwise_scores(TRUTH, [["c", "b", "a"], ("e", "d")])
    close(scores, precision=1.0, recall=1.0, f1=1.0, ari=1.0)


def test_no_campaigns_at_all() -> None:
    # Nothing to find and nothing found: nothing wrong, nothing missed.
    truth: dict[str, str | None] = {"a": None, "b": None, "c": None}
    close(pairwise_scores(truth, []), precision=1.0, recall=1.0, f1=1.0, ari=1.0)
    # Nothing to find, one false pair: precision 0, recall 1 by convention, F1 0.
    close(pairwise_scores(truth, [{"a", "b"}]), precision=0.0, recall=1.0, f1=0.0)


def test_null_truth_members_are_singletons() -> None:
    # {f, g} predicted together: their pair is wrong, as both have a null truth.
    scores = pairwise_scores(TRUTH, [{"a", "b", "c"}, {"d", "e"}, {"f", "g"}])
    assert scores["predicted_pairs"] == 5 and scores["true_positive_pairs"] == 4
    close(scores, precision=0.8, recall=1.0)


def test_bad_predictions_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown id 'z'"):
        pairwise_scores(TRUTH, [{"a", "z"}])
    with pytest.raises(ValueError, match="'a' is in predicted campaigns 0 and 1"):
        pairwise_scores(TRUTH, [{"a", "b"}, {"a", "c"}])


def test_counts_match_brute_force_on_random_partitions() -> None:
    rng = random.Random(5)
    ids = [f"r{i}" for i in range(300)]
    truth = {i: rng.choice(["A", "B", "C", "D", None, None]) for i in ids}
    groups: dict[int, list[str]] = {}
    for i in ids:
        if rng.random() < 0.8:
            groups.setdefault(rng.randrange(12), []).append(i)
    predicted = list(groups.values())
    where = {m: g for g, members in enumerate(predicted) for m in members}
    true_pairs = predicted_pairs = hits = 0
    for x, y in itertools.combinations(ids, 2):
        same_truth = truth[x] is not None and truth[x] == truth[y]
        same_prediction = x in where and where.get(x) == where.get(y)
        true_pairs += same_truth
        predicted_pairs += same_prediction
        hits += same_truth and same_prediction
    scores = pairwise_scores(truth, predicted)
    assert (scores["true_pairs"], scores["predicted_pairs"], scores["true_positive_pairs"]) == (
        true_pairs,
        predicted_pairs,
        hits,
    )
    labels_true = [truth[i] or f"single-{i}" for i in ids]
    labels_predicted = [str(where[i]) if i in where else f"single-{i}" for i in ids]
    assert scores["ari"] == pytest.approx(adjusted_rand_score(labels_true, labels_predicted))


# --- baselines --------------------------------------------------------------------------------


def approach(rid: str, name: str | None = None, **contacts: Any) -> Approach:
    return Approach.model_validate(
        {
            "schema": APPROACH_SCHEMA,
            "id": rid,
            "messages": [],
            "persona": {"name": name, "contacts": contacts or None},
            "annotations": {"campaign": None},
        }
    )


def test_exact_name_baseline() -> None:
    found = by_exact_name(
        [
            approach("1", "David Chen"),
            approach("2", "david  chen "),
            approach("3", "D. Chen"),
            approach("4"),
            approach("5"),
        ]
    )
    assert found == [["1", "2"]]
    assert name_key(approach("x", "  Vivian ZHOU")) == "vivian zhou"
    assert grouped_by_key([("a", "k"), ("b", None), ("c", "k"), ("d", "j")]) == [["a", "c"]]


def test_shared_contact_baseline_links_through_generic_values() -> None:
    items = [
        approach("1", emails=["ann@gmail.com"]),
        approach("2", emails=["bob@gmail.com"], phones=["+86 138 0013 8000"]),
        approach("3", phones=["+86 138 0013 8000 "]),
        approach("4", handles={"WeChat": "Vivian_88"}),
        approach("5", handles={"wechat": "vivian_88"}, websites=["https://x.example"]),
        approach("6", phones=["+8613800138000"]),  # written differently: not identical
    ]
    found = sorted(sorted(group) for group in by_any_shared_contact(items))
    assert found == [["1", "2", "3"], ["4", "5"]]
    assert contact_values(items[1]) == {"domain:gmail.com", "phone:+86 138 0013 8000"}
    assert connected_by_values([("a", ["x"]), ("b", ["y"]), ("c", ["y", "x"]), ("d", [])]) == [
        ["a", "b", "c"]
    ]


def test_truth_of() -> None:
    items = [approach("1"), approach("2")]
    items[1].annotations = {"campaign": "c9"}
    assert truth_of(items) == {"1": None, "2": "c9"}
    with pytest.raises(ValueError, match="repeats the id '1'"):
        truth_of([approach("1"), approach("1")])


# --- the command ----------------------------------------------------------------------------

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    app = typer.Typer()
    register(app)
    app.callback()(lambda: None)
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def write(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


@pytest.fixture(scope="module")
def synth_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("eval")
    return write(folder / "synth.jsonl", list(generate(1500, 20, 4)))


def test_eval_campaigns_json(synth_file: Path) -> None:
    code, out, err = run("eval-campaigns", str(synth_file), "--json")
    assert code == 0, err
    report = json.loads(out)
    truth = truth_of(Approach.model_validate(json.loads(line)) for line in synth_file.open())
    assert report["approaches"] == 1500 and report["true_campaigns"] == 20
    assert report["campaign_members"] == sum(1 for c in truth.values() if c)
    assert set(report["methods"]) == {"linker", "exact_name", "any_shared_contact"}
    for scores in report["methods"].values():
        for key in ("precision", "recall", "f1", "ari"):
            assert -1.0 <= scores[key] <= 1.0
        assert scores["true_pairs"] == report["true_pairs"]
    # Generic values (gmail.com, big employers' domains) chain unrelated approaches together.
    shared = report["methods"]["any_shared_contact"]
    assert shared["precision"] < 0.2 and shared["predicted_pairs"] > 10 * report["true_pairs"]
    assert report["methods"]["linker"]["seconds"] >= 0


def test_eval_campaigns_table(synth_file: Path) -> None:
    code, out, _ = run("eval-campaigns", str(synth_file))
    assert code == 0
    assert "1,500 approaches, 20 true campaigns" in out
    for label in ("linker", "same name", "shared contact", "precision", "F1", "ARI"):
        assert label in out


def test_eval_campaigns_passes_judgements_to_the_linker(synth_file: Path, tmp_path: Path) -> None:
    rows = [json.loads(line) for line in synth_file.open()]
    background = [r["id"] for r in rows if r["annotations"]["campaign"] is None][:2]
    decisions = tmp_path / "judgements.jsonl"
    decisions.write_text(json.dumps({"action": "merge", "members": background}) + "\n", "utf-8")
    code, out, err = run("eval-campaigns", str(synth_file), "--json")
    assert code == 0, err
    before = json.loads(out)["methods"]["linker"]
    code, out, err = run(
        "eval-campaigns", str(synth_file), "--judgements", str(decisions), "--json"
    )
    assert code == 0, err
    after = json.loads(out)["methods"]
    # Two unrelated approaches merged by an analyst: one more (wrong) pair at least.
    assert after["linker"]["predicted_pairs"] > before["predicted_pairs"]
    assert after["linker"]["true_positive_pairs"] == before["true_positive_pairs"]
    assert (
        after["exact_name"]["predicted_pairs"]
        == json.loads(out)["methods"]["exact_name"]["predicted_pairs"]
    )


def test_eval_campaigns_errors(tmp_path: Path) -> None:
    rows = list(generate(50, 2, 1))
    for row in rows:
        row["annotations"].pop("campaign")
    code, _, err = run("eval-campaigns", str(write(tmp_path / "plain.jsonl", rows)))
    assert code == 2 and "no ground truth" in err
    rows = list(generate(50, 2, 1))
    del rows[3]["id"]
    code, _, err = run("eval-campaigns", str(write(tmp_path / "noid.jsonl", rows)))
    assert code == 2 and "noid.jsonl:4: field 'id'" in err
    rows = list(generate(50, 2, 1))
    rows[5]["id"] = rows[2]["id"]
    code, _, err = run("eval-campaigns", str(write(tmp_path / "dup.jsonl", rows)))
    assert code == 2 and "dup.jsonl:6: field 'id': repeated id" in err
    code, _, err = run("eval-campaigns", str(tmp_path / "missing.jsonl"))
    assert code == 2 and "no such file" in err
    (tmp_path / "bad.jsonl").write_text('{"schema": "counterlink.approach/1"}\n', "utf-8")
    code, _, err = run("eval-campaigns", str(tmp_path / "bad.jsonl"))
    assert code == 2 and "bad.jsonl:1: field 'messages'" in err
