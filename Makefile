# The two commands: `make demo` (messy inbox → ingest → build → dashboard) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export DO_NOT_TRACK := 1
export DBT_SEND_ANONYMOUS_USAGE_STATS := false

.PHONY: demo test install browser-deps engine-deps bench clean

$(BIN)/jiedao: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/jiedao

demo: install
	$(BIN)/jiedao demo

# The tests run in parallel: one pytest-xdist worker per core (at most 4, tests/conftest.py),
# each test module whole on one worker, in file order. PYTEST_WORKERS=0 runs them one by one.
PYTEST_WORKERS ?= auto
test: install browser-deps engine-deps
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist loadfile --no-loadscope-reorder

# Browser tests use Debian's chromium (never a downloaded browser) and CJK fonts.
browser-deps:
	@bash scripts/ensure-browser-deps.sh

# tests/test_engines.py builds the demo on a throwaway PostgreSQL cluster (Debian's postgresql),
# tests/test_engines_spark.py on Spark local[2] (pyspark from the test extra, Debian's openjdk-17).
engine-deps:
	@bash scripts/ensure-engine-deps.sh

bench: install
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) data target logs test-artifacts
