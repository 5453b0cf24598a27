# Two entry points for a new machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint wheel-check constraints bench clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "scribe needs Python 3.11 or newer (PYTHON=$(PYTHON))"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/scribe demo

test: lint wheel-check
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check bot handlers tests eval
	$(BIN)/ruff format --check bot handlers tests eval
	$(BIN)/mypy

# The wheel as users get it: built, installed with the pinned dependencies in a fresh
# virtualenv, and `scribe demo` run from it outside the source tree.
WHEEL_DIR := build/wheel-check
wheel-check: $(STAMP)
	rm -rf $(WHEEL_DIR) && mkdir -p $(WHEEL_DIR)
	$(BIN)/python -m pip wheel --quiet --no-deps --wheel-dir $(WHEEL_DIR) .
	$(PYTHON) -m venv $(WHEEL_DIR)/venv
	$(WHEEL_DIR)/venv/bin/python -m pip install --quiet -c constraints.txt $(WHEEL_DIR)/*.whl
	cd $(WHEEL_DIR) && ./venv/bin/scribe demo > demo.log 2>&1 || { cat demo.log; exit 1; }
	grep -q "nothing posted twice" $(WHEEL_DIR)/demo.log

constraints: $(STAMP)
	rm -rf $(WHEEL_DIR) && $(MAKE) wheel-check
	{ echo "# Runtime dependencies, pinned: the versions the tests and the wheel check run with."; \
	  echo "# Regenerate after changing [project] dependencies: make constraints"; \
	  $(WHEEL_DIR)/venv/bin/pip freeze --exclude discourse-scribe; } > constraints.txt

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/scribe bench

clean:
	rm -rf $(VENV) build *.egg-info
