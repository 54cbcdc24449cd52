# One command each for set-up, run, test, lint and benchmarks; CI runs exactly these.
VENV ?= .venv
PY := $(VENV)/bin/python
RG := $(VENV)/bin/reportgraph
DB ?= examples.sqlite
SHARED ?= ../shared

.PHONY: setup run test lint train bench-quality bench-ablation bench-ablation-fr clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml scripts/setup web/package-lock.json
	./scripts/setup

## The main job on the embedded default: ingest the bundled example reports, show what came out,
## then open the workbench on them (http://127.0.0.1:$(PORT); Ctrl-C stops it).
PORT ?= 8000
run: setup
	$(RG) --db $(DB) ingest examples/reports
	$(RG) --db $(DB) stats
	$(RG) --db $(DB) entities --limit 25
	$(RG) --db $(DB) export --format json --output out/examples.json
	@echo "knowledge base: $(abspath $(DB))"
	@echo "JSON export:    $(abspath out/examples.json)"
	$(RG) --db $(DB) serve --port $(PORT)

test: setup
	./scripts/test

lint: setup
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/mypy

## Rebuild the learned components' model files (src/reportgraph/data/models/) from the annotated corpus:
## trained on corpus/en's train split, thresholds chosen on its dev split with benchmarks/heldout as the
## guard of the register the rules were written on; the event-argument model after the trigger model, whose
## triggers it reads; the document-level relation model last, as it
## reads the events and adds to the sentence model's relations (English only: without a French model
## the component stands aside); the French ones (models/fr/) from corpus/fr the same way (no French
## guard set), the finder of names headed by a common noun first (French only: its names are entities the
## entity check then reads); the sealed test splits are never read.
train: setup
	$(PY) -m reportgraph.train.entities --corpus corpus/en --extra-dev benchmarks/heldout
	$(PY) -m reportgraph.train.relations --corpus corpus/en --extra-dev benchmarks/heldout
	$(PY) -m reportgraph.train.events --corpus corpus/en --extra-dev benchmarks/heldout
	$(PY) -m reportgraph.train.event_args --corpus corpus/en
	$(PY) -m reportgraph.train.doc_relations --corpus corpus/en --extra-dev benchmarks/heldout
	$(PY) -m reportgraph.train.phrases --corpus corpus/fr
	$(PY) -m reportgraph.train.entities --corpus corpus/fr
	$(PY) -m reportgraph.train.relations --corpus corpus/fr --also corpus/en --also-weight 1.0
	$(PY) -m reportgraph.train.events --corpus corpus/fr
	$(PY) -m reportgraph.train.event_args --corpus corpus/fr

## The ablation (rules only, learned only, combined) on a corpus split, the shared dev set and re3d;
## bench-ablation-fr: the same on corpus/fr's split with the French pipeline.
SPLIT ?= test
bench-ablation: setup
	$(PY) benchmarks/ablation.py --split $(SPLIT) --shared $(SHARED) --out out/bench-ablation

bench-ablation-fr: setup
	$(PY) benchmarks/ablation.py --corpus corpus/fr --split $(SPLIT) --shared $(SHARED) --out out/bench-ablation-fr

## Extraction quality on the gold dev set (needs ../shared): per document and whole-folder.
bench-quality: setup
	$(PY) benchmarks/quality.py --gold $(SHARED)/eval/dev --out out/bench-quality

clean:
	rm -rf out $(DB) $(DB)-wal $(DB)-shm
