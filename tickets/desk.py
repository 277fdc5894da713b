"""TicketDesk: files one message as a new ticket or onto the ticket it belongs to.

The pipeline calls `file_message` inside its transaction; everything here is database
work on that session plus pure helpers (calendar, SLA, subjects, threading, ack).
Every change to a ticket is written as a TicketEvent.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.models import Message, Notification, Ticket, TicketEvent
from tickets.ack import render_ack
from tickets.calendar import as_utc, maybe_utc
from tickets.config import AgencyConfig, CustomerConfig, TicketsConfig
from tickets.customers import Contract, CustomerDirectory, normalise_email, normalise_phone
from tickets.models import Filing, IncomingMessage
from tickets.sla import (
    SEVERITIES,
    Clock,
    deadlines,
    resumed_fix_due,
    severity_rank,
    sla_snapshot,
    terms_for,
)
from tickets.subjects import case_label, format_tag, next_case_number, normalise_subject
from tickets.threading import by_reply_headers, by_subject_tag, find_thread

STATUSES = ("open", "waiting_customer", "resolved", "closed")
# A staff member can set the status from the reply itself: a line "#status resolved".
_STATUS_COMMAND = re.compile(
    r"^\s*#status\s+(open|waiting_customer|waiting|resolved|closed)\b", re.IGNORECASE | re.M
)


class TicketNotFound(LookupError):
    pass


class TicketDesk:
    def __init__(
        self,
        agency: AgencyConfig,
        tickets: TicketsConfig,
        customers: Sequence[CustomerConfig],
        ack_from: str,
    ) -> None:
        self.agency = agency
        self.config = tickets
        self.directory = CustomerDirectory(agency, customers)
        self.ack_from = ack_from
        self.prefix = tickets.subject_tag_prefix

    # --- helpers ------------------------------------------------------------------------

    def case(self, ticket: Ticket) -> str:
        return case_label(self.prefix, ticket.number)

    def _terms(self, severity: str, contract: Contract) -> Any:
        return terms_for(
            severity,
            has_package=contract.has_package,
            after_hours_cover=contract.after_hours_cover,
            low=(self.config.low_response, self.config.low_fix),
            overrides=contract.sla_overrides,
        )

    def _deadlines(
        self, severity: str, contract: Contract, start: datetime
    ) -> tuple[datetime | None, datetime | None, dict[str, Any]]:
        terms = self._terms(severity, contract)
        response_due, fix_due = deadlines(start, terms, contract.calendar)
        return response_due, fix_due, sla_snapshot(terms, contract.calendar)

    def _event(
        self,
        session: Session,
        ticket: Ticket,
        kind: str,
        at: datetime,
        *,
        actor: str | None = None,
        message_pk: int | None = None,
        **detail: Any,
    ) -> None:
        session.add(
            TicketEvent(
                ticket_id=ticket.id,
                at=at,
                kind=kind,
                actor=actor,
                detail=_jsonable(detail),
                message_pk=message_pk,
            )
        )

    def _filing(
        self,
        action: Any,
        ticket: Ticket | None,
        contract: Contract,
        msg: IncomingMessage,
        **extra: Any,
    ) -> Filing:
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
                ticket_id=ticket.id,
                case=self.case(ticket),
                customer_id=ticket.customer_id,
                severity=ticket.severity,
                response_due=maybe_utc(ticket.response_due),
                fix_due=maybe_utc(ticket.fix_due),
            )
        values.update(extra)
        return Filing(**values)

    # --- filing -------------------------------------------------------------------------

    def file_message(self, session: Session, msg: IncomingMessage, now: datetime) -> Filing:
        # Stored as UTC: SQLite keeps no offset, so a local time would be stored as wall time.
        msg = dataclasses.replace(msg, received_at=as_utc(msg.received_at))
        now = as_utc(now)
        message = session.get(Message, msg.message_pk)
        email = normalise_email(msg.sender_email)
        phone = normalise_phone(msg.caller_id, self.agency.country)
        contract = self.directory.match(email=email, phone=phone)

        if message is not None and message.ticket_id is not None:
            ticket = session.get(Ticket, message.ticket_id)
            return self._filing("duplicate", ticket, contract, msg, reason="already filed")

        earlier = self._same_message_id(session, msg)
        if earlier is not None:
            ticket = session.get(Ticket, earlier.ticket_id) if earlier.ticket_id else None
            return self._filing(
                "duplicate",
                ticket,
                contract,
                msg,
                reason=f"Message-ID seen before (message {earlier.id})",
            )

        if msg.automated:
            return self._file_automated(session, msg, message, contract, now)

        if self.directory.is_staff(email):
            return self._file_staff_reply(session, msg, message, contract, now)

        return self._file_customer_message(session, msg, message, contract, email, phone, now)

    def _same_message_id(self, session: Session, msg: IncomingMessage) -> Message | None:
        if not msg.message_id:
            return None
        return (
            session.execute(
                select(Message)
                .where(
                    Message.message_id == msg.message_id.strip("<>"),
                    Message.direction == "in",
                    Message.id != msg.message_pk,
                    Message.id < msg.message_pk,
                )
                .order_by(Message.id)
                .limit(1)
            )
            .scalars()
            .first()
        )

    def _file_automated(
        self,
        session: Session,
        msg: IncomingMessage,
        message: Message | None,
        contract: Contract,
        now: datetime,
    ) -> Filing:
        """Never a ticket, never an ack; a bounce/auto-reply to our own mail is logged."""
        match = by_reply_headers(session, msg.in_reply_to, msg.references, msg.message_pk)
        if match is None:
            return self._filing(
                "ignored", None, contract, msg, reason=f"automated: {msg.automated}"
            )
        ticket = match.ticket
        self._event(
            session,
            ticket,
            "automated_reply",
            msg.received_at,
            actor=msg.sender_email,
            message_pk=msg.message_pk,
            reason=msg.automated,
            subject=msg.subject,
        )
        if message is not None:
            message.ticket_id = ticket.id
        return self._filing(
            "ignored",
            ticket,
            contract,
            msg,
            reason=f"automated: {msg.automated} (logged on ticket)",
        )

    def _file_staff_reply(
        self,
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
            match = by_subject_tag(session, msg.subject, self.prefix)
        if match is None:
            return self._filing(
                "ignored",
                None,
                contract,
                msg,
                staff_reply=True,
                reason="staff mail without a ticket",
            )
        ticket = match.ticket
        at = msg.received_at
        self._event(
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
            self._event(session, ticket, "responded", at, actor=normalise_email(msg.sender_email))
        command = _STATUS_COMMAND.search(msg.text or "")
        if command:
            status = command.group(1).lower()
            status = "waiting_customer" if status == "waiting" else status
            self._set_status(session, ticket, status, at, by=normalise_email(msg.sender_email))
        ticket.message_count += 1
        ticket.updated_at = max(as_utc(ticket.updated_at), at)
        if message is not None:
            message.ticket_id = ticket.id
        contract = self.directory.get(ticket.customer_id)
        return self._filing("updated", ticket, contract, msg, staff_reply=True, reason=match.how)

    def _file_customer_message(
        self,
        session: Session,
        msg: IncomingMessage,
        message: Message | None,
        contract: Contract,
        email: str | None,
        phone: str | None,
        now: datetime,
    ) -> Filing:
        at = msg.received_at
        normalized = normalise_subject(msg.subject, self.prefix)
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
            prefix=self.prefix,
            window_days=self.config.thread_window_days,
            voicemail_join_minutes=self.config.voicemail_join_minutes,
        )
        linked: Ticket | None = None
        if match is not None:
            ticket = match.ticket
            if ticket.status in ("resolved", "closed"):
                resolved_at = maybe_utc(ticket.resolved_at) or as_utc(ticket.updated_at)
                if at - resolved_at <= timedelta(days=self.config.reopen_days):
                    return self._update(
                        session, ticket, msg, message, at, how=match.how, reopen=True
                    )
                linked = ticket
            else:
                return self._update(session, ticket, msg, message, at, how=match.how)
        return self._create(
            session, msg, message, contract, email, phone, normalized, at, now, linked
        )

    def _create(
        self,
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
        response_due, fix_due, snapshot = self._deadlines(severity, contract, at)
        ticket = Ticket(
            number=next_case_number(session, self.prefix),
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
        session.add(ticket)
        session.flush()
        if message is not None:
            message.ticket_id = ticket.id
        self._event(
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
        )
        if linked is not None:
            self._event(session, ticket, "linked", at, linked_case=self.case(linked))
            self._event(session, linked, "follow_up_ticket", at, new_case=self.case(ticket))
        ack_queued, ack_reason = self._maybe_ack(session, ticket, msg, contract, email, now)
        return self._filing(
            "created",
            ticket,
            contract,
            msg,
            ack_queued=ack_queued,
            reason=f"follow-up of {self.case(linked)}" if linked else ack_reason,
        )

    def _update(
        self,
        session: Session,
        ticket: Ticket,
        msg: IncomingMessage,
        message: Message | None,
        at: datetime,
        *,
        how: str,
        reopen: bool = False,
    ) -> Filing:
        contract = self.directory.get(ticket.customer_id)
        who = normalise_email(msg.sender_email) or msg.caller_id
        self._event(
            session,
            ticket,
            "message",
            at,
            actor=who,
            message_pk=msg.message_pk,
            how=how,
            channel=msg.channel,
            severity=msg.severity,
            subject=msg.subject,
        )
        if reopen:
            ticket.status = "open"
            ticket.resolved_at = None
            self._event(session, ticket, "reopened", at, actor=who)
        elif ticket.status == "waiting_customer":
            # The customer answered: the fix clock runs again.
            self._set_status(session, ticket, "open", at, by=who)
        previous: str | None = None
        if (
            severity_rank(msg.severity) > severity_rank(ticket.severity)
            and msg.severity in SEVERITIES
        ):
            previous = ticket.severity
            self._raise_severity(session, ticket, msg.severity, at, contract, by=who)
            ticket.rules = list(msg.rules)
        ticket.message_count += 1
        ticket.updated_at = max(as_utc(ticket.updated_at), at)
        if msg.warnings:
            ticket.warnings = [*ticket.warnings, *msg.warnings]
        if message is not None:
            message.ticket_id = ticket.id
        return self._filing(
            "updated", ticket, contract, msg, previous_severity=previous, reason=how
        )

    def _raise_severity(
        self,
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
        response_due, fix_due, snapshot = self._deadlines(severity, contract, at)
        ticket.previous_severity = old
        ticket.severity = severity
        ticket.response_due = _earliest(ticket.response_due, response_due)
        ticket.fix_due = _earliest(ticket.fix_due, fix_due)
        ticket.sla = snapshot
        self._event(
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

    def _set_status(
        self, session: Session, ticket: Ticket, status: str, at: datetime, *, by: str | None
    ) -> None:
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
                contract = self.directory.get(ticket.customer_id)
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
        self._event(session, ticket, "status_changed", at, actor=by, **detail)

    # --- acknowledgement -----------------------------------------------------------------

    def _maybe_ack(
        self,
        session: Session,
        ticket: Ticket,
        msg: IncomingMessage,
        contract: Contract,
        email: str | None,
        now: datetime,
    ) -> tuple[bool, str | None]:
        if not self.config.ack_enabled:
            return False, None
        recipient = email if msg.channel == "email" else (email or contract.contact_email)
        if recipient is None:
            return False, "no address to acknowledge to"
        support = normalise_email(self.agency.support_address)
        if recipient in (support, normalise_email(self.ack_from)) or self.directory.is_staff(
            recipient
        ):
            return False, "not acknowledging our own address"
        since = now - timedelta(minutes=self.config.ack_min_interval_minutes)
        recent = session.execute(
            select(func.count(Notification.id)).where(
                Notification.kind == "ack",
                Notification.recipient == recipient,
                Notification.created_at >= since,
            )
        ).scalar_one()
        if recent:
            self._event(session, ticket, "ack_suppressed", now, reason="rate limit", to=recipient)
            return False, "acknowledgement rate limit"
        after_hours = not contract.calendar.is_office_hours(msg.received_at)
        try:
            rendered = render_ack(
                language=ticket.language or contract.language,
                case=self.case(ticket),
                tag=format_tag(self.prefix, ticket.number),
                severity=ticket.severity,
                subject=msg.subject,
                name=msg.sender_name or ticket.contact_name,
                to_address=recipient,
                from_address=self.ack_from,
                agency=self.agency.name,
                response_due=ticket.response_due,
                after_hours=after_hours,
                next_office_open=contract.calendar.next_office_open(msg.received_at),
                calendar=contract.calendar,
                in_reply_to=msg.message_id if msg.channel == "email" else None,
                references=msg.references if msg.channel == "email" else (),
                now=now,
                templates_dir=self.config.ack_templates_dir,
            )
        except (ValueError, IndexError) as exc:  # an address the email package refuses
            self._event(session, ticket, "ack_failed", now, reason=str(exc)[:200])
            return False, "acknowledgement could not be rendered"
        text = rendered.as_text()
        raw = text.encode("utf-8")
        session.add(
            Notification(
                ticket_id=ticket.id,
                kind="ack",
                recipient=recipient,
                channel="smtp",
                subject=rendered.subject,
                body=rendered.body,
                payload={"message": text, "mail_from": self.ack_from, "rcpt_to": [recipient]},
                state="pending",
                due_at=now,
                created_at=now,
                dedupe_key=f"ack:{msg.message_pk}",
            )
        )
        # Our own Message-ID, so replies to the acknowledgement thread onto the ticket.
        session.add(
            Message(
                sha256=hashlib.sha256(raw).hexdigest(),
                message_id=rendered.message_id,
                direction="out",
                source="outbox",
                received_at=now,
                raw=raw,
                size=len(raw),
                envelope_from=self.ack_from,
                envelope_to=[recipient],
                state="processed",
                ticket_id=ticket.id,
                processed_at=now,
            )
        )
        self._event(
            session, ticket, "ack_queued", now, to=recipient, message_id=rendered.message_id
        )
        return True, None

    # --- staff actions (CLI, HTTP) -------------------------------------------------------

    def acknowledge(self, session: Session, ticket_id: int, by: str, now: datetime) -> bool:
        """Someone took the ticket: stops the response clock. False if already acknowledged."""
        now = as_utc(now)
        ticket = self._get(session, ticket_id)
        if ticket.acknowledged_at is not None:
            return False
        ticket.acknowledged_at = now
        if ticket.first_response_at is None:
            ticket.first_response_at = now
        ticket.updated_at = max(as_utc(ticket.updated_at), now)
        self._event(session, ticket, "acknowledged", now, actor=by)
        return True

    def update(
        self,
        session: Session,
        ticket_id: int,
        *,
        status: str | None = None,
        severity: str | None = None,
        note: str | None = None,
        by: str | None = None,
        now: datetime,
    ) -> Ticket:
        now = as_utc(now)
        ticket = self._get(session, ticket_id)
        if status is not None:
            self._set_status(session, ticket, status, now, by=by)
        if severity is not None and severity != ticket.severity:
            if severity not in SEVERITIES:
                raise ValueError(f"unknown severity {severity!r} (one of {', '.join(SEVERITIES)})")
            contract = self.directory.get(ticket.customer_id)
            if severity_rank(severity) > severity_rank(ticket.severity):
                self._raise_severity(session, ticket, severity, now, contract, by=by)
            else:
                # Staff lowered it (e.g. the on-call engineer judged the voicemail): the
                # promise is re-read from the original submission time.
                old = ticket.severity
                response_due, fix_due, snapshot = self._deadlines(
                    severity, contract, as_utc(ticket.created_at)
                )
                ticket.severity = severity
                ticket.response_due = response_due
                ticket.fix_due = fix_due
                ticket.sla = snapshot
                self._event(
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
            ticket.updated_at = max(as_utc(ticket.updated_at), now)
        if note:
            self._event(session, ticket, "note", now, actor=by, text=note)
            ticket.updated_at = max(as_utc(ticket.updated_at), now)
        session.flush()
        return ticket

    def _get(self, session: Session, ticket_id: int) -> Ticket:
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            raise TicketNotFound(f"no ticket with id {ticket_id}")
        return ticket


def _earliest(a: datetime | None, b: datetime | None) -> datetime | None:
    a, b = maybe_utc(a), maybe_utc(b)
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b)


def _snapshot_calendar(ticket: Ticket, contract: Contract) -> Any:
    from tickets.sla import calendar_from_snapshot

    snapshot = ticket.sla or {}
    return calendar_from_snapshot(snapshot) if snapshot.get("calendar") else contract.calendar


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value
