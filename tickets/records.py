"""What the desk writes and hands back: timeline TicketEvents and the Filing result.

Shared by filing, ticket changes and acknowledgements so each writes events and
describes its outcome the same way.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from storage.models import Ticket, TicketEvent
from storage.rows import append_row
from tickets.calendar import maybe_utc
from tickets.customers import Contract, normalise_email
from tickets.models import Filing, IncomingMessage

if TYPE_CHECKING:  # the desk imports this module
    from tickets.desk import TicketDesk


def add_event(
    session: Session,
    ticket: Ticket,
    kind: str,
    at: datetime,
    *,
    actor: str | None = None,
    message_pk: int | None = None,
    **detail: Any,
) -> None:
    append_row(
        session,
        TicketEvent,
        ticket_id=ticket.id,
        at=at,
        kind=kind,
        actor=actor,
        detail=jsonable(detail),
        message_pk=message_pk,
    )


def filing_for(
    desk: TicketDesk,
    action: Any,
    ticket: Ticket | None,
    contract: Contract,
    msg: IncomingMessage,
    **extra: Any,
) -> Filing:
    """The Filing the pipeline gets back: what happened, and what paging needs to know."""
    after_hours = not contract.calendar.is_office_hours(msg.received_at)
    values: dict[str, Any] = {
        "action": action,
        "customer_id": contract.customer_id,
        "after_hours": after_hours,
        "next_office_open": contract.calendar.next_office_open(msg.received_at)
        if after_hours
        else None,
        "has_package": contract.has_package,
        "after_hours_cover": contract.after_hours_cover,
        "contact": normalise_email(msg.sender_email) or msg.caller_id,
        "caller_id": msg.caller_id,
    }
    if ticket is not None:
        values.update(
            ticket=ticket,
            ticket_id=ticket.id,
            case=desk.case(ticket),
            customer_id=ticket.customer_id,
            severity=ticket.severity,
            response_due=maybe_utc(ticket.response_due),
            fix_due=maybe_utc(ticket.fix_due),
        )
    values.update(extra)
    return Filing(**values)


def jsonable(value: Any) -> Any:
    """Event details are JSON: datetimes as ISO text, tuples as lists."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value
