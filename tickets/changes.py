"""Changes to a ticket: creating it, adding a message, status and severity changes.

Each change sets the SLA clocks it affects and writes a TicketEvent, so the timeline
explains every deadline the ticket shows.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from storage.models import Message, Ticket
from storage.rows import insert_object
from tickets.acks_queue import queue_ack
from tickets.calendar import as_utc, maybe_utc
from tickets.customers import Contract, normalise_email
from tickets.models import Filing, IncomingMessage
from tickets.records import add_event, filing_for
from tickets.sla import (
    SEVERITIES,
    Clock,
    calendar_from_snapshot,
    deadlines,
    resumed_fix_due,
    severity_rank,
    sla_snapshot,
    terms_for,
)
from tickets.subjects import next_case_number

if TYPE_CHECKING:  # the desk imports this module
    from tickets.desk import TicketDesk

STATUSES = ("open", "waiting_customer", "resolved", "closed")


def sla_deadlines(
    desk: TicketDesk, severity: str, contract: Contract, start: datetime
) -> tuple[datetime | None, datetime | None, dict[str, Any]]:
    """(response due, fix due, the terms snapshot) for `severity` under `contract`."""
    terms = terms_for(
        severity,
        has_package=contract.has_package,
        after_hours_cover=contract.after_hours_cover,
        low=(desk.config.low_response, desk.config.low_fix),
        overrides=contract.sla_overrides,
    )
    response_due, fix_due = deadlines(start, terms, contract.calendar)
    return response_due, fix_due, sla_snapshot(terms, contract.calendar)


def create_ticket(
    desk: TicketDesk,
    session: Session,
    msg: IncomingMessage,
    message: Message | None,
    contract: Contract,
    email: str | None,
    phone: str | None,
    normalized: str,
    at: datetime,
    now: datetime,
    linked: Ticket | None,
) -> Filing:
    severity = msg.severity if msg.severity in SEVERITIES else "standard"
    response_due, fix_due, snapshot = sla_deadlines(desk, severity, contract, at)
    ticket = Ticket(
        number=next_case_number(session, desk.prefix),
        customer_id=contract.customer_id,
        project=contract.projects[0] if len(contract.projects) == 1 else None,
        contact_name=(msg.sender_name or None),
        contact_email=email,
        contact_phone=phone,
        subject=(msg.subject or "")[:998],
        normalized_subject=normalized[:998],
        description=msg.text or "",
        severity=severity,
        status="open",
        channel=msg.channel,
        language=msg.language or contract.language,
        created_at=at,
        updated_at=at,
        response_due=response_due,
        fix_due=fix_due,
        linked_ticket_id=linked.id if linked else None,
        message_count=1,
        rules=list(msg.rules),
        warnings=list(msg.warnings),
        sla=snapshot,
    )
    # One Core INSERT, and the ticket is in the session as if loaded (storage/rows.py).
    insert_object(session, ticket)
    add_event(
        session,
        ticket,
        "created",
        at,
        actor=email or phone,
        message_pk=msg.message_pk,
        channel=msg.channel,
        severity=severity,
        customer=contract.customer_id,
        response_due=response_due,
        fix_due=fix_due,
        clock=snapshot["clock"],
        uncertain=msg.uncertain,
        rules=[r.get("id") for r in msg.rules],
        **recording_detail(msg),
    )
    if linked is not None:
        add_event(session, ticket, "linked", at, linked_case=desk.case(linked))
        add_event(session, linked, "follow_up_ticket", at, new_case=desk.case(ticket))
    ack_queued, ack_reason = queue_ack(desk, session, ticket, msg, contract, email, now)
    return filing_for(
        desk,
        "created",
        ticket,
        contract,
        msg,
        ack_queued=ack_queued,
        reason=f"follow-up of {desk.case(linked)}" if linked else ack_reason,
    )


def recording_detail(msg: IncomingMessage) -> dict[str, object]:
    """For a voicemail, what the on-call engineer wants before listening: length, language."""
    if msg.channel != "voicemail":
        return {}
    return {"duration_s": msg.duration_s, "language": msg.language, "caller_id": msg.caller_id}


def add_message(
    desk: TicketDesk,
    session: Session,
    ticket: Ticket,
    msg: IncomingMessage,
    message: Message | None,
    at: datetime,
    *,
    how: str,
    reopen: bool = False,
) -> Filing:
    """A customer's message on an existing ticket (`how` says how it was threaded)."""
    contract = desk.directory.get(ticket.customer_id)
    who = normalise_email(msg.sender_email) or msg.caller_id
    add_event(
        session,
        ticket,
        "message",
        at,
        actor=who,
        message_pk=msg.message_pk,
        how=how,
        channel=msg.channel,
        severity=msg.severity,
        **recording_detail(msg),
        subject=msg.subject,
    )
    if reopen:
        ticket.status = "open"
        ticket.resolved_at = None
        # The fix clock restarts at the reopening message, on the same terms. The old
        # deadline passed while the ticket was resolved; keeping it would report a breach
        # at once (and page someone at 3 a.m. for a customer's "thanks, it works").
        previous_fix_due = ticket.fix_due
        _, ticket.fix_due, ticket.sla = sla_deadlines(desk, ticket.severity, contract, at)
        ticket.fix_paused_at = None
        add_event(
            session,
            ticket,
            "reopened",
            at,
            actor=who,
            previous_fix_due=previous_fix_due,
            fix_due=ticket.fix_due,
        )
    elif ticket.status == "waiting_customer":
        # The customer answered: the fix clock runs again.
        set_status(desk, session, ticket, "open", at, by=who)
    previous: str | None = None
    if severity_rank(msg.severity) > severity_rank(ticket.severity) and msg.severity in SEVERITIES:
        previous = ticket.severity
        raise_severity(desk, session, ticket, msg.severity, at, contract, by=who)
        ticket.rules = list(msg.rules)
    ticket.message_count += 1
    ticket.updated_at = max(as_utc(ticket.updated_at), at)
    if msg.warnings:
        ticket.warnings = [*ticket.warnings, *msg.warnings]
    return filing_for(
        desk, "updated", ticket, contract, msg, previous_severity=previous, reason=how
    )


def raise_severity(
    desk: TicketDesk,
    session: Session,
    ticket: Ticket,
    severity: str,
    at: datetime,
    contract: Contract,
    *,
    by: str | None,
) -> None:
    """A rise re-runs the clocks from now on the new terms; a deadline never moves out."""
    old = ticket.severity
    response_due, fix_due, snapshot = sla_deadlines(desk, severity, contract, at)
    ticket.previous_severity = old
    ticket.severity = severity
    ticket.response_due = _earliest(ticket.response_due, response_due)
    ticket.fix_due = _earliest(ticket.fix_due, fix_due)
    ticket.sla = snapshot
    add_event(
        session,
        ticket,
        "severity_raised",
        at,
        actor=by,
        previous=old,
        severity=severity,
        response_due=ticket.response_due,
        fix_due=ticket.fix_due,
    )


def lower_severity(
    desk: TicketDesk,
    session: Session,
    ticket: Ticket,
    severity: str,
    now: datetime,
    contract: Contract,
    *,
    by: str | None,
) -> None:
    """Staff lowered it (e.g. the on-call engineer judged the voicemail): the promise is
    re-read from the original submission time."""
    old = ticket.severity
    response_due, fix_due, snapshot = sla_deadlines(
        desk, severity, contract, as_utc(ticket.created_at)
    )
    ticket.severity = severity
    ticket.response_due = response_due
    ticket.fix_due = fix_due
    ticket.sla = snapshot
    add_event(
        session,
        ticket,
        "severity_lowered",
        now,
        actor=by,
        previous=old,
        severity=severity,
        response_due=response_due,
        fix_due=fix_due,
    )


def set_status(
    desk: TicketDesk,
    session: Session,
    ticket: Ticket,
    status: str,
    at: datetime,
    *,
    by: str | None,
) -> None:
    """Waiting on the customer pauses the fix clock; leaving that state resumes it."""
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r} (one of {', '.join(STATUSES)})")
    old = ticket.status
    if status == old:
        return
    detail: dict[str, Any] = {"previous": old, "status": status}
    if status == "waiting_customer":
        ticket.fix_paused_at = at
    elif old == "waiting_customer" and ticket.fix_paused_at is not None:
        if ticket.fix_due is not None:
            contract = desk.directory.get(ticket.customer_id)
            calendar_clock = (ticket.sla or {}).get("clock") == "calendar"
            clock: Clock = "calendar" if calendar_clock else "business"
            calendar = _snapshot_calendar(ticket, contract)
            ticket.fix_due = resumed_fix_due(
                ticket.fix_due, ticket.fix_paused_at, at, clock, calendar
            )
            detail["fix_due"] = ticket.fix_due
        detail["paused_since"] = ticket.fix_paused_at
        ticket.fix_paused_at = None
    if status in ("resolved", "closed"):
        ticket.resolved_at = ticket.resolved_at or at
    elif old in ("resolved", "closed"):
        ticket.resolved_at = None
    ticket.status = status
    ticket.updated_at = max(as_utc(ticket.updated_at), at)
    add_event(session, ticket, "status_changed", at, actor=by, **detail)


def _earliest(a: datetime | None, b: datetime | None) -> datetime | None:
    a, b = maybe_utc(a), maybe_utc(b)
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b)


def _snapshot_calendar(ticket: Ticket, contract: Contract) -> Any:
    snapshot = ticket.sla or {}
    return calendar_from_snapshot(snapshot) if snapshot.get("calendar") else contract.calendar
