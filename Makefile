# One task runner; `make test` is exactly what CI runs (.ci/run).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_EXPORT := src/counterlink/demo/linkedin-export

.PHONY: install run demo-scan test lint bench clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "counterlink needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

# The web app on a fresh SQLite database seeded with demo users and reports.
PORT ?= 8000
DEMO_DB := .run/demo.sqlite3
run: install
	@mkdir -p .run && rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	COUNTERLINK_DATABASE_URL=sqlite:///$(CURDIR)/$(DEMO_DB) $(BIN)/counterlink serve --demo --port $(PORT)

# The command-line demo: rank the approaches of a bundled synthetic LinkedIn export.
demo-scan: install
	$(BIN)/counterlink scan $(DEMO_EXPORT) --top 15

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

test: install lint
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/web_load.py
	$(BIN)/python benchmarks/campaigns.py
	$(BIN)/python benchmarks/registers.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .ruff_cache .mypy_cache .run

# Rebuild the shipped scoring model from the shared training data (not needed by run or test).
SHARED ?= ../shared/datasets
MODEL_DATA := $(SHARED)/seconvo/train-annotated.jsonl $(SHARED)/seconvo/train-unannotated.jsonl data/handwritten/train.jsonl

.PHONY: model evaluate
model: install
	$(BIN)/counterlink train $(foreach f,$(MODEL_DATA),--data $(f)) \
		--sensitive $(SHARED)/seconvo/train-annotated.jsonl --sensitive data/sensitive/requests.jsonl \
		--accounts data/real/train.jsonl --accounts data/real/approaches.jsonl \
		--out src/counterlink/models/default

# Rebuild the background campaign linking judges values against (needs only this repository):
# benign hand-written and real approaches, and synthetic ordinary outreach of a seed no
# evaluation uses (campaign members, labelled malicious, are skipped).
.PHONY: background
background: install
	@mkdir -p .run
	$(BIN)/counterlink synth --approaches 20000 --campaigns 10 --seed 1000 --out .run/background-synth.jsonl --force
	$(BIN)/counterlink campaigns-background data/handwritten/train.jsonl data/real/train.jsonl \
		.run/background-synth.jsonl --organisations data/background/organisations.csv \
		--events data/background/events.csv \
		--out src/counterlink/models/campaigns-background.json.gz

# The README's evaluation table: the shipped model on data it never saw, beside baselines fitted
# on SEConvo's training files, and the false-alarm rate on a synthetic ordinary inbox.
SECONVO_TRAIN := $(foreach f,train-annotated train-unannotated,--train $(SHARED)/seconvo/$(f).jsonl)
INBOX := .run/inbox
evaluate: install
	$(BIN)/counterlink eval --data data/handwritten/test.jsonl $(SECONVO_TRAIN)
	@mkdir -p .run
	$(BIN)/python -c "import json; [print(l, end='') for l in open('data/real/approaches.jsonl') if json.loads(l)['annotations']['split'] == 'heldout']" > .run/real-heldout-2.jsonl
	$(BIN)/counterlink eval --data data/real/heldout.jsonl --data .run/real-heldout-2.jsonl $(SECONVO_TRAIN) --by form
	$(BIN)/counterlink eval --data data/real/third.jsonl $(SECONVO_TRAIN) --by form
	rm -rf $(INBOX) && mkdir -p .run
	$(BIN)/counterlink synth inbox $(INBOX) --conversations 5000 --seed 7
	$(BIN)/counterlink scan $(INBOX) --top 10 --details 0
