# Two commands matter on a fresh machine: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_VAULT := .demo-vault

.PHONY: run test test-all lint bench demo-vault screenshots build clean translations

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[app,hub,test,build]'
	touch $(STAMP)

# A vault of made-up data (fixed seed) for a newcomer to explore; made once.
demo-vault: $(STAMP) translations
	test -f $(DEMO_VAULT)/keyslots.json || $(BIN)/peerdesk demo --vault $(DEMO_VAULT)

# The compiled translations (.qm) from translations/*.ts; only changed ones are rebuilt.
translations: $(STAMP)
	$(BIN)/python tools/i18n.py release

run: $(STAMP) translations
	tools/install-system-packages gui
	$(MAKE) --no-print-directory demo-vault
	@echo "Opening the demo vault. Sign in as demo (or sam, alex, jo, rae) with the passphrase: demo passphrase"
	$(BIN)/peerdesk --vault $(DEMO_VAULT) --user demo

lint: $(STAMP)
	$(BIN)/ruff check peerdesk tests benchmarks tools
	$(BIN)/ruff format --check peerdesk tests benchmarks tools
	$(BIN)/mypy

test: $(STAMP)
	tools/install-system-packages test
	$(MAKE) --no-print-directory lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The long soak versions of the reliability tests as well as everything in `make test`.
test-all: $(STAMP)
	tools/install-system-packages test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "slow or not slow"

# Every screen at 1280x800 with the demo data, into docs/screenshots/ (shown in the README).
screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py
	$(BIN)/python tools/report_samples.py
	$(BIN)/python tools/user_guide.py

# Every benchmark, then one table of figures against the baseline each measures in the
# same run (or its target); each one's own output is kept in test-artifacts/bench/.
bench: $(STAMP)
	tools/install-system-packages test
	$(BIN)/python benchmarks/run_all.py

# The frozen app, one folder: dist/PeerDesk/PeerDesk (see build.spec; README: Building
# the installer). Compiles the translations first once tools/i18n.py exists.
build: $(STAMP)
	if test -f tools/i18n.py; then $(BIN)/python tools/i18n.py release; fi
	$(BIN)/pyinstaller --noconfirm --log-level WARN --workpath build/pyinstaller \
		--distpath dist build.spec

clean:
	rm -rf $(VENV) $(DEMO_VAULT) .pytest_cache .mypy_cache .ruff_cache
