# The two set-up commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1:8000

.PHONY: run test install lint browser-deps clean

$(STAMP): requirements/base.txt requirements/prod.txt requirements/dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements/dev.txt
	touch $(STAMP)

install: $(STAMP)
	$(BIN)/python manage.py compiletranslations

## Install, migrate, load the demo and serve on http://127.0.0.1:8000 (SQLite, in-process worker).
run: install
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py serve $(HOST)

## Run the whole test suite (unit, integration, permissions, API, browser journeys).
test: install browser-deps
	$(BIN)/python -m pytest

## Debian's chromium and the Noto fonts for the browser tests (never `playwright install`). The
## script checks every package with dpkg and installs only those missing, so it runs every time.
browser-deps:
	@bash scripts/install-system-packages.sh

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf $(VENV) data test-artifacts
