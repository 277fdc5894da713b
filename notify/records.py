"""The rows paging leaves behind: outbox Notifications and timeline TicketEvents.

Shared by the pager's parts (escalation, flood folding, holding, SLA warnings, the
outbox), so each of them writes rows the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from notify.content import PageText
from storage.models import Notification, Ticket, TicketEvent
from storage.rows import append_row, insert_row

if TYPE_CHECKING:  # the pager imports this module
    from notify.pager import Pager

# Notification kinds that belong to paging; an acknowledgement cancels their pending rows.
PAGE_KINDS = ("page", "escalation", "raised", "notice")
OPEN_STATUSES = ("open",)
# SLA clocks run on these (the desk suspends the fix clock while waiting on the customer).
SLA_STATUSES = ("open", "waiting_customer")


@dataclass(frozen=True)
class PageDecision:
    paged: bool
    held_until: datetime | None
    reason: str


def aware(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; everything we store is UTC."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def parse_time(value: Any) -> datetime | None:
    try:
        return aware(datetime.fromisoformat(value)) if value else None
    except (TypeError, ValueError):
        return None


def add_event(
    session: Session,
    ticket_id: int,
    kind: str,
    now: datetime,
    detail: dict[str, Any],
    actor: str | None = "frontdesk",
) -> None:
    append_row(
        session, TicketEvent, ticket_id=ticket_id, at=now, kind=kind, actor=actor, detail=detail
    )


def queue_notification(
    pager: Pager,
    session: Session,
    ticket: Ticket,
    *,
    kind: str,
    target: str | None,
    person: str | None,
    text: PageText,
    now: datetime,
    state: str = "pending",
    due_at: datetime | None = None,
    dedupe_key: str | None = None,
    channels: list[str] | None = None,
    extra: dict[str, Any] | None = None,
) -> int:
    """An outbox row for `person` over their channels (tried in order by the outbox); its id."""
    chans = channels or pager.channels_of(person)
    return insert_row(
        session,
        Notification,
        ticket_id=ticket.id,
        kind=kind,
        recipient=person or "nobody",
        channel=chans[0],
        subject=text.subject,
        body=text.body,
        payload={
            "channels": chans,
            "channel_index": 0,
            "channel_attempts": 0,
            "short": text.short,
            "target": target,
            **(extra or {}),
        },
        state=state,
        attempts=0,
        due_at=due_at or now,
        created_at=now,
        dedupe_key=dedupe_key,
    )
