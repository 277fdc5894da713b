"""Escalations: the first page, the next step when nobody acknowledged, the fallback when
the policy runs out.

An Escalation row is the state of one page in progress (step, round, when the next step
is due), so a restart carries on where it stopped.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from notify.channels import redact
from notify.config import PolicyConfig
from notify.records import OPEN_STATUSES, add_event, aware, queue_notification
from storage.models import Escalation, Ticket

if TYPE_CHECKING:  # the pager imports this module
    from notify.pager import Pager


def step_delay(policy: PolicyConfig, step: int) -> timedelta:
    minutes = policy.steps[step].delay_minutes if policy.steps else 5.0
    return timedelta(minutes=minutes)


def start_escalation(
    pager: Pager,
    session: Session,
    ticket: Ticket,
    *,
    severity: str,
    possibly_critical: bool,
    has_package: bool,
    now: datetime,
) -> None:
    """Page the first step of the policy now and set the timer for the next one."""
    esc = Escalation(
        ticket_id=ticket.id,
        policy=pager.policy().name,
        state="running",
        step=0,
        round=0,
        started_at=now,
        page_count=0,
        folded=0,
        last_severity=severity,
        detail={
            "possibly_critical": possibly_critical,
            "last_message_at": now.isoformat(),
            "has_package": has_package,
        },
    )
    session.add(esc)
    session.flush()
    policy = pager.policy(esc.policy)
    page_step(pager, session, ticket, esc, policy, now)
    esc.next_at = now + step_delay(policy, 0)


def page_step(
    pager: Pager,
    session: Session,
    ticket: Ticket,
    esc: Escalation,
    policy: PolicyConfig,
    now: datetime,
) -> int:
    """Queue the page of the current step; returns the notification's id."""
    step = policy.steps[esc.step] if policy.steps else None
    target = step.target if step else None
    person = pager.resolve(target, now) if target else None
    first = esc.step == 0 and esc.round == 0
    headline = (
        "Page"
        if first
        else f"Not acknowledged: escalation step {esc.step + 1}, round {esc.round + 1}"
    )
    text = pager.render(
        ticket,
        now,
        headline=headline,
        possibly_critical=bool(esc.detail.get("possibly_critical")),
        folded=esc.folded,
    )
    notification_id = queue_notification(
        pager,
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
    add_event(
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
            "notification_id": notification_id,
        },
    )
    return notification_id


def advance_escalations(pager: Pager, session: Session, postgres: bool, now: datetime) -> int:
    """Page the next step of every escalation whose timer is due. Returns how many moved."""
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
        acked = aware(ticket.acknowledged_at)
        if ticket.status not in OPEN_STATUSES or (
            acked is not None and acked >= aware(esc.started_at)  # type: ignore[operator]
        ):
            # Acknowledged or closed by a path that did not tell us (e.g. the desk).
            esc.state = "acknowledged" if ticket.status in OPEN_STATUSES else "resolved"
            esc.ended_at, esc.next_at = now, None
            continue
        policy = pager.policy(esc.policy)
        step, round_ = esc.step + 1, esc.round
        if step >= max(len(policy.steps), 1):
            step, round_ = 0, round_ + 1
        if round_ > policy.repeat:
            exhaust(pager, session, ticket, esc, policy, now)
        else:
            esc.step, esc.round = step, round_
            page_step(pager, session, ticket, esc, policy, now)
            esc.next_at = now + step_delay(policy, step)
        count += 1
    return count


def exhaust(
    pager: Pager,
    session: Session,
    ticket: Ticket,
    esc: Escalation,
    policy: PolicyConfig,
    now: datetime,
) -> None:
    """Every step and round went unanswered: stop, and tell the policy's fallback."""
    esc.state, esc.ended_at, esc.next_at = "exhausted", now, None
    fallback = policy.fallback or pager.config.default_channel
    channel = fallback if ("://" in fallback or ":" in fallback) else f"smtp:{fallback}"
    rounds = policy.repeat + 1
    text = pager.render(
        ticket,
        now,
        headline=(
            f"NOBODY ACKNOWLEDGED: policy {policy.name!r} ran out after {esc.page_count} "
            f"pages in {rounds} round(s)"
        ),
        folded=esc.folded,
    )
    notification_id = queue_notification(
        pager,
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
    add_event(
        session,
        ticket.id,
        "escalation_exhausted",
        now,
        {
            "escalation_id": esc.id,
            "policy": policy.name,
            "pages": esc.page_count,
            "fallback": redact(channel),
            "notification_id": notification_id,
        },
    )


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
