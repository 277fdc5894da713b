"""Queueing the acknowledgement mail for a new ticket.

The mail goes into the outbox (a Notification the pager's outbox sends) and is also
stored as an outgoing Message, so a customer's reply to it threads onto the ticket.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from storage.models import Message, Notification, Ticket
from storage.rows import core, insert_row
from tickets.ack import render_ack
from tickets.customers import Contract, normalise_email
from tickets.models import IncomingMessage
from tickets.records import add_event
from tickets.subjects import format_tag

if TYPE_CHECKING:  # the desk imports this module
    from tickets.desk import TicketDesk


# Built once (statement construction costs more than the query): an ack to this address
# since a moment.
_RECENT_ACK = (
    select(Notification.id)
    .where(
        Notification.kind == "ack",
        Notification.recipient == bindparam("recipient"),
        Notification.created_at >= bindparam("since"),
    )
    .limit(1)
)


def queue_ack(
    desk: TicketDesk,
    session: Session,
    ticket: Ticket,
    msg: IncomingMessage,
    contract: Contract,
    email: str | None,
    now: datetime,
) -> tuple[bool, str | None]:
    """(queued?, why not): never to ourselves, at most one per address per interval."""
    if not desk.config.ack_enabled:
        return False, None
    recipient = email if msg.channel == "email" else (email or contract.contact_email)
    if recipient is None:
        return False, "no address to acknowledge to"
    support = normalise_email(desk.agency.support_address)
    if recipient in (support, normalise_email(desk.ack_from)) or desk.directory.is_staff(recipient):
        return False, "not acknowledging our own address"
    since = now - timedelta(minutes=desk.config.ack_min_interval_minutes)
    recent = core(session).execute(_RECENT_ACK, {"recipient": recipient, "since": since}).first()
    if recent:
        add_event(session, ticket, "ack_suppressed", now, reason="rate limit", to=recipient)
        return False, "acknowledgement rate limit"
    after_hours = not contract.calendar.is_office_hours(msg.received_at)
    try:
        rendered = render_ack(
            language=ticket.language or contract.language,
            case=desk.case(ticket),
            tag=format_tag(desk.prefix, ticket.number),
            severity=ticket.severity,
            subject=msg.subject,
            name=msg.sender_name or ticket.contact_name,
            to_address=recipient,
            from_address=desk.ack_from,
            agency=desk.agency.name,
            response_due=ticket.response_due,
            after_hours=after_hours,
            next_office_open=contract.calendar.next_office_open(msg.received_at),
            calendar=contract.calendar,
            in_reply_to=msg.message_id if msg.channel == "email" else None,
            references=msg.references if msg.channel == "email" else (),
            now=now,
            templates_dir=desk.config.ack_templates_dir,
        )
    except (ValueError, IndexError) as exc:  # an address the email package refuses
        add_event(session, ticket, "ack_failed", now, reason=str(exc)[:200])
        return False, "acknowledgement could not be rendered"
    text = rendered.as_text()
    raw = text.encode("utf-8")
    insert_row(
        session,
        Notification,
        ticket_id=ticket.id,
        kind="ack",
        recipient=recipient,
        channel="smtp",
        subject=rendered.subject,
        body=rendered.body,
        payload={"message": text, "mail_from": desk.ack_from, "rcpt_to": [recipient]},
        state="pending",
        attempts=0,
        due_at=now,
        created_at=now,
        dedupe_key=f"ack:{msg.message_pk}",
    )
    # Our own Message-ID, so replies to the acknowledgement thread onto the ticket.
    insert_row(
        session,
        Message,
        sha256=hashlib.sha256(raw).hexdigest(),
        message_id=rendered.message_id,
        direction="out",
        source="outbox",
        received_at=now,
        raw=raw,
        size=len(raw),
        envelope_from=desk.ack_from,
        envelope_to=[recipient],
        state="processed",
        ticket_id=ticket.id,
        processed_at=now,
    )
    add_event(session, ticket, "ack_queued", now, to=recipient, message_id=rendered.message_id)
    return True, None
