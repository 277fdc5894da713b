"""Plain row writes on the hot path, below the ORM.

Every message writes a handful of rows nobody reads back in the same transaction (timeline
events, the job, outbox rows, our own outgoing mail). Going through the ORM's unit of work
for each costs more than the database does: about a quarter of a millisecond per object
in flush bookkeeping. These helpers run a Core INSERT/UPDATE on the session's own
connection, so they commit or roll back with everything else the transaction does.

`insert_row`/`update_row` are for rows the rest of the transaction does not need as ORM
objects: a row written there is in the database (queries see it) but not in the session's
identity map. `insert_object`/`update_object` are for the few objects it does need (the
new ticket, the message being decided): the same Core statement, and the object is then
in the session exactly as if it had been loaded, so nothing is left for a flush to do.
"""

from __future__ import annotations

import functools
from typing import Any, TypeVar

from sqlalchemy import Connection, Insert, Select, Table, Update, bindparam, event, inspect
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, SessionTransaction, make_transient_to_detached
from sqlalchemy.orm.attributes import set_committed_value

from storage.db import Database, unavailable_as_error

M = TypeVar("M")


def core(session: Session | Connection) -> Connection:
    """The session's connection for a Core statement, with the session's pending changes
    flushed first (a Core query does not autoflush, and must see them); a Connection
    (Database.write_connection) as it is."""
    if isinstance(session, Connection):
        return session
    if session.new or session.dirty or session.deleted:
        session.flush()
    return session.connection()


def read_first(db: Database, stmt: Select[Any], params: dict[str, Any]) -> Any:
    """The first row (a Row, or None) of one read-only query, outside any transaction.

    On PostgreSQL the connection runs in autocommit for it: one round trip, where a
    session costs three (BEGIN, the SELECT, ROLLBACK). Connection failures surface as
    DatabaseUnavailable, as from Database.transaction().
    """
    return _read(db, stmt, params, lambda result: result.first())


def read_all(db: Database, stmt: Select[Any], params: dict[str, Any]) -> list[Any]:
    """Every row of one read-only query, outside any transaction (as read_first)."""
    return list(_read(db, stmt, params, lambda result: result.all()))


def _read(db: Database, stmt: Select[Any], params: dict[str, Any], take: Any) -> Any:
    with unavailable_as_error():
        if db.is_postgres:
            with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                return take(conn.execute(stmt, params))
        with db.session() as session:
            return take(session.connection().execute(stmt, params))


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


def insert_row(session: Session | Connection, model: Any, **values: Any) -> int:
    """INSERT one row of `model`'s table in the session's (or connection's) transaction;
    returns its id."""
    # core() flushes first: pending ORM objects may be what this row refers to.
    result = core(session).execute(_insert(_table(model)), values)
    key = result.inserted_primary_key
    return int(key[0]) if key and key[0] is not None else 0


def insert_if_absent(session: Session, model: Any, **values: Any) -> None:
    """INSERT one row unless its primary key is taken (content-addressed rows: blobs).

    One statement, race-free between workers, where "get, then add" took two and could
    fail with a duplicate key when two messages carried the same attachment at once.
    """
    connection = core(session)
    connection.execute(_insert_ignoring(_table(model), connection.dialect.name), values)


@functools.cache
def _insert_ignoring(table: Table, dialect: str) -> Insert:
    keys = [c.name for c in table.primary_key.columns]
    if dialect == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing(index_elements=keys)
    return sqlite.insert(table).on_conflict_do_nothing(index_elements=keys)


def update_row(session: Session, model: Any, pk: int, **values: Any) -> None:
    """UPDATE the row of `model` whose id is `pk`, in the session's transaction."""
    core(session).execute(_update_by_id(_table(model)), {**values, "_pk": pk})


def insert_object(session: Session, obj: Any) -> None:
    """INSERT a new ORM object as one Core statement and put it in the session as loaded.

    Every column attribute ends up set (a column default fills what the caller left out),
    so reading one later never goes back to the database. Relationships are not written.
    """
    mapper = inspect(type(obj))
    values: dict[str, Any] = {}
    for prop in mapper.column_attrs:
        column = prop.columns[0]
        if column.primary_key and prop.key not in obj.__dict__:
            continue
        if prop.key not in obj.__dict__:
            setattr(obj, prop.key, _default(column))
        values[column.key] = obj.__dict__[prop.key]
    table = _table(type(obj))
    key = core(session).execute(_insert(table), values).inserted_primary_key
    for prop in mapper.column_attrs:
        column = prop.columns[0]
        if column.primary_key and prop.key not in values:
            assert key is not None
            setattr(obj, prop.key, key[0])
    make_transient_to_detached(obj)
    session.add(obj)


def _default(column: Any) -> Any:
    default = column.default
    if default is None:
        return None
    if default.is_scalar:
        return default.arg
    if default.is_callable:
        return default.arg(None)  # SQLAlchemy wraps it to take the execution context
    raise ValueError(f"insert_object: column {column.key} has a default it cannot compute")


def update_object(session: Session, obj: Any, **values: Any) -> None:
    """UPDATE `obj`'s row with `values` (Core) and set them on `obj` as unchanged state, so
    the object agrees with the database and no flush writes them again."""
    update_row(session, type(obj), obj.id, **values)
    for key, value in values.items():
        set_committed_value(obj, key, value)


# --- rows written at commit ------------------------------------------------------------

_APPENDS = "frontdesk_appends"


def append_row(session: Session, model: Any, **values: Any) -> None:
    """INSERT a row nothing reads back before the transaction ends (a timeline event).

    The rows of one table are written together just before commit, in the order they
    were appended, in one executemany (psycopg pipelines it: one round trip instead of
    one per row). A query inside the transaction does not see them yet.
    """
    table = _table(model)
    pending: dict[Table, list[dict[str, Any]]] = session.info.setdefault(_APPENDS, {})
    pending.setdefault(table, []).append(values)


@functools.cache
def _insert_inline(table: Table) -> Insert:
    return table.insert().inline()  # no RETURNING: nobody needs the ids


@event.listens_for(Session, "before_commit")
def _write_appends(session: Session) -> None:
    pending: dict[Table, list[dict[str, Any]]] | None = session.info.pop(_APPENDS, None)
    if not pending:
        return
    connection = core(session)
    for table, rows in pending.items():
        # One executemany needs the same keys in every row: fill the rest as INSERT would.
        columns = [c for c in table.columns if not c.primary_key]
        full = [
            {c.key: row[c.key] if c.key in row else _default(c) for c in columns} for row in rows
        ]
        connection.execute(_insert_inline(table), full)


@event.listens_for(Session, "after_transaction_end")
def _end_appends(session: Session, transaction: SessionTransaction) -> None:
    # The outermost transaction ended (committed, or rolled back: its rows are void).
    if transaction.parent is None:
        session.info.pop(_APPENDS, None)
