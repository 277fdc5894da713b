"""The migrations create exactly the schema the models describe, on both databases."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from storage.db import Database
from storage.migrate import current_revision, head_revision, pending_message, upgrade
from storage.models import Base


def test_migrated_schema_matches_the_models(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []
    assert current_revision(db) == head_revision(db)
    assert pending_message(db) is None


def test_fresh_database_reports_what_to_run(tmp_path) -> None:  # type: ignore[no-untyped-def]
    fresh = Database(f"sqlite:///{tmp_path / 'fresh.db'}")
    message = pending_message(fresh)
    assert message is not None and "frontdesk db upgrade" in message
    upgrade(fresh)
    assert pending_message(fresh) is None
    upgrade(fresh)  # idempotent
    fresh.dispose()
