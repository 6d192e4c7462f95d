# Schoolgate: `make run` for the demo, `make test` for every check. Needs Python 3.11, Node and apt.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
POSTGRES_TEST_URL ?= postgres://postgres@127.0.0.1:5432/test
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: install run test lint fmt typecheck bench train chromium system-libs gettext messages dovecot

$(VENV)/.installed: pyproject.toml package.json package-lock.json frontend/schoolgate.scss
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	npm ci --no-audit --no-fund --loglevel=error
	npm run --silent build:css
	@touch $@

install: system-libs gettext $(VENV)/.installed
	$(BIN)/python manage.py compilemessages -v 0 --ignore '.venv*' --ignore node_modules

# The parents' pages are translated with GNU gettext's tools (msgfmt for compilemessages,
# xgettext for makemessages); Debian's gettext package provides them.
gettext:
	@command -v msgfmt >/dev/null 2>&1 || { \
	  echo "Installing gettext for the parents' pages' translations"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq gettext >/dev/null; }

# Gather the parents' pages' strings (portal and concern form) into the Polish and Urdu files.
messages: install
	$(BIN)/python manage.py makemessages -l pl -l ur --no-obsolete --no-location \
	  $(foreach dir,.venv .venv-train node_modules build var bench tests scripts docs frontend \
	    schoolgate/cases schoolgate/schools schoolgate/policies schoolgate/documents \
	    schoolgate/reports schoolgate/demo schoolgate/lib schoolgate/screening \
	    schoolgate/templates schoolgate/static,--ignore '$(dir)/*')

# WeasyPrint draws letters and bundles with Pango and needs a font; Debian's packages provide both.
system-libs:
	@ldconfig -p | grep -q 'libpangoft2-1.0.so' && fc-list 2>/dev/null | grep -qi 'liberation' || { \
	  echo "Installing Pango and fonts for PDF documents"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 fonts-liberation fontconfig >/dev/null; }

# `make run PORT=8080 HOST=0.0.0.0`. HOST is `:=` because some shells export HOST as the
# machine's name, which would quietly open the demo to the network; the command line still wins.
PORT ?= 8000
HOST := 127.0.0.1
run: install
	@HOST=$(HOST) PORT=$(PORT) scripts/run.sh

# The e-mail intake tests read from a real IMAP server, Debian's Dovecot, started by the tests
# themselves on a free port as an unprivileged user, and run the exported blocklist through
# Dovecot's Sieve interpreter (sieve-test). The packages' own services are never used.
dovecot:
	@command -v /usr/sbin/dovecot >/dev/null 2>&1 && command -v sieve-test >/dev/null 2>&1 || { \
	  echo "Installing Dovecot (IMAP and Sieve) for the e-mail intake tests"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq dovecot-imapd dovecot-sieve >/dev/null; }

chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's Chromium for the browser tests"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium >/dev/null; }

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

typecheck: install
	$(BIN)/mypy schoolgate bench

fmt: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

test: install chromium dovecot lint typecheck
	$(BIN)/python manage.py collectstatic --noinput -v 0
	$(BIN)/pytest
	@if $(BIN)/python scripts/postgres_answers.py "$(POSTGRES_TEST_URL)"; then \
	  echo "PostgreSQL answers: running the suite again on it"; \
	  DATABASE_URL="$(POSTGRES_TEST_URL)" $(BIN)/pytest -m "not browser"; \
	else echo "No PostgreSQL at $(POSTGRES_TEST_URL): SQLite run only"; fi

TRAIN_BIN := .venv-train/bin

# Training only: torch 2.13.0 comes from the machine's local wheel (a plain `torch` is a CUDA download).
$(TRAIN_BIN)/python:
	$(PYTHON) -m venv .venv-train
	$(TRAIN_BIN)/pip install --quiet torch==2.13.0
	$(TRAIN_BIN)/pip install --quiet -e '.[train]'

train: $(TRAIN_BIN)/python
	HF_HUB_OFFLINE=1 $(TRAIN_BIN)/python -m schoolgate.screening.training
	$(BIN)/python bench/screening.py
	$(TRAIN_BIN)/python -m schoolgate.screening.training --card-only

bench: install
	$(BIN)/python bench/screening.py
	$(BIN)/python bench/triage.py
	$(BIN)/python bench/load.py
	$(BIN)/python bench/check.py
