"""TicketDesk: files one message as a new ticket or onto the ticket it belongs to.

The pipeline calls `file_message` inside its transaction; everything here is database
work on that session plus pure helpers (calendar, SLA, subjects, threading, ack).
Every change to a ticket is written as a TicketEvent.

The parts live beside this module: filing.py (which ticket a message belongs to),
changes.py (creating a ticket, adding a message, status and severity changes),
acks_queue.py (the acknowledgement mail) and records.py (events and the Filing result).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from storage.models import Ticket
from tickets import filing
from tickets.calendar import as_utc
from tickets.changes import STATUSES, lower_severity, raise_severity, set_status
from tickets.config import AgencyConfig, CustomerConfig, TicketsConfig
from tickets.customers import CustomerDirectory
from tickets.models import Filing, IncomingMessage
from tickets.records import add_event
from tickets.sla import SEVERITIES, severity_rank
from tickets.subjects import case_label

__all__ = ["STATUSES", "TicketDesk", "TicketNotFound"]


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

    def case(self, ticket: Ticket) -> str:
        return case_label(self.prefix, ticket.number)

    # --- filing -------------------------------------------------------------------------

    def file_message(
        self, session: Session, msg: IncomingMessage, now: datetime, *, link: bool = True
    ) -> Filing:
        return filing.file_message(self, session, msg, now, link=link)

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
        add_event(session, ticket, "acknowledged", now, actor=by)
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
            set_status(self, session, ticket, status, now, by=by)
        if severity is not None and severity != ticket.severity:
            if severity not in SEVERITIES:
                raise ValueError(f"unknown severity {severity!r} (one of {', '.join(SEVERITIES)})")
            contract = self.directory.get(ticket.customer_id)
            if severity_rank(severity) > severity_rank(ticket.severity):
                raise_severity(self, session, ticket, severity, now, contract, by=by)
            else:
                lower_severity(self, session, ticket, severity, now, contract, by=by)
            ticket.updated_at = max(as_utc(ticket.updated_at), now)
        if note:
            add_event(session, ticket, "note", now, actor=by, text=note)
            ticket.updated_at = max(as_utc(ticket.updated_at), now)
        session.flush()
        return ticket

    def _get(self, session: Session, ticket_id: int) -> Ticket:
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            raise TicketNotFound(f"no ticket with id {ticket_id}")
        return ticket
