"""Actions that span parts: acknowledging a ticket stops the desk's clock AND the pager."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from storage.models import Ticket, TicketEvent
from storage.rows import insert_row


def acknowledge_in(
    app: Any,
    session: Session,
    ticket_id: int,
    *,
    by: str,
    resolve: bool,
    via: str,
    now: datetime,
) -> bool:
    """Acknowledge (or resolve) inside the caller's transaction. False: no such ticket."""
    if session.get(Ticket, ticket_id) is None:
        return False
    desk = getattr(app, "desk", None)
    if desk is not None:
        desk.acknowledge(session, ticket_id, by, now)
        if resolve:
            desk.update(session, ticket_id, status="resolved", by=by, now=now)
    app.pager.acknowledge(session, ticket_id, by, now, resolve=resolve)
    insert_row(
        session,
        TicketEvent,
        ticket_id=ticket_id,
        at=now,
        kind="resolved_via" if resolve else "acknowledged_via",
        actor=by,
        detail={"via": via},
    )
    return True
