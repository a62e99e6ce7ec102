# Set-up and everyday commands. `make site` and `make test` are all a fresh
# machine with Python 3.11 needs: each installs what it uses first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || command -v sudo)
export NO_MKDOCS_2_WARNING := 1

.PHONY: install install-dev install-bench site extract render check serve test test-fast bench bench-quotes bench-tempeval bench-serve bench-events bench-keyevents bench-polnear bench-big bench-cluster chromium npm clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

$(VENV)/.installed-bench: $(VENV)/.installed requirements-bench.txt
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-bench.txt
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev
install-bench: $(VENV)/.installed-bench

# Chromium for the browser tests (Debian's package; Playwright's own download
# does not work here).
chromium:
	@command -v chromium >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium >/dev/null; }

# axe-core for the accessibility check, as pinned in package-lock.json.
node_modules/.package-lock.json: package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq nodejs npm >/dev/null; }
	npm ci --no-audit --no-fund --loglevel=error

npm: node_modules/.package-lock.json

extract: install
	$(BIN)/python -m generator extract

render: install
	$(BIN)/python -m generator render

check: install
	$(BIN)/python -m generator check

site: extract render
	$(BIN)/mkdocs build --strict

serve: install
	$(BIN)/mkdocs serve --livereload

test: install-dev chromium npm
	$(BIN)/python -m pytest -q

# The edit-test loop, under a minute: all but the tests marked slow (a real
# mkdocs build or serve, daemon processes, the long property test) or browser.
test-fast: install-dev
	$(BIN)/python -m pytest -q -m "not slow and not browser"

# Extraction, rebuild and mkdocs build speed and memory at 100, 300 and 1,000
# articles of ../shared/benchmarks/news (about 15 minutes); then the site at
# scale (benchmarks/site.py): the home page's size and load time throttled
# like a phone, today's and before, a first search's bytes, and a
# 50,000-event build beside as many trivial pages (about 40 minutes).
bench: install-dev chromium
	$(BIN)/python benchmarks/speed.py
	$(BIN)/python benchmarks/site.py

# Quote spans and speakers against the hand-annotated set, beside textacy.
bench-quotes: install-bench
	$(BIN)/python benchmarks/quotes.py

# Quote spans and speakers by source kind on PolNeAR's training part (../shared/benchmarks/polnear),
# beside a quote-mark regex + nearest-person baseline, by fold (fold 0 held out). About 8 minutes
# the first time (the extractor on 840 articles), 2-3 minutes from its cache.
bench-polnear: install-bench
	$(BIN)/python benchmarks/polnear.py --held-out

# Temporal tagging scored the TempEval-3 way on TimeBank (../shared/benchmarks/tempeval3).
bench-tempeval: install
	$(BIN)/python benchmarks/tempeval.py

# Live preview: save timeline.yml → page served by `mkdocs serve`, seed and 2,000 events, beside a full build.
# One long article (250 KB, 500 KB, 1 MB of newswire text from ../shared/benchmarks/news)
# extracted against a bare nlp.pipe of it: time and peak memory, and their ratio.
bench-big: install
	$(BIN)/python benchmarks/big_article.py

bench-serve: install-dev
	$(BIN)/python benchmarks/serve.py

# Events a reader can use (issue 14): titles, duplicates, dates, sources and
# non-people on 300 news articles of one story (and each half) and the five
# Timeline17 topics, happenings split into events, the seed check, hand grades.
# The first run extracts every input into .cache/bench/events/ (about 30 min on this
# shared 2-core machine); later runs take ~25 s until the generator changes.
bench-events: install
	$(BIN)/python benchmarks/events.py

# Key events as timeline summarization on Timeline17 (../shared/benchmarks/timeline17):
# PubCount and `python -m generator key-events` per gold timeline, side by side; the
# signal study and the generator's own choices, each leave-one-topic-out. The first
# run extracts the five topics (~10-40 min).
bench-keyevents: install-bench
	$(BIN)/python benchmarks/keyevents.py --study --rank-study

# Scale (issue 17): 1,000 articles extracted with --jobs 2 and on a local Dask
# cluster of 2 workers (target: ratio ≤ 1.15), Dask's cost per task, the
# combine stage's time and memory at 1,000, 5,000 and 20,000 articles of news
# + PolNeAR (copies above ~2,860), and the extrapolation to 100,000 and
# 1,000,000 articles. The first run extracts the ~2,860 articles into
# .cache/bench/scale/ (about an hour on this shared 2-core machine).
bench-cluster: install
	$(BIN)/python benchmarks/scale.py

clean:
	rm -rf site .cache test-output
