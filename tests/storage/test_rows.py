"""storage.rows: the hot path's writes below the ORM, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import event, select

from storage.db import Database
from storage.models import Blob, Ticket, TicketEvent
from storage.rows import append_row, insert_if_absent, insert_object, update_object

AT = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def _ticket(number: int) -> Ticket:
    return Ticket(number=number, severity="urgent", channel="email", created_at=AT, updated_at=AT)


def test_insert_object_writes_the_row_and_leaves_nothing_to_flush(db: Database) -> None:
    with db.transaction() as session:
        ticket = _ticket(1)
        insert_object(session, ticket)
        # In the session as if loaded: every column set (defaults filled), nothing pending.
        assert ticket.id and ticket.status == "open" and ticket.rules == []
        assert session.get(Ticket, ticket.id) is ticket
        assert not session.new and not session.dirty
        update_object(session, ticket, status="resolved")
        assert ticket.status == "resolved" and not session.dirty
    with db.session() as session:
        stored = session.scalars(select(Ticket)).one()
        assert (stored.number, stored.status, stored.message_count) == (1, "resolved", 1)


def test_appended_rows_are_written_at_commit_in_order_in_one_statement(db: Database) -> None:
    statements: list[str] = []

    def _seen(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    with db.transaction() as session:
        ticket = _ticket(2)
        insert_object(session, ticket)
        event.listen(db.engine, "before_cursor_execute", _seen)
        append_row(session, TicketEvent, ticket_id=ticket.id, at=AT, kind="created")
        append_row(session, TicketEvent, ticket_id=ticket.id, at=AT, kind="a", actor="x")
        append_row(session, TicketEvent, ticket_id=ticket.id, at=AT, kind="b", detail={"k": 1})
        # Not written yet: nothing reads them back inside the transaction.
        assert not any("ticket_events" in s for s in statements)
    event.remove(db.engine, "before_cursor_execute", _seen)
    assert sum("INSERT INTO ticket_events" in s for s in statements) == 1
    with db.session() as session:
        rows = session.scalars(select(TicketEvent).order_by(TicketEvent.id)).all()
        assert [(r.kind, r.actor, r.detail) for r in rows] == [
            ("created", None, {}),
            ("a", "x", {}),
            ("b", None, {"k": 1}),
        ]


def test_appended_rows_vanish_with_a_rollback(db: Database) -> None:
    with pytest.raises(RuntimeError), db.transaction() as session:
        ticket = _ticket(3)
        insert_object(session, ticket)
        append_row(session, TicketEvent, ticket_id=ticket.id, at=AT, kind="created")
        raise RuntimeError("the decision failed")
    with db.transaction() as session:  # the next transaction writes none of them
        ticket = _ticket(4)
        insert_object(session, ticket)
    with db.session() as session:
        assert session.scalars(select(TicketEvent)).all() == []


def test_insert_if_absent_keeps_one_row_per_key(db: Database) -> None:
    # Two messages carrying the same attachment: its blob is stored once, without an error.
    for _ in range(2):
        with db.transaction() as session:
            insert_if_absent(session, Blob, sha256="ab" * 32, size=3, data=b"pdf")
    with db.session() as session:
        blobs = session.scalars(select(Blob)).all()
        assert [(b.sha256, b.data) for b in blobs] == [("ab" * 32, b"pdf")]
