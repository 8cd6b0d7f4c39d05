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
# Not part of `make test`. `bundle` builds the one-folder app into dist/campaign-studio/ and
# checks it (its --self-test and packaging/smoke_test.py; a few minutes); `package` only builds
# it and `smoke` only checks it. `wheel` builds the wheel into dist/ and runs --self-test from
# it installed. `ts` refreshes translations/*.ts from the code.
.PHONY: bundle package smoke wheel ts
PYINSTALLER := $(BIN)/pyinstaller
BUNDLE_BIN := dist/campaign-studio/campaign-studio
WHEEL_CHECK := build/wheel-check

$(PYINSTALLER): | $(STAMP)
	@echo "==> Installing PyInstaller into $(VENV)"
	@$(BIN)/python -m pip install --quiet 'pyinstaller>=6.10,<7'

package: $(STAMP) $(PYINSTALLER)
	@bash packaging/bundle-tools.sh
	@echo "==> Building $(BUNDLE_BIN) with PyInstaller (a few minutes)"
	$(PYINSTALLER) --noconfirm --log-level WARN --distpath dist --workpath build packaging/campaign-studio.spec

smoke: $(STAMP)
	$(BIN)/python packaging/smoke_test.py $(BUNDLE_BIN)

bundle: package
	$(BIN)/python packaging/smoke_test.py $(BUNDLE_BIN)

# Built without an isolated build environment: that would download PySide6 again only for
# lrelease, which the venv has. So the venv gets the build backend's setuptools and wheel
# (pyproject.toml [build-system] requires). The wheel is installed with --target beside the
# venv's dependencies and run from build/, off the checkout's path: its self-test must say it
# read its data files from the wheel. build/lib is setuptools' copy: cleared so no module
# deleted since the last build ships.
wheel: $(STAMP)
	@echo "==> Building the wheel into dist/"
	@$(BIN)/python -m pip install --quiet 'setuptools>=77' wheel
	rm -rf $(WHEEL_CHECK) build/lib build/bdist.* dist/campaign_studio-*.whl
	$(BIN)/python -m pip wheel --quiet --no-deps --no-build-isolation --wheel-dir dist .
	$(BIN)/python -m pip install --quiet --no-deps --target $(WHEEL_CHECK) dist/campaign_studio-*.whl
	cd build && PYTHONPATH=$(CURDIR)/$(WHEEL_CHECK) $(CURDIR)/$(BIN)/python -m app --self-test > self-test.txt; \
		status=$$?; cat self-test.txt; [ $$status = 0 ] || exit 1; grep -q "data files (wheel)" self-test.txt \
		|| { echo "the installed wheel's self-test read its data files from elsewhere" >&2; exit 1; }

ts: $(STAMP)
	$(BIN)/python packaging/update_ts.py
