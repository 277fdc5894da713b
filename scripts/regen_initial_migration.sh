#!/bin/bash
# Regenerate the single initial migration from the models (pre-release only).
set -e
cd /work/main
rm -f storage/migrations/versions/*.py /tmp/fd_gen.db
.venv/bin/python - <<'PY'
from alembic import command
from storage.db import Database
from storage.migrate import alembic_config
db = Database("sqlite:////tmp/fd_gen.db")
cfg = alembic_config(db)
with db.engine.begin() as conn:
    cfg.attributes["connection"] = conn
    command.revision(cfg, message="initial schema", autogenerate=True, rev_id="0001")
PY
.venv/bin/ruff format -q storage/migrations/versions/ && .venv/bin/ruff check -q --fix storage/migrations/versions/ || true
rm -f /tmp/fd_gen.db
