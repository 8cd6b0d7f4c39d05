# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench lint translations sandbox clean

# The first run takes a minute or two: every step says what it does, and pip names each package.
$(STAMP): pyproject.toml packaging/system-libs.sh
	@echo "==> Checking the system libraries Qt needs"
	@bash packaging/system-libs.sh
	@echo "==> Creating the virtual environment in $(VENV)"
	@$(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --upgrade pip
	@echo "==> Installing Campaign Studio and what it needs (Qt is the big one; a minute or two the first time)"
	@$(BIN)/python -m pip install --progress-bar on --no-color -e '.[dev]'
	@touch $(STAMP)
	@echo "==> Ready"

translations: $(STAMP)
	$(BIN)/python -m app.i18n_build

run: $(STAMP) translations
	$(BIN)/campaign-studio --demo

test: $(STAMP) translations
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/benchmarks -p no:cacheprovider -q -s -o addopts=""

sandbox: $(STAMP)
	$(BIN)/campaign-studio sandbox --demo

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports

clean:
	rm -rf $(VENV) build dist *.egg-info

# --- Packaging and translation sources (packaging/README.md) ---------------------------
# Not part of `make test`: `package` builds dist/campaign-studio/ (several minutes),
# `smoke` runs that frozen build, `ts` refreshes translations/*.ts from the code.
.PHONY: package smoke ts
PYINSTALLER := $(BIN)/pyinstaller

$(PYINSTALLER): | $(STAMP)
	$(BIN)/python -m pip install --quiet 'pyinstaller>=6.10'

package: $(STAMP) translations $(PYINSTALLER)
	$(PYINSTALLER) --noconfirm --log-level WARN --distpath dist --workpath build packaging/campaign-studio.spec

smoke: $(STAMP)
	$(BIN)/python packaging/smoke_test.py dist/campaign-studio/campaign-studio

ts: $(STAMP)
	$(BIN)/python packaging/update_ts.py
