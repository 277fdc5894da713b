"""The schema check every entry point makes before it uses a database.

Its own small module: `frontdesk serve` runs it before it spawns its worker processes, and
importing the App (the rule engine, the pager, the ticket desk) first would hold them back
by half a second.
"""

from __future__ import annotations

from frontdesk.errors import UserError
from storage.db import Database, one_line


def ensure_migrated(db: Database) -> None:
    """Refuse to run on a database the schema has not been applied to: one line, exit 2."""
    from storage.migrate import pending_message  # alembic: not imported by worker processes

    try:
        problem = pending_message(db)
    except Exception as exc:  # connection refused, unknown database, bad credentials
        raise UserError(f"cannot open database {db.where}: {one_line(exc, 300)}") from None
    if problem:
        raise UserError(problem)
