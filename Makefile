# OCPM Desk — the two commands of the Quick start are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
# A stamp per dependency set: editing pyproject.toml reinstalls.
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml 2>/dev/null | sha1sum | cut -c1-12)
UI_FILES := $(wildcard ui/*.ui)
FORMS := $(patsubst ui/%.ui,ocpm_desk/gui/forms/ui_%.py,$(UI_FILES))
TS := resources/i18n/ocpm_desk_fr.ts
QM := $(TS:.ts=.qm)

.PHONY: run test lint typecheck unit installer self-test generate translations-update clean system-deps bench db-functions

run: $(STAMP) generate
	$(BIN)/ocpm-desk

# The test helpers are type-checked too (the fakes and data builders against the features' API protocols); the tests
# import them by their directory (pytest's rootdir imports), and the two conftest.py go one per call (both are module
# `conftest`).
TEST_HELPERS := tests/ocpm_factories.py tests/pg_cluster.py tests/pdf_tools.py tests/cups_server.py tests/conftest.py \
	$(wildcard tests/*_support.py) \
	$(wildcard tests/gui/*_fakes.py) $(filter-out tests/gui/test_%,$(wildcard tests/gui/*_data.py))

test: system-deps $(STAMP) generate
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy ocpm_desk
	MYPYPATH=tests:tests/gui $(BIN)/mypy $(TEST_HELPERS)
	MYPYPATH=tests:tests/gui $(BIN)/mypy tests/gui/conftest.py
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

system-deps:
	@scripts/system-deps.sh

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@rm -f $(VENV)/.installed-*
	@touch $@

generate: $(FORMS) $(QM) ocpm_desk/gui/forms/__init__.py

ocpm_desk/gui/forms/__init__.py:
	@mkdir -p ocpm_desk/gui/forms
	@echo '"""Forms generated from ui/*.ui by pyside6-uic at build time; do not edit."""' > $@

ocpm_desk/gui/forms/ui_%.py: ui/%.ui $(STAMP)
	@mkdir -p ocpm_desk/gui/forms
	$(BIN)/pyside6-uic --from-imports $< -o $@ 2>/dev/null || $(BIN)/pyside6-uic $< -o $@

$(QM): $(TS) $(STAMP)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

# Re-extract the English source strings into the French catalogue (then translate what is new): the GUI and its
# forms, and the messages the domain, the services, wiring.py and the adapters mark with QT_TRANSLATE_NOOP (errors,
# quarantine reasons, print failures): every Python file of the package but the generated forms.
translations-update: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find ocpm_desk -name '*.py' -not -path '*/forms/*' | sort) $(UI_FILES) \
		-ts $(TS)

# Regenerate docs/database/functions.md (every PostgreSQL function and trigger, as the migrations leave them) on
# a throwaway database of the server OCPM_FUNCTIONS_SERVER (default 127.0.0.1:5432; dropped afterwards).
db-functions: $(STAMP)
	$(PY) scripts/dump_db_functions.py $(if $(OCPM_FUNCTIONS_SERVER),--server '$(OCPM_FUNCTIONS_SERVER)')

installer: $(STAMP) generate
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build_installer.spec

# The same check runs inside `make test` (tests/integration/test_installer.py builds the bundle once and runs it).
self-test: installer
	QT_QPA_PLATFORM=offscreen dist/ocpm-desk/ocpm-desk --self-test

# Installs the benchmarks' extra peers (WeasyPrint) and says how to run them; each prints a table and a JSON line.
bench: system-deps $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,bench]'
	@echo "Benchmarks (each: --help for its options; the last line it prints is one JSON object):"
	@echo "  $(PY) bench/seed.py      # demo data load (SQLite by default, or OCPM_DATABASE_URL)"
	@echo "  $(PY) bench/work_queue.py # the work queue at 10 000 to 1 000 000 orders"
	@echo "  $(PY) bench/claims.py    # claim_next on PostgreSQL (OCPM_DATABASE_URL)"
	@echo "  $(PY) bench/letters.py   # letters to PDF against platypus and WeasyPrint"

clean:
	rm -rf build dist ocpm_desk/gui/forms $(QM) .pytest_cache .mypy_cache .ruff_cache
