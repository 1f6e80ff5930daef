# Two commands for a fresh Debian/Ubuntu machine with Python 3.11+:
#   make run    create .venv, install, start the app
#   make test   install test dependencies (and, as root, the Debian packages), run ruff, mypy, pytest,
#               then build the desktop bundle and check that it starts, and build the .deb, install it with
#               apt (as root), self-test it and remove it
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint install test-deps system-deps dist dist-check deb deb-check screenshots translations bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test,docs]'
	touch $@ $(VENV)/.installed $(VENV)/.docs-installed

$(VENV)/.docs-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[docs]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

test-deps: $(VENV)/.test-installed

system-deps:
	bash tools/system-deps.sh

run: install
	$(BIN)/pingtower-desktop

lint: test-deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

screenshots: test-deps system-deps
	$(BIN)/python tools/screenshots.py

translations: install
	$(BIN)/python tools/translations.py update
	$(BIN)/python tools/translations.py compile

bench: test-deps
	for bench in benchmarks/bench_*.py; do echo "== $$bench"; $(BIN)/python $$bench || exit 1; done

dist: install
	bash tools/build-dist.sh

dist-check: install
	bash tools/dist-check.sh

deb: $(VENV)/.docs-installed
	bash tools/build-deb.sh

deb-check: $(VENV)/.docs-installed
	bash tools/deb-check.sh

test: test-deps system-deps lint
	bash tools/run-tests.sh
	bash tools/dist-check.sh
	bash tools/deb-check.sh
