"""The Pager: decides who to wake, runs escalations, delivers the outbox, stops on ack.

The decisions are made in the caller's transaction (`on_ticket`, `acknowledge`); sending
happens in `deliver_due`, outside any transaction, so a slow channel never holds a lock.
Every state change of a page is a row (Notification, Escalation) and every delivery
attempt is a TicketEvent, so a restart loses nothing and the timeline tells the story.
"""

from __future__ import annotations

import contextlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import structlog
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from notify import schedule
from notify.channels import Outgoing, redact, send
from notify.config import NotifyConfig, PolicyConfig, RelayConfig, StepConfig
from notify.content import PageText, TicketSnapshot, render_page
from notify.links import ack_url, make_token
from notify.policy import MatrixDecision, decide, rank
from storage.db import Database
from storage.models import Escalation, Notification, Ticket, TicketEvent

if TYPE_CHECKING:  # frontdesk.config imports notify.config: no runtime import back
    from frontdesk.config import HttpConfig

log = structlog.get_logger()

# Notification kinds that belong to paging; an acknowledgement cancels their pending rows.
PAGE_KINDS = ("page", "escalation", "raised", "notice")
OPEN_STATUSES = ("open",)
# SLA clocks run on these (the desk suspends the fix clock while waiting on the customer).
SLA_STATUSES = ("open", "waiting_customer")
# A row left in "sending" by a process that died is retried after this long.
STALE_SENDING = timedelta(minutes=10)
_CLAIM_BATCH = 20
MAX_BACKOFF_S = 3600.0
_PROCESS_SECRET = secrets.token_urlsafe(32)
# Escalation delays are minutes: checking timers more than once a second buys nothing.
TIMER_RESOLUTION = timedelta(seconds=1)


@dataclass(frozen=True)
class PageDecision:
    paged: bool
    held_until: datetime | None
    reason: str


def _aware(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; everything we store is UTC."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def _parse_time(value: Any) -> datetime | None:
    try:
        return _aware(datetime.fromisoformat(value)) if value else None
    except (TypeError, ValueError):
        return None


def _event(
    session: Session,
    ticket_id: int,
    kind: str,
    now: datetime,
    detail: dict[str, Any],
    actor: str | None = "frontdesk",
) -> None:
    session.add(TicketEvent(ticket_id=ticket_id, at=now, kind=kind, actor=actor, detail=detail))


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
        # With no configured secret, links are signed with a per-process key (they die
        # on restart, not on a config reload; the config check says so).
        self.link_secret = http.secret or _PROCESS_SECRET
        self.case_prefix = case_prefix or notify.case_prefix
        self._people = {p.name: p for p in notify.people}
        self._timers_at: datetime | None = None
        self._sla_at: datetime | None = None
        # ticket id -> (what the checkpoints depend on, the checkpoints): computing them
        # walks the business calendar, and the scan sees every open ticket.
        self._checkpoint_cache: dict[int, tuple[tuple[Any, ...], list[tuple[str, datetime]]]] = {}

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

    # --- queueing ----------------------------------------------------------------------------

    def _queue(
        self,
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
    ) -> Notification:
        chans = channels or self.channels_of(person)
        row = Notification(
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
        session.add(row)
        session.flush()
        return row

    def _page_step(
        self, session: Session, ticket: Ticket, esc: Escalation, policy: PolicyConfig, now: datetime
    ) -> Notification:
        step = policy.steps[esc.step] if policy.steps else None
        target = step.target if step else None
        person = self.resolve(target, now) if target else None
        first = esc.step == 0 and esc.round == 0
        headline = (
            "Page"
            if first
            else f"Not acknowledged: escalation step {esc.step + 1}, round {esc.round + 1}"
        )
        text = self.render(
            ticket,
            now,
            headline=headline,
            possibly_critical=bool(esc.detail.get("possibly_critical")),
            folded=esc.folded,
        )
        row = self._queue(
            session,
            ticket,
            kind="page" if first else "escalation",
            target=target,
            person=person,
            text=text,
            now=now,
            dedupe_key=f"esc:{esc.id}:{esc.round}:{esc.step}",
            extra={"escalation_id": esc.id},
        )
        esc.page_count += 1
        _event(
            session,
            ticket.id,
            "page_queued",
            now,
            {
                "escalation_id": esc.id,
                "step": esc.step,
                "round": esc.round,
                "target": target,
                "person": person,
                "notification_id": row.id,
            },
        )
        return row

    def _delay(self, policy: PolicyConfig, step: int) -> timedelta:
        minutes = policy.steps[step].delay_minutes if policy.steps else 5.0
        return timedelta(minutes=minutes)

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
        folded = self._fold_into_open_page(session, ticket, matrix, now)
        if folded is not None:
            return self._decided(session, ticket, now, event, matrix, folded.reason, folded)
        if matrix.action == "page":
            esc = Escalation(
                ticket_id=ticket.id,
                policy=self.policy().name,
                state="running",
                step=0,
                round=0,
                started_at=now,
                page_count=0,
                folded=0,
                last_severity=matrix.severity,
                detail={
                    "possibly_critical": possibly_critical,
                    "last_message_at": now.isoformat(),
                    "has_package": has_package,
                },
            )
            session.add(esc)
            session.flush()
            policy = self.policy(esc.policy)
            self._page_step(session, ticket, esc, policy, now)
            esc.next_at = now + self._delay(policy, 0)
            decision = PageDecision(True, None, f"paged: {matrix.reason}")
        elif matrix.action == "office_hours":
            decision = self._notice(session, ticket, event, after_hours, next_office_open, now)
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
        _event(
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

    def _fold_into_open_page(
        self, session: Session, ticket: Ticket, matrix: MatrixDecision, now: datetime
    ) -> PageDecision | None:
        """Flood control: a message about an outage someone is already paged for adds to a
        running count instead of paging again; a severity rise re-notifies."""
        window = timedelta(minutes=self.config.flood_window_minutes)
        stmt = (
            select(Escalation)
            .join(Ticket, Ticket.id == Escalation.ticket_id)
            .where(Escalation.state.in_(("running", "acknowledged")))
            .where(Ticket.status.in_(OPEN_STATUSES))
            .order_by(Escalation.started_at.desc())
        )
        if ticket.customer_id and matrix.action == "page":
            # Another ticket of the same customer only folds when it would have paged: a
            # question sent during an outage is not part of the outage.
            stmt = stmt.where(
                (Escalation.ticket_id == ticket.id)
                | (
                    (Ticket.customer_id == ticket.customer_id)
                    & (Escalation.started_at >= now - window)
                )
            )
        else:
            stmt = stmt.where(Escalation.ticket_id == ticket.id)
        for esc in session.scalars(stmt):
            last = _parse_time(esc.detail.get("last_message_at"))
            if esc.state == "acknowledged" and last is not None and now - last > window:
                continue  # someone took it, and this is news after a quiet spell
            detail = dict(esc.detail)
            detail["last_message_at"] = now.isoformat()
            esc.detail = detail
            if rank(matrix.severity) > rank(esc.last_severity) and matrix.action == "page":
                return self._raise(session, ticket, esc, matrix, now)
            esc.folded += 1
            if esc.ticket_id != ticket.id:
                _event(
                    session,
                    esc.ticket_id,
                    "page_folded",
                    now,
                    {"ticket_id": ticket.id, "case": self.case(ticket), "count": esc.folded},
                )
            return PageDecision(
                False,
                None,
                f"folded into the open page of {self._case_of(session, esc.ticket_id)} "
                f"({esc.folded} more)",
            )
        return None

    def _case_of(self, session: Session, ticket_id: int) -> str:
        number = session.scalar(select(Ticket.number).where(Ticket.id == ticket_id))
        return f"{self.case_prefix}-{number}"

    def _raise(
        self,
        session: Session,
        ticket: Ticket,
        esc: Escalation,
        matrix: MatrixDecision,
        now: datetime,
    ) -> PageDecision:
        """Severity went up on a page in progress: tell whoever holds it now."""
        before = esc.last_severity
        esc.last_severity = matrix.severity
        policy = self.policy(esc.policy)
        person: str | None
        target: str | None
        if esc.acked_by:
            person, target = esc.acked_by, f"person:{esc.acked_by}"
        else:
            target = policy.steps[esc.step].target if policy.steps else None
            person = self.resolve(target, now) if target else None
        text = self.render(ticket, now, headline=f"Severity raised: {before} -> {matrix.severity}")
        self._queue(
            session,
            ticket,
            kind="raised",
            target=target,
            person=person,
            text=text,
            now=now,
            extra={"escalation_id": esc.id},
        )
        return PageDecision(True, None, f"severity raised {before} -> {matrix.severity}")

    def _notice(
        self,
        session: Session,
        ticket: Ticket,
        event: str,
        after_hours: bool,
        next_office_open: datetime | None,
        now: datetime,
    ) -> PageDecision:
        """A plain notification to whoever is on call: now in office hours, else held until
        the office opens. Follow-ups on the same ticket add to the held one."""
        policy = self.policy()
        target = policy.steps[0].target if policy.steps else None
        held = session.scalars(
            select(Notification).where(
                Notification.ticket_id == ticket.id,
                Notification.kind == "notice",
                Notification.state == "held",
            )
        ).first()
        if held is not None:
            payload = dict(held.payload)
            payload["folded"] = int(payload.get("folded", 0)) + 1
            held.payload = payload
            return PageDecision(False, _aware(held.due_at), "added to the held notification")
        if event == "updated":
            return PageDecision(False, None, "update to an already notified ticket")
        if after_hours and next_office_open is not None:
            person = self.resolve(target, next_office_open) if target else None
            text = self.render(ticket, now, headline="Held overnight; released at office open")
            self._queue(
                session,
                ticket,
                kind="notice",
                target=target,
                person=person,
                text=text,
                now=now,
                state="held",
                due_at=next_office_open,
            )
            return PageDecision(False, next_office_open, "held until office open")
        person = self.resolve(target, now) if target else None
        self._queue(
            session,
            ticket,
            kind="notice",
            target=target,
            person=person,
            text=self.render(ticket, now, headline="New ticket"),
            now=now,
        )
        return PageDecision(False, None, "notified (office hours)")

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
        _event(
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
        done = 0
        while True:
            claimed = self._claim(db, now)
            if not claimed:
                return done
            for row_id, channel, message in claimed:
                result = send(channel, message, self.relay)
                self._record(db, row_id, channel, result.ok, result.error, now)
                done += 1

    def _claim(self, db: Database, now: datetime) -> list[tuple[int, str, Outgoing]]:
        with db.transaction() as session:
            stmt = (
                select(Notification)
                .where(Notification.state == "pending", Notification.due_at <= now)
                .order_by(Notification.due_at, Notification.id)
                .limit(_CLAIM_BATCH)
            )
            if db.is_postgres:
                stmt = stmt.with_for_update(skip_locked=True)
            out = []
            for row in session.scalars(stmt):
                row.state = "sending"
                row.payload = {**row.payload, "claimed_at": now.isoformat()}
                channel = row.channel or self.config.default_channel
                if channel == "smtp":
                    channel = f"smtp:{row.recipient}"
                payload = row.payload
                out.append(
                    (
                        row.id,
                        channel,
                        Outgoing(
                            subject=row.subject,
                            body=row.body,
                            short=str(payload.get("short") or row.subject)[:160],
                            raw_message=payload.get("message"),
                            mail_from=payload.get("mail_from"),
                            rcpt_to=tuple(payload.get("rcpt_to") or ()),
                        ),
                    )
                )
            return out

    def _record(
        self, db: Database, row_id: int, channel: str, ok: bool, error: str | None, now: datetime
    ) -> None:
        with db.transaction() as session:
            row = session.get(Notification, row_id)
            if row is None:
                return
            row.attempts += 1
            payload = dict(row.payload)
            payload["channel_attempts"] = int(payload.get("channel_attempts", 0)) + 1
            payload.pop("claimed_at", None)
            detail: dict[str, Any] = {
                "notification_id": row.id,
                "kind": row.kind,
                "recipient": row.recipient,
                "channel": redact(channel),
                "attempt": row.attempts,
                "ok": ok,
            }
            if ok:
                row.state = "sent"
                row.sent_at = now
                row.last_error = None
            else:
                detail["error"] = error
                row.last_error = error
                channels = list(payload.get("channels") or [row.channel])
                index = int(payload.get("channel_index", 0))
                if row.kind in PAGE_KINDS:
                    limit, base = self.config.attempts_per_channel, self.config.retry_backoff_s
                else:
                    limit, base = self.config.mail_max_attempts, self.config.mail_retry_backoff_s
                if payload["channel_attempts"] < limit:
                    row.state = "pending"
                    backoff = min(base * 2 ** (payload["channel_attempts"] - 1), MAX_BACKOFF_S)
                    row.due_at = now + timedelta(seconds=backoff)
                    detail["next"] = "retry"
                elif index + 1 < len(channels):
                    index += 1
                    payload["channel_index"] = index
                    payload["channel_attempts"] = 0
                    row.channel = channels[index]
                    row.state = "pending"
                    row.due_at = now
                    detail["next"] = f"next channel {redact(channels[index])}"
                else:
                    row.state = "failed"
                    detail["next"] = "gave up: every channel failed"
            row.payload = payload
            if row.ticket_id is not None:
                _event(session, row.ticket_id, "notify_attempt", now, detail)
        # After the commit: a broken log sink must not undo the delivery record.
        with contextlib.suppress(Exception):
            log.info("notification attempt", **detail)

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
            count = self._advance_escalations(session, db.is_postgres, now)
            count += self._release_held(session, db.is_postgres, now)
            count += self._recover_stale(session, db.is_postgres, now)
        sla_last = self._sla_at
        interval = timedelta(seconds=self.config.sla_check_interval_s)
        if (
            self.config.enabled
            and self.config.sla_warnings
            and (sla_last is None or not sla_last <= now < sla_last + interval)
        ):
            self._sla_at = now
            with db.transaction() as session:
                count += self._sla_warnings(session, db.is_postgres, now)
        return count

    def _advance_escalations(self, session: Session, postgres: bool, now: datetime) -> int:
        count = 0
        stmt = (
            select(Escalation)
            .where(Escalation.state == "running", Escalation.next_at <= now)
            .order_by(Escalation.next_at)
            .limit(50)
        )
        if postgres:
            stmt = stmt.with_for_update(skip_locked=True)
        for esc in session.scalars(stmt):
            ticket = session.get(Ticket, esc.ticket_id)
            if ticket is None:
                esc.state, esc.ended_at, esc.next_at = "cancelled", now, None
                continue
            acked = _aware(ticket.acknowledged_at)
            if ticket.status not in OPEN_STATUSES or (
                acked is not None and acked >= _aware(esc.started_at)  # type: ignore[operator]
            ):
                # Acknowledged or closed by a path that did not tell us (e.g. the desk).
                esc.state = "acknowledged" if ticket.status in OPEN_STATUSES else "resolved"
                esc.ended_at, esc.next_at = now, None
                continue
            policy = self.policy(esc.policy)
            step, round_ = esc.step + 1, esc.round
            if step >= max(len(policy.steps), 1):
                step, round_ = 0, round_ + 1
            if round_ > policy.repeat:
                self._exhausted(session, ticket, esc, policy, now)
            else:
                esc.step, esc.round = step, round_
                self._page_step(session, ticket, esc, policy, now)
                esc.next_at = now + self._delay(policy, step)
            count += 1
        return count

    def _exhausted(
        self,
        session: Session,
        ticket: Ticket,
        esc: Escalation,
        policy: PolicyConfig,
        now: datetime,
    ) -> None:
        esc.state, esc.ended_at, esc.next_at = "exhausted", now, None
        fallback = policy.fallback or self.config.default_channel
        channel = fallback if ("://" in fallback or ":" in fallback) else f"smtp:{fallback}"
        rounds = policy.repeat + 1
        text = self.render(
            ticket,
            now,
            headline=(
                f"NOBODY ACKNOWLEDGED: policy {policy.name!r} ran out after {esc.page_count} "
                f"pages in {rounds} round(s)"
            ),
            folded=esc.folded,
        )
        row = self._queue(
            session,
            ticket,
            kind="exhausted",
            target=None,
            person=fallback.removeprefix("smtp:") if channel.startswith("smtp:") else "fallback",
            text=text,
            now=now,
            channels=[channel],
            dedupe_key=f"exhausted:{esc.id}",
            extra={"escalation_id": esc.id},
        )
        _event(
            session,
            ticket.id,
            "escalation_exhausted",
            now,
            {
                "escalation_id": esc.id,
                "policy": policy.name,
                "pages": esc.page_count,
                "fallback": redact(channel),
                "notification_id": row.id,
            },
        )

    def _release_held(self, session: Session, postgres: bool, now: datetime) -> int:
        count = 0
        stmt = (
            select(Notification)
            .where(Notification.state == "held", Notification.due_at <= now)
            .order_by(Notification.due_at)
            .limit(100)
        )
        if postgres:
            stmt = stmt.with_for_update(skip_locked=True)
        for row in session.scalars(stmt):
            ticket = session.get(Ticket, row.ticket_id) if row.ticket_id else None
            if ticket is None or ticket.status not in OPEN_STATUSES:
                row.state = "cancelled"
                row.last_error = "ticket no longer open at office open"
                continue
            # Whoever is on call when the office opens gets it, with the ticket as it
            # is now (it may have grown overnight).
            target = row.payload.get("target")
            person = self.resolve(target, now) if target else None
            folded = int(row.payload.get("folded", 0))
            text = self.render(
                ticket, now, headline="Held overnight, released at office open", folded=folded
            )
            chans = self.channels_of(person)
            row.recipient = person or "nobody"
            row.channel = chans[0]
            row.subject, row.body = text.subject, text.body
            row.payload = {
                **row.payload,
                "channels": chans,
                "channel_index": 0,
                "channel_attempts": 0,
                "short": text.short,
            }
            row.state = "pending"
            row.due_at = now
            _event(
                session,
                ticket.id,
                "held_released",
                now,
                {"notification_id": row.id, "person": person},
            )
            count += 1
        return count

    def _sla_warnings(self, session: Session, postgres: bool, now: datetime) -> int:
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
        policy = self.policy()
        target = policy.steps[0].target if policy.steps else None
        for ticket in tickets:
            points = dict(self._checkpoints(ticket))
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
                    f"{round(self.config.sla_warning_fraction * 100)}% used: "
                    f"due {due:%Y-%m-%d %H:%M} UTC"
                )
                person = self.resolve(target, now) if target else None
                self._queue(
                    session,
                    ticket,
                    kind="breach_warning",
                    target=target,
                    person=person,
                    text=self.render(ticket, now, headline=headline),
                    now=now,
                    dedupe_key=key,
                )
                _event(session, ticket.id, "sla_warning", now, {"checkpoint": kind})
                sent.add(key)
                count += 1
        return count

    def _checkpoints(self, ticket: Ticket) -> list[tuple[str, datetime]]:
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
        cached = self._checkpoint_cache.get(ticket.id)
        if cached is not None and cached[0] == key:
            return cached[1]
        if len(self._checkpoint_cache) > 50_000:
            self._checkpoint_cache.clear()
        points = self._compute_checkpoints(ticket)
        self._checkpoint_cache[ticket.id] = (key, points)
        return points

    def _compute_checkpoints(self, ticket: Ticket) -> list[tuple[str, datetime]]:
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
        created = _aware(ticket.created_at)
        fraction = self.config.sla_warning_fraction
        clocks = [("response", _aware(ticket.response_due))]
        if ticket.fix_paused_at is None:
            clocks.append(("fix", _aware(ticket.fix_due)))
        for name, due in clocks:
            if due is not None and created is not None:
                out.append((f"{name}_warning", created + (due - created) * fraction))
                out.append((f"{name}_breach", due))
        return out

    def _recover_stale(self, session: Session, postgres: bool, now: datetime) -> int:
        rows = session.scalars(
            select(Notification).where(Notification.state == "sending").limit(100)
        )
        count = 0
        for row in rows:
            at = _parse_time(row.payload.get("claimed_at"))
            if at is None or now - at > STALE_SENDING:
                row.state = "pending"
                count += 1
        return count


def open_escalations(session: Session, ticket_id: int) -> int:
    """How many escalations of a ticket are still running (for the CLI and tests)."""
    return int(
        session.scalar(
            select(func.count())
            .select_from(Escalation)
            .where(Escalation.ticket_id == ticket_id, Escalation.state == "running")
        )
        or 0
    )
