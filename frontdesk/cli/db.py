"""`frontdesk db upgrade` / `frontdesk db current`."""

from __future__ import annotations

import argparse

from frontdesk.cli._common import settings_from
from frontdesk.errors import UserError
from storage.db import Database, DatabaseUrlError, one_line
from storage.migrate import current_revision, head_revision, upgrade


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("db", help="database schema: upgrade, current")
    dsub = p.add_subparsers(dest="db_command", metavar="COMMAND", required=True)
    u = dsub.add_parser("upgrade", help="apply all migrations")
    u.set_defaults(handler=run_upgrade)
    c = dsub.add_parser("current", help="show the applied and the latest revision")
    c.set_defaults(handler=run_current)


def _db(args: argparse.Namespace) -> Database:
    settings = settings_from(args)
    try:
        return Database(settings.database.url)
    except DatabaseUrlError as exc:
        raise UserError(str(exc)) from None


def run_upgrade(args: argparse.Namespace) -> int:
    db = _db(args)
    try:
        upgrade(db)
        print(f"database {db.where} is at revision {current_revision(db)}")
    except UserError:
        raise
    except Exception as exc:
        raise UserError(f"cannot upgrade database {db.where}: {one_line(exc, 300)}") from None
    finally:
        db.dispose()
    return 0


def run_current(args: argparse.Namespace) -> int:
    db = _db(args)
    try:
        print(f"current: {current_revision(db)}  head: {head_revision(db)}")
    except Exception as exc:
        raise UserError(f"cannot open database {db.where}: {one_line(exc, 300)}") from None
    finally:
        db.dispose()
    return 0
