"""tickets — threading, customers and contracts, SLA clocks, business calendars, acks.

The pipeline calls `TicketDesk.file_message`; see CONTRACTS.md.
"""

# The names below are imported on first use (PEP 562), not with the package: importing
# `tickets.config` for the settings then costs no SQLAlchemy, rule engine or channels, and
# `frontdesk serve` can spawn its worker processes before it loads the rest.
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tickets.calendar import BusinessCalendar
    from tickets.desk import TicketDesk, TicketNotFound
    from tickets.models import Filing, IncomingMessage
    from tickets.sla import breach_checkpoints

_WHERE = {
    "BusinessCalendar": "tickets.calendar",
    "TicketDesk": "tickets.desk",
    "TicketNotFound": "tickets.desk",
    "Filing": "tickets.models",
    "IncomingMessage": "tickets.models",
    "breach_checkpoints": "tickets.sla",
}

__all__ = [
    "BusinessCalendar",
    "Filing",
    "IncomingMessage",
    "TicketDesk",
    "TicketNotFound",
    "breach_checkpoints",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # found in the module's dict from now on, without this call
    return value
