# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
RUN_STAMP  := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
PACKAGE_STAMP := $(VENV)/.installed-package

.PHONY: run test lint bench self-test package package-test clean translations

$(PY):
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 10), "Parley needs Python 3.10 or newer"'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# llama-cpp-python compiles from source the first time (several minutes); pip caches the wheel.
$(RUN_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@ $(RUN_STAMP)

$(PACKAGE_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test,package]'
	touch $@ $(TEST_STAMP) $(RUN_STAMP)

run: $(RUN_STAMP)
	$(VENV)/bin/parley

lint: $(TEST_STAMP)
	$(VENV)/bin/ruff check app tests
	$(VENV)/bin/ruff format --check app tests
	$(VENV)/bin/mypy

test: lint
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest

# The interface's translations: refresh resources/i18n/*.ts from the code (new strings come in
# unfinished), then compile the committed app/resources/i18n/*.qm. Run it after adding or changing
# a string; `make test` fails until every new string is translated in every .ts.
translations: $(RUN_STAMP)
	$(PY) resources/i18n/translations.py

bench: $(TEST_STAMP)
	$(VENV)/bin/parley bench --typed --json bench-typed.json

self-test: $(RUN_STAMP)
	$(VENV)/bin/parley self-test

# Linux: the one-folder bundle, a .tar.gz and a .deb in dist/ (packaging/README.md).
package: $(PACKAGE_STAMP)
	packaging/build_linux.sh

# Checks the built bundle and .deb, then installs the .deb, self-tests it offline and removes it (root).
package-test: $(PACKAGE_STAMP)
	QT_QPA_PLATFORM=offscreen PARLEY_BUNDLE=dist/parley PARLEY_DEB="$$(ls dist/parley_*.deb)" \
		PARLEY_QUALITY_DEB="$$(ls dist/parley-quality-model_*.deb)" $(VENV)/bin/pytest tests/packaging
	packaging/test_deb.sh

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache *.egg-info build dist
