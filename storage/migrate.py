"""Schema migrations (Alembic), driven from code: `frontdesk db upgrade` and start-up checks."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from storage.db import Database

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(db: Database) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return cfg


def head_revision(db: Database) -> str | None:
    return ScriptDirectory.from_config(alembic_config(db)).get_current_head()


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(db: Database, revision: str = "head") -> None:
    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def is_up_to_date(db: Database) -> bool:
    return current_revision(db) == head_revision(db)


def pending_message(db: Database) -> str | None:
    """None when migrated; otherwise one line telling the operator what to run."""
    current = current_revision(db)
    head = head_revision(db)
    if current == head:
        return None
    where = db.where
    if current is None:
        return f"database {where} is not initialised: run `frontdesk db upgrade`"
    return f"database {where} is at revision {current}, expected {head}: run `frontdesk db upgrade`"
