"""SLA warnings: one page at the warning point and one at the breach of each running clock.

The timers scan every ticket with a running clock; the checkpoints of a ticket are cached
because computing them walks its business calendar.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from notify.records import SLA_STATUSES, add_event, aware, queue_notification
from storage.models import Notification, Ticket

if TYPE_CHECKING:  # the pager imports this module
    from notify.pager import Pager

# Past this many tickets the cache starts afresh rather than grow without bound.
_CACHE_LIMIT = 50_000


class CheckpointCache:
    """ticket id -> (what the checkpoints depend on, the checkpoints)."""

    def __init__(self) -> None:
        self._entries: dict[int, tuple[tuple[Any, ...], list[tuple[str, datetime]]]] = {}

    def get(self, ticket: Ticket, warning_fraction: float) -> list[tuple[str, datetime]]:
        key = (
            ticket.created_at,
            ticket.response_due,
            ticket.fix_due,
            ticket.first_response_at,
            ticket.resolved_at,
            ticket.fix_paused_at,
            ticket.status,
            ticket.updated_at,
        )
        cached = self._entries.get(ticket.id)
        if cached is not None and cached[0] == key:
            return cached[1]
        if len(self._entries) > _CACHE_LIMIT:
            self._entries.clear()
        points = compute_checkpoints(ticket, warning_fraction)
        self._entries[ticket.id] = (key, points)
        return points


def compute_checkpoints(ticket: Ticket, warning_fraction: float) -> list[tuple[str, datetime]]:
    """[(response_warning|response_breach|fix_warning|fix_breach, at)].

    The desk's own function knows the ticket's business calendar (the warning point is
    measured in business time); without it, wall-clock time from creation is used."""
    try:
        from tickets import breach_checkpoints
    except ImportError:
        pass
    else:
        return [
            (kind, at if at.tzinfo else at.replace(tzinfo=UTC))
            for kind, at in breach_checkpoints(ticket)
        ]
    out: list[tuple[str, datetime]] = []
    created = aware(ticket.created_at)
    clocks = [("response", aware(ticket.response_due))]
    if ticket.fix_paused_at is None:
        clocks.append(("fix", aware(ticket.fix_due)))
    for name, due in clocks:
        if due is not None and created is not None:
            out.append((f"{name}_warning", created + (due - created) * warning_fraction))
            out.append((f"{name}_breach", due))
    return out


def queue_sla_warnings(
    pager: Pager, session: Session, checkpoints: CheckpointCache, now: datetime
) -> int:
    """Warn once at the warning point and once at the breach of each running SLA clock
    (dedupe keys make "once" hold across workers and restarts)."""
    count = 0
    tickets = list(
        session.scalars(
            select(Ticket).where(
                Ticket.status.in_(SLA_STATUSES),
                (
                    Ticket.response_due.is_not(None)
                    & Ticket.first_response_at.is_(None)
                    & Ticket.acknowledged_at.is_(None)
                )
                | (Ticket.fix_due.is_not(None) & Ticket.resolved_at.is_(None)),
            )
        )
    )
    if not tickets:
        return 0
    sent = set(
        session.scalars(
            select(Notification.dedupe_key).where(
                Notification.ticket_id.in_([t.id for t in tickets]),
                Notification.kind == "breach_warning",
            )
        )
    )
    policy = pager.policy()
    target = policy.steps[0].target if policy.steps else None
    for ticket in tickets:
        points = dict(checkpoints.get(ticket, pager.config.sla_warning_fraction))
        for kind, at in sorted(points.items(), key=lambda item: item[1]):
            key = f"sla:{ticket.id}:{kind}"
            if at > now or key in sent:
                continue
            clock_name, _, mark = kind.partition("_")
            if clock_name == "response" and ticket.acknowledged_at is not None:
                continue
            breach_at = points.get(f"{clock_name}_breach")
            if mark == "warning" and breach_at is not None and breach_at <= now:
                continue  # past the breach already: only the breach is news
            due = breach_at or at
            headline = (
                f"SLA {clock_name} time BREACHED (was due {due:%Y-%m-%d %H:%M} UTC)"
                if mark == "breach"
                else f"SLA {clock_name} time "
                f"{round(pager.config.sla_warning_fraction * 100)}% used: "
                f"due {due:%Y-%m-%d %H:%M} UTC"
            )
            person = pager.resolve(target, now) if target else None
            queue_notification(
                pager,
                session,
                ticket,
                kind="breach_warning",
                target=target,
                person=person,
                text=pager.render(ticket, now, headline=headline),
                now=now,
                dedupe_key=key,
            )
            add_event(session, ticket.id, "sla_warning", now, {"checkpoint": kind})
            sent.add(key)
            count += 1
    return count
