# The two commands of the README: `make run` and `make test`. Both create .venv themselves.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test lint typecheck contracts pytest bench eval-triage screenshots wheel-test clean

$(BIN)/python:
	./scripts/ensure-system-packages.sh run
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

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

bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

## Triage figures (aggregates only) on the development, blind and public sets.
eval-triage: $(VENV)/.installed-run
	$(BIN)/python scripts/eval_triage.py

screenshots: $(VENV)/.installed-test
	xvfb-run -a -s "-screen 0 1280x800x24" $(BIN)/python scripts/screenshots.py docs/screenshots
	xvfb-run -a -s "-screen 0 1280x800x24" $(BIN)/python scripts/screenshots_views.py docs/screenshots
	xvfb-run -a -s "-screen 0 1280x800x24" $(BIN)/python scripts/selfcheck_screenshots.py docs/screenshots

clean:
	rm -rf $(VENV) build dist *.egg-info
