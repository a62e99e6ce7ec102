# Set-up and everyday commands. `make site` and `make test` are all a fresh
# machine with Python 3.11 needs: each installs what it uses first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || command -v sudo)
export NO_MKDOCS_2_WARNING := 1

.PHONY: install install-dev site extract render check serve test bench bench-tempeval chromium clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# Chromium for the browser tests (Debian's package; Playwright's own download
# does not work here).
chromium:
	@command -v chromium >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium >/dev/null; }

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

test: install-dev chromium
	$(BIN)/python -m pytest -q

# Temporal tagging scored the TempEval-3 way on TimeBank (../shared/benchmarks/tempeval3).
bench-tempeval: install
	$(BIN)/python benchmarks/tempeval.py

clean:
	rm -rf site .cache
