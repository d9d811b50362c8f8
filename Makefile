# HipHelp. `make run` serves the site on http://127.0.0.1:8000; `make test` runs every check.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test setup venv system-deps migrate messages demo lint format clean bench serve backup restore fuzz load

run: export DJANGO_DEBUG ?= 1
run: setup
	$(MANAGE) runserver $(HOST):$(PORT)

# Production settings under gunicorn with WhiteNoise. Set DJANGO_SECRET_KEY (and, to try it
# locally over plain HTTP, DJANGO_HTTPS=0); see the README's deployment section.
WORKERS ?= 3
serve: setup
	$(MANAGE) collectstatic --noinput -v 0
	$(VENV)/bin/gunicorn hiphelp.wsgi -c hiphelp/gunicorn_conf.py --bind $(HOST):$(PORT) --workers $(WORKERS)

# Production-like (DEBUG off) over plain HTTP on loopback; see tests/pytest_env.py. The suite
# runs in a pytest-xdist worker per core (PYTEST_ARGS= runs it in one process).
PYTEST_ARGS ?= -n auto --maxprocesses 8
test: export DJANGO_SECRET_KEY ?= test-only-secret-key-not-for-production-use-0123456789
test: export DJANGO_HTTPS ?= 0
test: export DJANGO_DEBUG ?= 0
test: SYSTEM_DEPS := test
test: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(MANAGE) check --fail-level WARNING
	$(MANAGE) makemigrations --check --dry-run
	$(PY) -m pytest $(PYTEST_ARGS)

SYSTEM_DEPS ?= run
setup: system-deps venv migrate messages demo

system-deps:
	@scripts/system-deps $(SYSTEM_DEPS)

venv: $(VENV)/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt
	@test -x $(PY) || { py=$$(scripts/find-python) && "$$py" -m venv $(VENV); }
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

migrate: venv
	$(MANAGE) migrate --noinput

messages: venv
	$(MANAGE) compilemessages --ignore '.venv/*' -v 0

DEMO_PROFESSIONALS ?= 300
demo: migrate
	$(MANAGE) load_demo_content
	$(MANAGE) load_places
	$(MANAGE) generate_professionals $(DEMO_PROFESSIONALS)

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: venv
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

clean:
	rm -rf $(VENV) staticfiles .pytest_cache test-output

# Pages against a bare one-view Django project and the in-stack ceiling (SQLite), then the
# directory on SQLite and PostgreSQL beside PostGIS (bench/install-postgis adds PostGIS to the
# bench's own PostgreSQL only). Every server it starts is stopped, also when it fails.
bench: export DJANGO_DEBUG ?= 0
bench: SYSTEM_DEPS := ci
bench: system-deps venv
	$(PY) bench/pages.py
	$(PY) bench/search.py

# Backups: pg_dump's format on PostgreSQL, JSON otherwise. `make restore FILE=backups/…`.
BACKUP_EXT = $(if $(findstring postgres,$(DATABASE_URL)),dump,json)
backup: venv
	$(MANAGE) backup backups/hiphelp-$$(date +%Y%m%d-%H%M%S).$(BACKUP_EXT)

restore: venv
	@test -n "$(FILE)" || { echo "Usage: make restore FILE=backups/hiphelp-….json"; exit 2; }
	$(MANAGE) restore "$(FILE)"

# The property-based tests with many more examples than make test runs.
fuzz: venv
	HYPOTHESIS_PROFILE=deep $(PY) -m pytest tests/test_fuzz.py

# Every public page type at 64 connections for 30 s each, on loopback (make test runs it for 2 s).
load: SYSTEM_DEPS := test
load: system-deps venv
	$(PY) tests/load/run.py --seconds 30 --connections 64
