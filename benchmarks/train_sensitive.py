"""Train the sensitive-request model alone and print its grouped cross-validated metrics.

`counterlink train --sensitive ...` (see `make model`) builds the same sensitive.json as part
of a whole model folder; this script is for studying that one model quickly.

    python benchmarks/train_sensitive.py \
        --seconvo /work/shared/datasets/seconvo/train-annotated.jsonl \
        --extra data/sensitive/requests.jsonl --out /tmp/sensitive

Deterministic: the same files and seed give a byte-identical sensitive.json.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from counterlink.learn.sensitive import train_sensitive


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconvo", type=Path, action="append", default=[], metavar="FILE")
    parser.add_argument("--extra", type=Path, action="append", default=[], metavar="FILE")
    parser.add_argument("--out", type=Path, required=True, metavar="DIR")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    started = time.perf_counter()
    model = train_sensitive(args.seconvo, args.extra, seed=args.seed)
    path = model.save(args.out)
    print(json.dumps(model.metrics, indent=2))
    print(f"threshold {model.threshold}, types {list(model.types)}")
    print(f"features {model.features.size}, artefact {path} {path.stat().st_size / 1e6:.2f} MB")
    print(f"trained in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
