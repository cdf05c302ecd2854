# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
RUN_STAMP  := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
PACKAGE_STAMP := $(VENV)/.installed-package

.PHONY: llama run test lint bench self-test package package-test clean translations

$(PY):
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 10), "Parley needs Python 3.10 or newer"'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# llama-cpp-python compiles from source the first time (several minutes). Its CPU code is built
# for a common x86-64 level (AVX2, FMA, F16C), not with -march=native for the building machine:
# the installers carry this build to other computers, and llama.cpp's AMX kernels, which a native
# build turns on for recent Xeons, crash in their matrix multiply (ggml_backend_amx_mul_mat).
# LLAMA_BACKEND adds a GPU backend (`make llama`, README). The wheel is kept per set of flags:
# pip's own cache would hand back a wheel built with other flags.
LLAMA_VERSION := $(shell sed -n 's/.*"llama-cpp-python==\([0-9.]*\)".*/\1/p' pyproject.toml | head -n 1)
LLAMA_BACKEND ?=
ifeq ($(shell uname -m),x86_64)
LLAMA_CPU := -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON
endif
LLAMA_ARGS := $(strip $(LLAMA_CPU) $(LLAMA_BACKEND))
LLAMA_WHEELS := $(HOME)/.cache/parley-build/llama-cpp-python-$(LLAMA_VERSION)-$(shell printf '%s' '$(LLAMA_ARGS)' | cksum | cut -d ' ' -f 1)
LLAMA_STAMP := $(VENV)/.installed-llama-$(LLAMA_VERSION)

$(LLAMA_STAMP): | $(PY)
	ls $(LLAMA_WHEELS)/llama_cpp_python-*.whl >/dev/null 2>&1 || CMAKE_ARGS='$(LLAMA_ARGS)' \
		$(PY) -m pip wheel --quiet --no-deps --no-cache-dir -w $(LLAMA_WHEELS) llama-cpp-python==$(LLAMA_VERSION)
	$(PY) -m pip install --quiet --force-reinstall --no-deps $(LLAMA_WHEELS)/llama_cpp_python-*.whl
	touch $@

# Rebuilds llama-cpp-python in .venv, for example for a GPU: make llama LLAMA_BACKEND=-DGGML_CUDA=on
llama: | $(PY)
	rm -f $(LLAMA_STAMP)
	$(MAKE) $(LLAMA_STAMP) LLAMA_BACKEND='$(LLAMA_BACKEND)'

$(RUN_STAMP): pyproject.toml $(LLAMA_STAMP) | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml $(LLAMA_STAMP) | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@ $(RUN_STAMP)

$(PACKAGE_STAMP): pyproject.toml $(LLAMA_STAMP) | $(PY)
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
