"""Plain row writes on the hot path, below the ORM.

Every message writes a handful of rows nobody reads back in the same transaction (timeline
events, the job, outbox rows, our own outgoing mail). Going through the ORM's unit of work
for each costs more than the database does: about a quarter of a millisecond per object
in flush bookkeeping. These helpers run a Core INSERT/UPDATE on the session's own
connection, so they commit or roll back with everything else the transaction does.

Use them only for rows the rest of the transaction does not need as ORM objects: a row
written here is in the database (queries see it) but not in the session's identity map.
"""

from __future__ import annotations

import functools
from typing import Any, TypeVar

from sqlalchemy import Connection, Insert, Select, Table, Update, bindparam
from sqlalchemy.orm import Session

M = TypeVar("M")


def core(session: Session) -> Connection:
    """The session's connection for a Core statement, with the session's pending changes
    flushed first (a Core query does not autoflush, and must see them)."""
    if session.new or session.dirty or session.deleted:
        session.flush()
    return session.connection()


def first_object(
    session: Session, model: type[M], ids: Select[Any], params: dict[str, Any]
) -> M | None:
    """The `model` object whose id the Core query `ids` finds first, or None.

    For lookups that usually find nothing (the thread a message belongs to, a held
    notice): the query runs as plain Core and only a match is loaded as an ORM object.
    """
    pk = core(session).execute(ids, params).scalar()
    return session.get(model, pk) if pk is not None else None


def _table(model: Any) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


@functools.cache
def _insert(table: Table) -> Insert:
    return table.insert()


@functools.cache
def _update_by_id(table: Table) -> Update:
    # The SET clause comes from the parameters' keys at execution ("_pk" is the WHERE).
    return table.update().where(table.c.id == bindparam("_pk"))


def insert_row(session: Session, model: Any, **values: Any) -> int:
    """INSERT one row of `model`'s table in the session's transaction; returns its id."""
    # core() flushes first: pending ORM objects may be what this row refers to.
    result = core(session).execute(_insert(_table(model)), values)
    key = result.inserted_primary_key
    return int(key[0]) if key and key[0] is not None else 0


def update_row(session: Session, model: Any, pk: int, **values: Any) -> None:
    """UPDATE the row of `model` whose id is `pk`, in the session's transaction."""
    core(session).execute(_update_by_id(_table(model)), {**values, "_pk": pk})
