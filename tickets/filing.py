"""Filing one incoming message: a duplicate, automated mail, a staff reply, or a customer
message that joins its thread or opens a new ticket.

This module makes the threading decision; tickets/changes.py makes the change.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from storage.models import Message, Ticket
from storage.rows import core, update_object
from tickets.calendar import as_utc, maybe_utc
from tickets.changes import add_message, create_ticket, set_status
from tickets.customers import Contract, normalise_email, normalise_phone
from tickets.models import Filing, IncomingMessage
from tickets.records import add_event, filing_for
from tickets.subjects import normalise_subject
from tickets.threading import (
    ThreadMatch,
    by_our_message_id,
    by_reply_headers,
    by_subject_tag,
    find_thread,
)

if TYPE_CHECKING:  # the desk imports this module
    from tickets.desk import TicketDesk

# A staff member can set the status from the reply itself: a line "#status resolved".
_STATUS_COMMAND = re.compile(
    r"^\s*#status\s+(open|waiting_customer|waiting|resolved|closed)\b", re.IGNORECASE | re.M
)


def file_message(
    desk: TicketDesk, session: Session, msg: IncomingMessage, now: datetime, *, link: bool = True
) -> Filing:
    """File `msg`; with `link`, the message row records the ticket it went to.

    The pipeline passes link=False and records it itself, in the same UPDATE that records
    the message's final state (one statement per message fewer).
    """
    filing = _file(desk, session, msg, now)
    if link and filing.ticket_id is not None and filing.action != "duplicate":
        message = session.get(Message, msg.message_pk)
        if message is not None:
            update_object(session, message, ticket_id=filing.ticket_id)
    return filing


def _file(desk: TicketDesk, session: Session, msg: IncomingMessage, now: datetime) -> Filing:
    # Stored as UTC: SQLite keeps no offset, so a local time would be stored as wall time.
    msg = dataclasses.replace(msg, received_at=as_utc(msg.received_at))
    now = as_utc(now)
    message = session.get(Message, msg.message_pk)
    email = normalise_email(msg.sender_email)
    phone = normalise_phone(msg.caller_id, desk.agency.country)
    contract = desk.directory.match(email=email, phone=phone)

    if message is not None and message.ticket_id is not None:
        ticket = session.get(Ticket, message.ticket_id)
        return filing_for(desk, "duplicate", ticket, contract, msg, reason="already filed")

    earlier = _same_message_id(session, msg)
    if earlier is not None:
        ticket = session.get(Ticket, earlier.ticket_id) if earlier.ticket_id else None
        return filing_for(
            desk,
            "duplicate",
            ticket,
            contract,
            msg,
            reason=f"Message-ID seen before (message {earlier.id})",
        )

    if msg.automated:
        return _file_automated(desk, session, msg, message, contract, now)

    if desk.directory.is_staff(email):
        return _file_staff_reply(desk, session, msg, message, contract, now)

    return _file_customer_message(desk, session, msg, message, contract, email, phone, now)


# Built once: statement construction costs more than the query (see notify/flood.py).
_EARLIER_SAME_ID = (
    select(Message.id, Message.ticket_id)
    .where(
        Message.message_id == bindparam("message_id"),
        Message.direction == "in",
        Message.id < bindparam("pk"),
    )
    .order_by(Message.id)
    .limit(1)
)


class _Earlier(NamedTuple):
    id: int
    ticket_id: int | None


def _same_message_id(session: Session, msg: IncomingMessage) -> _Earlier | None:
    """An earlier incoming message with this Message-ID."""
    if not msg.message_id:
        return None
    row = (
        core(session)
        .execute(_EARLIER_SAME_ID, {"message_id": msg.message_id.strip("<>"), "pk": msg.message_pk})
        .first()
    )
    return _Earlier(row[0], row[1]) if row is not None else None


def _file_automated(
    desk: TicketDesk,
    session: Session,
    msg: IncomingMessage,
    message: Message | None,
    contract: Contract,
    now: datetime,
) -> Filing:
    """Never a ticket, never an ack; a bounce/auto-reply to our own mail is logged."""
    match = _ticket_of_automated(desk, session, msg)
    if match is None:
        return filing_for(
            desk, "ignored", None, contract, msg, reason=f"automated: {msg.automated}"
        )
    ticket = match.ticket
    add_event(
        session,
        ticket,
        "automated_reply",
        msg.received_at,
        actor=msg.sender_email,
        message_pk=msg.message_pk,
        reason=msg.automated,
        subject=msg.subject,
        how=match.how,
    )
    return filing_for(
        desk,
        "ignored",
        ticket,
        contract,
        msg,
        reason=f"automated: {msg.automated} (logged on ticket)",
    )


def _ticket_of_automated(
    desk: TicketDesk, session: Session, msg: IncomingMessage
) -> ThreadMatch | None:
    """The ticket automated mail is about: the mail of ours its reply headers name (an
    auto-reply), else the mail a bounce returns, by the Message-ID we stored when we sent
    it, else by the ticket tag of its subject (delivery-status reports seldom carry
    In-Reply-To: the returned mail's headers are inside the report)."""
    match = by_reply_headers(session, msg.in_reply_to, msg.references, msg.message_pk)
    if match is None and msg.returned_message_id:
        match = by_our_message_id(session, msg.returned_message_id)
    if match is None and msg.returned_subject:
        match = by_subject_tag(session, msg.returned_subject, desk.prefix, "returned_subject_tag")
    return match


def _file_staff_reply(
    desk: TicketDesk,
    session: Session,
    msg: IncomingMessage,
    message: Message | None,
    contract: Contract,
    now: datetime,
) -> Filing:
    """Staff mail is recorded on its ticket and stops the response clock; it never
    opens a ticket."""
    match = by_reply_headers(session, msg.in_reply_to, msg.references, msg.message_pk)
    if match is None:
        match = by_subject_tag(session, msg.subject, desk.prefix)
    if match is None:
        return filing_for(
            desk,
            "ignored",
            None,
            contract,
            msg,
            staff_reply=True,
            reason="staff mail without a ticket",
        )
    ticket = match.ticket
    at = msg.received_at
    add_event(
        session,
        ticket,
        "staff_reply",
        at,
        actor=normalise_email(msg.sender_email),
        message_pk=msg.message_pk,
        how=match.how,
        subject=msg.subject,
    )
    if ticket.first_response_at is None:
        ticket.first_response_at = at
        add_event(session, ticket, "responded", at, actor=normalise_email(msg.sender_email))
    command = _STATUS_COMMAND.search(msg.text or "")
    if command:
        status = command.group(1).lower()
        status = "waiting_customer" if status == "waiting" else status
        set_status(desk, session, ticket, status, at, by=normalise_email(msg.sender_email))
    ticket.message_count += 1
    ticket.updated_at = max(as_utc(ticket.updated_at), at)
    contract = desk.directory.get(ticket.customer_id)
    return filing_for(desk, "updated", ticket, contract, msg, staff_reply=True, reason=match.how)


def _file_customer_message(
    desk: TicketDesk,
    session: Session,
    msg: IncomingMessage,
    message: Message | None,
    contract: Contract,
    email: str | None,
    phone: str | None,
    now: datetime,
) -> Filing:
    """Joins the thread it belongs to (reopening a recently resolved ticket), else opens a
    new ticket, linked to an older resolved one it replies to."""
    at = msg.received_at
    normalized = normalise_subject(msg.subject, desk.prefix)
    match = find_thread(
        session,
        message_pk=msg.message_pk,
        channel=msg.channel,
        in_reply_to=msg.in_reply_to,
        references=msg.references,
        subject=msg.subject,
        normalized_subject=normalized,
        email=email,
        phone=phone,
        now=at,
        prefix=desk.prefix,
        window_days=desk.config.thread_window_days,
        voicemail_join_minutes=desk.config.voicemail_join_minutes,
    )
    linked: Ticket | None = None
    if match is not None:
        ticket = match.ticket
        if ticket.status in ("resolved", "closed"):
            resolved_at = maybe_utc(ticket.resolved_at) or as_utc(ticket.updated_at)
            if at - resolved_at <= timedelta(days=desk.config.reopen_days):
                return add_message(
                    desk, session, ticket, msg, message, at, how=match.how, reopen=True
                )
            linked = ticket
        else:
            return add_message(desk, session, ticket, msg, message, at, how=match.how)
    return create_ticket(
        desk, session, msg, message, contract, email, phone, normalized, at, now, linked
    )
