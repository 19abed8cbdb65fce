# The two commands of the README: `make run` and `make test`. Both create .venv themselves.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test lint typecheck contracts pytest bench eval-triage screenshots wheel-test clean translations \
	reliability fuzz train-triage

# The first `make run` takes a while (PySide6 is large): say what is happening, and let pip
# show its progress bars.
$(BIN)/python:
	@echo "==> [1/3] Checking system packages (Qt's libraries)"
	./scripts/ensure-system-packages.sh run
	@echo "==> [2/3] Creating the virtual environment in $(VENV)"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	@echo "==> [3/3] Installing After Hours and its dependencies (PySide6 is about 100 MB)"
	$(BIN)/pip install --progress-bar on -e .
	touch $@
	@echo "==> Ready"

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	./scripts/ensure-system-packages.sh test
	$(BIN)/pip install -q -e '.[test]'
	touch $@ $(VENV)/.installed-run

## Set up and start the app (tray + window).
run: $(VENV)/.installed-run
	unset QT_QPA_PLATFORM; $(BIN)/after-hours

## Set up and run everything CI runs: ruff, mypy strict on the domain, the layer contract, pytest.
test: $(VENV)/.installed-test
	$(MAKE) --no-print-directory lint typecheck contracts pytest

PY_DIRS := $(wildcard after_hours tests bench scripts)

lint:
	$(BIN)/ruff check $(PY_DIRS)
	$(BIN)/ruff format --check $(PY_DIRS)

typecheck:
	$(BIN)/mypy after_hours/availability

contracts:
	$(BIN)/lint-imports

pytest:
	QT_QPA_PLATFORM=offscreen PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring \
	  $(BIN)/python -m pytest -q -p no:cacheprovider

## 1,000 SIGKILLs of writers (log, import, mail intake, backup, migration, restore), with figures.
reliability: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring \
	  $(BIN)/python tests/reliability/storm.py --kills $(or $(KILLS),1000)

## The hostile-input fuzz suites with many more examples than `make test` gives them.
fuzz: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring HYPOTHESIS_PROFILE=long \
	  $(BIN)/python -m pytest -q -p no:cacheprovider tests/reliability -k fuzz

## `make bench STRICT=1` (same as `python -m bench --strict`) fails when a figure misses its target.
bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench $(if $(STRICT),--strict)

## Triage figures (aggregates only) on the development, blind and public sets.
eval-triage: $(VENV)/.installed-run
	$(BIN)/python scripts/eval_triage.py

## Retrain the learned triage scorer from data/triage_corpus (prints out-of-writer figures).
train-triage: $(VENV)/.installed-run
	$(BIN)/python scripts/train_triage_scorer.py

screenshots: $(VENV)/.installed-test
	xvfb-run -a -s "-screen 0 1280x800x24" $(BIN)/python scripts/screenshots.py docs/screenshots
	xvfb-run -a -s "-screen 0 1280x800x24" $(BIN)/python scripts/screenshots_views.py docs/screenshots
	xvfb-run -a -s "-screen 0 1280x800x24" $(BIN)/python scripts/selfcheck_screenshots.py docs/screenshots
	xvfb-run -a -s "-screen 0 1024x600x24" $(BIN)/python scripts/screenshots_sizes.py docs/screenshots/sizes
	QT_SCALE_FACTOR=1.25 xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/python scripts/screenshots_sizes.py docs/screenshots/sizes

clean:
	rm -rf $(VENV) build dist *.egg-info

LOCALE := after_hours/resources/locale
TS_DIR := after_hours/resources/translations
UI_SOURCES = $(shell find after_hours/ui -name '*.py' | sort)

## Extract every visible string (Qt's .ts for the UI, gettext's .pot/.po for the domain) and
## compile the catalogues shipped in the wheel (.qm, .mo). Translate in the .ts and .po files.
translations: $(VENV)/.installed-test
	$(BIN)/pyside6-lupdate $(UI_SOURCES) -source-language en_CA -target-language fr_CA \
	  -no-obsolete -locations none -ts $(TS_DIR)/after_hours_fr.ts
	$(BIN)/pyside6-lrelease -silent $(TS_DIR)/after_hours_fr.ts -qm $(TS_DIR)/after_hours_fr.qm
	$(BIN)/pybabel extract --no-location --omit-header -k _ -k N_ -k ngettext:1,2 -k _count:2,3 \
	  -o $(LOCALE)/after_hours.pot after_hours/availability after_hours/ui/printing/report_pdf.py
	$(BIN)/pybabel update --no-fuzzy-matching -N -l fr -D after_hours \
	  -i $(LOCALE)/after_hours.pot -d $(LOCALE)
	$(BIN)/pybabel compile -l fr -D after_hours -d $(LOCALE)
	$(BIN)/pybabel compile -l fr -D argparse -d $(LOCALE)
