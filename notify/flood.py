"""Flood folding: during an outage one page, not one per message.

A message about something someone is already paged for adds to a running count on the
open page; a rise in severity re-notifies whoever holds the page now.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from notify.policy import MatrixDecision, rank
from notify.records import (
    OPEN_STATUSES,
    PageDecision,
    add_event,
    parse_time,
    queue_notification,
)
from storage.models import Escalation, Ticket
from storage.rows import core

if TYPE_CHECKING:  # the pager imports this module
    from notify.pager import Pager


# Built once: constructing a statement like this costs more than running it (SQLAlchemy
# builds and hashes the expression on every call; a prebuilt one is hashed once).
_OPEN_PAGES = (
    select(Escalation.id)
    .join(Ticket, Ticket.id == Escalation.ticket_id)
    .where(Escalation.state.in_(("running", "acknowledged")))
    .where(Ticket.status.in_(OPEN_STATUSES))
    .order_by(Escalation.started_at.desc())
)
_OPEN_PAGES_OF_TICKET = _OPEN_PAGES.where(Escalation.ticket_id == bindparam("ticket_id"))
_OPEN_PAGES_OF_TICKET_OR_CUSTOMER = _OPEN_PAGES.where(
    (Escalation.ticket_id == bindparam("ticket_id"))
    | (
        (Ticket.customer_id == bindparam("customer_id"))
        & (Escalation.started_at >= bindparam("since"))
    )
)


def fold_into_open_page(
    pager: Pager,
    session: Session,
    ticket: Ticket,
    matrix: MatrixDecision,
    now: datetime,
    *,
    created: bool = False,
) -> PageDecision | None:
    """Flood control: a message about an outage someone is already paged for adds to a
    running count instead of paging again; a severity rise re-notifies.

    `created`: the ticket was created in this transaction, so it has no page of its own
    yet; only another ticket of the same customer can have one, and only a message that
    would page is folded into that.
    """
    window = timedelta(minutes=pager.config.flood_window_minutes)
    across_tickets = bool(ticket.customer_id) and matrix.action == "page"
    if created and not across_tickets:
        return None  # nothing to look up: no open page can exist for it
    if across_tickets:
        # Another ticket of the same customer only folds when it would have paged: a
        # question sent during an outage is not part of the outage.
        stmt = _OPEN_PAGES_OF_TICKET_OR_CUSTOMER
        params = {"ticket_id": ticket.id, "customer_id": ticket.customer_id, "since": now - window}
    else:
        stmt, params = _OPEN_PAGES_OF_TICKET, {"ticket_id": ticket.id}
    # The ids as plain Core (most messages find no open page), then the objects.
    for esc_id in core(session).execute(stmt, params).scalars().all():
        esc = session.get(Escalation, esc_id)
        if esc is None:
            continue
        last = parse_time(esc.detail.get("last_message_at"))
        if esc.state == "acknowledged" and last is not None and now - last > window:
            continue  # someone took it, and this is news after a quiet spell
        detail = dict(esc.detail)
        detail["last_message_at"] = now.isoformat()
        esc.detail = detail
        if rank(matrix.severity) > rank(esc.last_severity) and matrix.action == "page":
            return raise_open_page(pager, session, ticket, esc, matrix, now)
        esc.folded += 1
        if esc.ticket_id != ticket.id:
            add_event(
                session,
                esc.ticket_id,
                "page_folded",
                now,
                {"ticket_id": ticket.id, "case": pager.case(ticket), "count": esc.folded},
            )
        return PageDecision(
            False,
            None,
            f"folded into the open page of {case_of(pager, session, esc.ticket_id)} "
            f"({esc.folded} more)",
        )
    return None


def case_of(pager: Pager, session: Session, ticket_id: int) -> str:
    number = session.scalar(select(Ticket.number).where(Ticket.id == ticket_id))
    return f"{pager.case_prefix}-{number}"


def raise_open_page(
    pager: Pager,
    session: Session,
    ticket: Ticket,
    esc: Escalation,
    matrix: MatrixDecision,
    now: datetime,
) -> PageDecision:
    """Severity went up on a page in progress: tell whoever holds it now."""
    before = esc.last_severity
    esc.last_severity = matrix.severity
    policy = pager.policy(esc.policy)
    person: str | None
    target: str | None
    if esc.acked_by:
        person, target = esc.acked_by, f"person:{esc.acked_by}"
    else:
        target = policy.steps[esc.step].target if policy.steps else None
        person = pager.resolve(target, now) if target else None
    text = pager.render(ticket, now, headline=f"Severity raised: {before} -> {matrix.severity}")
    queue_notification(
        pager,
        session,
        ticket,
        kind="raised",
        target=target,
        person=person,
        text=text,
        now=now,
        extra={"escalation_id": esc.id},
    )
    return PageDecision(True, None, f"severity raised {before} -> {matrix.severity}")
