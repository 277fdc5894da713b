"""Office-hours notices: sent now in office hours, otherwise held until the office opens.

A held notice is a Notification in state "held" with `due_at` at the next office open;
the timers release it then to whoever is on call at that moment.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from notify.records import (
    OPEN_STATUSES,
    PageDecision,
    add_event,
    aware,
    queue_notification,
)
from storage.models import Notification, Ticket
from storage.rows import first_object

if TYPE_CHECKING:  # the pager imports this module
    from notify.pager import Pager


# Built once (see notify/flood.py): the held notice of a ticket, if any.
_HELD_NOTICE = (
    select(Notification.id)
    .where(
        Notification.ticket_id == bindparam("ticket_id"),
        Notification.kind == "notice",
        Notification.state == "held",
    )
    .limit(1)
)


def notice(
    pager: Pager,
    session: Session,
    ticket: Ticket,
    event: str,
    after_hours: bool,
    next_office_open: datetime | None,
    now: datetime,
) -> PageDecision:
    """A plain notification to whoever is on call: now in office hours, else held until
    the office opens. Follow-ups on the same ticket add to the held one."""
    policy = pager.policy()
    target = policy.steps[0].target if policy.steps else None
    # A ticket created in this very transaction has no held notice yet: skip the lookup.
    held = (
        None
        if event == "created"
        else first_object(session, Notification, _HELD_NOTICE, {"ticket_id": ticket.id})
    )
    if held is not None:
        payload = dict(held.payload)
        payload["folded"] = int(payload.get("folded", 0)) + 1
        held.payload = payload
        return PageDecision(False, aware(held.due_at), "added to the held notification")
    if event == "updated":
        return PageDecision(False, None, "update to an already notified ticket")
    if after_hours and next_office_open is not None:
        person = pager.resolve(target, next_office_open) if target else None
        text = pager.render(ticket, now, headline="Held overnight; released at office open")
        queue_notification(
            pager,
            session,
            ticket,
            kind="notice",
            target=target,
            person=person,
            text=text,
            now=now,
            state="held",
            due_at=next_office_open,
        )
        return PageDecision(False, next_office_open, "held until office open")
    person = pager.resolve(target, now) if target else None
    queue_notification(
        pager,
        session,
        ticket,
        kind="notice",
        target=target,
        person=person,
        text=pager.render(ticket, now, headline="New ticket"),
        now=now,
    )
    return PageDecision(False, None, "notified (office hours)")


def release_held(pager: Pager, session: Session, postgres: bool, now: datetime) -> int:
    """Held notices whose office opening has come: send them (or cancel them if the ticket
    was closed overnight). Returns how many were released."""
    count = 0
    stmt = (
        select(Notification)
        .where(Notification.state == "held", Notification.due_at <= now)
        .order_by(Notification.due_at)
        .limit(100)
    )
    if postgres:
        stmt = stmt.with_for_update(skip_locked=True)
    for row in session.scalars(stmt):
        ticket = session.get(Ticket, row.ticket_id) if row.ticket_id else None
        if ticket is None or ticket.status not in OPEN_STATUSES:
            row.state = "cancelled"
            row.last_error = "ticket no longer open at office open"
            continue
        # Whoever is on call when the office opens gets it, with the ticket as it
        # is now (it may have grown overnight).
        target = row.payload.get("target")
        person = pager.resolve(target, now) if target else None
        folded = int(row.payload.get("folded", 0))
        text = pager.render(
            ticket, now, headline="Held overnight, released at office open", folded=folded
        )
        chans = pager.channels_of(person)
        row.recipient = person or "nobody"
        row.channel = chans[0]
        row.subject, row.body = text.subject, text.body
        row.payload = {
            **row.payload,
            "channels": chans,
            "channel_index": 0,
            "channel_attempts": 0,
            "short": text.short,
        }
        row.state = "pending"
        row.due_at = now
        add_event(
            session,
            ticket.id,
            "held_released",
            now,
            {"notification_id": row.id, "person": person},
        )
        count += 1
    return count
