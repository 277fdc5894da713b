"""tickets — threading, customers and contracts, SLA clocks, business calendars, acks.

The pipeline calls `TicketDesk.file_message`; see CONTRACTS.md.
"""

from tickets.calendar import BusinessCalendar
from tickets.desk import TicketDesk, TicketNotFound
from tickets.models import Filing, IncomingMessage
from tickets.sla import breach_checkpoints

__all__ = [
    "BusinessCalendar",
    "Filing",
    "IncomingMessage",
    "TicketDesk",
    "TicketNotFound",
    "breach_checkpoints",
]
