"""The Dask engine on a local cluster of two workers: the same campaigns as find_campaigns, the
same score files as the in-process engine, JSON Lines and Parquet alike, and errors that name
the line."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from distributed import LocalCluster  # after importorskip: Dask is optional

from counterlink.batch import dask_engine
from tests.batch.test_batch import (
    batch,
    corpus,
    expected_campaigns,
    in_process_error,
    write_jsonl,
    written_campaigns,
)


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A local cluster as a real one would be used: workers in their own processes, reached
    through the scheduler's address."""
    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        memory_limit="1GB",
        dashboard_address=":0",
        silence_logs=logging.CRITICAL,
    ) as cluster:
        yield str(cluster.scheduler_address)


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("dask") / "approaches.jsonl", corpus(400, seed=11))


def test_dask_finds_the_same_campaigns_as_find_campaigns(
    data: Path, scheduler: str, tmp_path: Path
) -> None:
    code, stderr = batch(
        "campaigns", data, "--out", tmp_path, "--engine", "dask", "--scheduler", scheduler,
        "--blocksize", "16KB", "--links",
    )  # fmt: skip
    assert code == 0, stderr
    expected = expected_campaigns(data, with_links=True)
    assert len(expected["campaigns"]) >= 4
    assert written_campaigns(tmp_path) == expected


def test_parquet_on_dask_gives_the_same_campaigns(
    data: Path, scheduler: str, tmp_path: Path
) -> None:
    parquet = tmp_path / "approaches.parquet"
    assert batch("convert", data, parquet, "--rows-per-group", "64")[0] == 0
    code, stderr = batch(
        "campaigns", parquet, "--out", tmp_path / "out", "--engine", "dask",
        "--scheduler", scheduler,
    )  # fmt: skip
    assert code == 0, stderr
    assert written_campaigns(tmp_path / "out") == expected_campaigns(data)


def test_both_engines_write_the_same_score_files(scheduler: str, tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "small.jsonl", corpus(80, seed=3))
    options = ("--blocksize", "10KB")
    assert batch("score", data, "--out", tmp_path / "local", *options)[0] == 0
    code, stderr = batch(
        "score", data, "--out", tmp_path / "dask", *options, "--engine", "dask",
        "--scheduler", scheduler,
    )  # fmt: skip
    assert code == 0, stderr
    local = sorted(p.name for p in (tmp_path / "local").iterdir())
    assert len(local) > 2
    assert sorted(p.name for p in (tmp_path / "dask").iterdir()) == local
    for name in local:
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes()


def test_a_bad_line_on_a_worker_is_named(scheduler: str, tmp_path: Path) -> None:
    rows = corpus(60, seed=5)
    rows[41]["persona"]["connections"] = "many"
    data = write_jsonl(tmp_path / "bad.jsonl", rows)
    code, stderr = batch(
        "campaigns", data, "--out", tmp_path / "out", "--engine", "dask",
        "--scheduler", scheduler, "--blocksize", "4KB",
    )  # fmt: skip
    assert code == 2
    assert "field 'persona.connections'" in stderr
    assert stderr.strip().splitlines()[-1] == f"error: {in_process_error(data)}"
    assert "Traceback" not in stderr


def test_a_default_local_cluster_is_started_and_closed(tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "small.jsonl", corpus(40, seed=9))
    code, stderr = batch(
        "campaigns", data, "--out", tmp_path / "out", "--engine", "dask", "--workers", "1",
        "--memory-limit", "1GB",
    )  # fmt: skip
    assert code == 0, stderr
    assert "a local cluster of 1 workers" in stderr
    assert written_campaigns(tmp_path / "out") == expected_campaigns(data)


def test_an_unreachable_scheduler_is_one_line(
    tmp_path: Path, data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", 1)
    code, stderr = batch(
        "score", data, "--out", tmp_path, "--engine", "dask", "--scheduler", "tcp://127.0.0.1:1",
    )  # fmt: skip
    assert code == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:1" in stderr


def test_synthetic_campaigns_on_dask(scheduler: str, tmp_path: Path) -> None:
    synth = pytest.importorskip("counterlink.synth")
    path = tmp_path / "synth.jsonl"
    with path.open("w", encoding="utf-8") as file:
        for row in synth.generate(1500, 15, 4):
            file.write(json.dumps(row, ensure_ascii=False) + "\n")
    code, stderr = batch(
        "campaigns", path, "--out", tmp_path / "out", "--engine", "dask",
        "--scheduler", scheduler, "--blocksize", "400KB",
    )  # fmt: skip
    assert code == 0, stderr
    expected = expected_campaigns(path)
    assert len(expected["campaigns"]) >= 10
    assert written_campaigns(tmp_path / "out") == expected
