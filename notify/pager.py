"""The Pager: decides who to wake, runs escalations, delivers the outbox, stops on ack.

The decisions are made in the caller's transaction (`on_ticket`, `acknowledge`); sending
happens in `deliver_due`, outside any transaction, so a slow channel never holds a lock.
Every state change of a page is a row (Notification, Escalation) and every delivery
attempt is a TicketEvent, so a restart loses nothing and the timeline tells the story.

The parts live beside this module: escalation.py (steps, rounds, the fallback), flood.py
(folding messages into an open page), holding.py (office-hours notices held overnight),
sla_warnings.py (warning and breach pages), outbox.py (claim, send, retry) and
records.py (the rows they all write).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from notify import outbox, schedule
from notify.config import NotifyConfig, PolicyConfig, RelayConfig, StepConfig
from notify.content import PageText, TicketSnapshot, render_page
from notify.escalation import advance_escalations, open_escalations, start_escalation
from notify.flood import fold_into_open_page
from notify.holding import notice, release_held
from notify.links import ack_url, link_secret, make_token
from notify.policy import MatrixDecision, decide
from notify.records import PAGE_KINDS, PageDecision, add_event
from notify.sla_warnings import CheckpointCache, queue_sla_warnings
from storage.db import Database
from storage.models import Escalation, Notification, Ticket

if TYPE_CHECKING:  # frontdesk.config imports notify.config: no runtime import back
    from frontdesk.config import HttpConfig

__all__ = ["TIMER_RESOLUTION", "PageDecision", "Pager", "link_secret", "open_escalations"]

# Escalation delays are minutes: checking timers more than once a second buys nothing.
TIMER_RESOLUTION = timedelta(seconds=1)


class Pager:
    def __init__(
        self,
        notify: NotifyConfig,
        relay: RelayConfig,
        http: HttpConfig,
        *,
        case_prefix: str | None = None,
    ) -> None:
        self.config = notify
        self.relay = relay
        self.http = http
        self.link_secret = link_secret(http)
        self.case_prefix = case_prefix or notify.case_prefix
        self._people = {p.name: p for p in notify.people}
        self._timers_at: datetime | None = None
        self._sla_at: datetime | None = None
        # Computing a ticket's SLA checkpoints walks the business calendar, and the scan
        # sees every open ticket.
        self._checkpoints = CheckpointCache()

    # --- configuration lookups --------------------------------------------------------------

    def policy(self, name: str | None = None) -> PolicyConfig:
        wanted = name or self.config.policy
        for policy in self.config.policies:
            if wanted is None or policy.name == wanted:
                return policy
        if self.config.policies and name is None:
            return self.config.policies[0]
        # Nothing configured: every rotation's on-call person in turn.
        steps = [StepConfig(target=f"rotation:{r.name}") for r in self.config.rotations]
        return PolicyConfig(name=wanted or "default", steps=steps)

    def resolve(self, target: str, at: datetime) -> str | None:
        """The person a step target means at `at` (None: nobody, e.g. an empty rota)."""
        kind, _, name = target.partition(":")
        if kind == "person":
            return name
        rotation = schedule.find_rotation(self.config.rotations, name)
        if rotation is None:
            return None
        return schedule.person_at(rotation, self.config.overrides, at)[0]

    def channels_of(self, person: str | None) -> list[str]:
        config = self._people.get(person or "")
        if config is not None and config.channels:
            return list(config.channels)
        return [self.config.default_channel]

    def case(self, ticket: Ticket) -> str:
        return f"{self.case_prefix}-{ticket.number}"

    def link_for(self, ticket_id: int, now: datetime) -> str:
        token = make_token(
            self.link_secret,
            ticket_id,
            "ack",
            now=now,
            ttl=timedelta(hours=self.http.link_ttl_hours),
        )
        return ack_url(self.http.public_url, token)

    def snapshot(self, ticket: Ticket) -> TicketSnapshot:
        return TicketSnapshot(
            id=ticket.id,
            case=self.case(ticket),
            severity=ticket.severity,
            customer=ticket.customer_id,
            subject=ticket.subject,
            text=ticket.description,
            channel=ticket.channel,
            contact_name=ticket.contact_name,
            contact_email=ticket.contact_email,
            contact_phone=ticket.contact_phone,
            rules=tuple(ticket.rules or ()),
            status=ticket.status,
        )

    def render(
        self,
        ticket: Ticket,
        now: datetime,
        *,
        headline: str = "",
        possibly_critical: bool = False,
        folded: int = 0,
    ) -> PageText:
        return render_page(
            self.snapshot(ticket),
            link=self.link_for(ticket.id, now),
            headline=headline,
            possibly_critical=possibly_critical,
            folded=folded,
        )

    # --- the decision ------------------------------------------------------------------------

    def on_ticket(
        self,
        session: Session,
        ticket_id: int,
        *,
        event: str,
        severity: str,
        after_hours: bool,
        after_hours_cover: bool,
        has_package: bool,
        next_office_open: datetime | None,
        uncertain: bool,
        now: datetime,
    ) -> PageDecision:
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            return PageDecision(False, None, f"no ticket {ticket_id}")
        if not self.config.enabled:
            return self._decided(session, ticket, now, event, None, "notify disabled")
        matrix = decide(
            self.config.matrix,
            severity,
            after_hours=after_hours,
            after_hours_cover=after_hours_cover,
            uncertain=uncertain,
            uncertain_is_critical=self.config.uncertain_is_critical,
        )
        possibly_critical = matrix.severity != severity
        folded = fold_into_open_page(self, session, ticket, matrix, now, created=event == "created")
        if folded is not None:
            return self._decided(session, ticket, now, event, matrix, folded.reason, folded)
        if matrix.action == "page":
            start_escalation(
                self,
                session,
                ticket,
                severity=matrix.severity,
                possibly_critical=possibly_critical,
                has_package=has_package,
                now=now,
            )
            decision = PageDecision(True, None, f"paged: {matrix.reason}")
        elif matrix.action == "office_hours":
            decision = notice(self, session, ticket, event, after_hours, next_office_open, now)
            decision = PageDecision(
                decision.paged, decision.held_until, f"{decision.reason}: {matrix.reason}"
            )
        else:
            decision = PageDecision(False, None, matrix.reason)
        return self._decided(session, ticket, now, event, matrix, decision.reason, decision)

    def _decided(
        self,
        session: Session,
        ticket: Ticket,
        now: datetime,
        event: str,
        matrix: MatrixDecision | None,
        reason: str,
        decision: PageDecision | None = None,
    ) -> PageDecision:
        decision = decision or PageDecision(False, None, reason)
        add_event(
            session,
            ticket.id,
            "page_decision",
            now,
            {
                "event": event,
                "action": matrix.action if matrix else "none",
                "cell": matrix.cell if matrix else None,
                "paged": decision.paged,
                "held_until": decision.held_until.isoformat() if decision.held_until else None,
                "reason": reason,
            },
        )
        return decision

    # --- acknowledgement ---------------------------------------------------------------------

    def acknowledge(
        self, session: Session, ticket_id: int, by: str, now: datetime, resolve: bool = False
    ) -> bool:
        """Stop every pending step of the ticket's pages at once. False: no such ticket."""
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            return False
        stmt = select(Escalation).where(
            Escalation.ticket_id == ticket_id,
            Escalation.state.in_(("running", "acknowledged")),
        )
        if session.get_bind().dialect.name == "postgresql":
            # Serialise with run_timers: a step being advanced right now finishes first,
            # and the cancel below then sees (and cancels) what it queued.
            stmt = stmt.with_for_update()
        stopped = []
        for esc in session.scalars(stmt):
            if esc.state == "running" or resolve:
                esc.state = "resolved" if resolve else "acknowledged"
                esc.ended_at = now
                esc.next_at = None
                esc.acked_by = esc.acked_by or by
                stopped.append(esc.id)
        kinds = (*PAGE_KINDS, "breach_warning") if resolve else PAGE_KINDS
        cancelled: int = session.execute(  # type: ignore[attr-defined]
            update(Notification)
            .where(
                Notification.ticket_id == ticket_id,
                Notification.state.in_(("pending", "held")),
                Notification.kind.in_(kinds),
            )
            .values(state="cancelled", last_error=f"{'resolved' if resolve else 'acked'} by {by}")
            .execution_options(synchronize_session=False)
        ).rowcount
        add_event(
            session,
            ticket_id,
            "page_resolved" if resolve else "page_acknowledged",
            now,
            {"escalations": stopped, "cancelled_notifications": cancelled},
            actor=by,
        )
        return True

    # --- the outbox --------------------------------------------------------------------------

    def deliver_due(self, db: Database, now: datetime) -> int:
        """Send every due outbox row once; failures retry with backoff, then the next
        channel. Returns how many rows were attempted."""
        return outbox.deliver_due(db, now, self.config, self.relay)

    # --- timers ------------------------------------------------------------------------------

    def run_timers(self, db: Database, now: datetime) -> int:
        """Escalation steps that are due, held notifications at office open, SLA warnings.
        Returns how many things happened.

        Workers call this after every job; on SQLite every transaction takes the write
        lock, so the timers run at most once per TIMER_RESOLUTION of `now` and the SLA
        scan (every open ticket) once per sla_check_interval_s.
        """
        last = self._timers_at
        if last is not None and last <= now < last + TIMER_RESOLUTION:
            return 0
        self._timers_at = now
        with db.transaction() as session:
            count = advance_escalations(self, session, db.is_postgres, now)
            count += release_held(self, session, db.is_postgres, now)
            count += outbox.recover_stale(session, now)
        sla_last = self._sla_at
        interval = timedelta(seconds=self.config.sla_check_interval_s)
        if (
            self.config.enabled
            and self.config.sla_warnings
            and (sla_last is None or not sla_last <= now < sla_last + interval)
        ):
            self._sla_at = now
            with db.transaction() as session:
                count += queue_sla_warnings(self, session, self._checkpoints, now)
        return count
