"""Paging end to end against a real webhook receiver and a real SMTP sink, on SQLite and
PostgreSQL, with the clock seam moved to let escalation delays pass."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from frontdesk import clock as clock_module
from frontdesk.clock import FrozenClock
from frontdesk.config import HttpConfig
from notify import Pager
from notify.config import NotifyConfig, RelayConfig
from storage.db import Database
from storage.models import Escalation, Notification, TicketEvent

from .conftest import SmtpSink, Webhook, notify_config

# Tuesday 2026-03-10 23:00 UTC is midnight in Amsterdam: after hours. The office opens
# Wednesday 08:30 Amsterdam = 07:30 UTC.
NIGHT = datetime(2026, 3, 10, 23, 0, tzinfo=UTC)
OFFICE_OPEN = datetime(2026, 3, 11, 7, 30, tzinfo=UTC)
HTTP = HttpConfig(secret="test-secret", public_url="https://desk.agency.test")


def page_now(pager: Pager, db: Database, ticket_id: int, now: datetime, **overrides: Any) -> Any:
    args: dict[str, Any] = {
        "event": "created",
        "severity": "critical",
        "after_hours": True,
        "after_hours_cover": True,
        "has_package": True,
        "next_office_open": OFFICE_OPEN,
        "uncertain": False,
        "now": now,
    }
    args.update(overrides)
    with db.transaction() as session:
        return pager.on_ticket(session, ticket_id, **args)


def events(db: Database, ticket_id: int, kind: str) -> list[TicketEvent]:
    with db.session() as session:
        return list(
            session.scalars(
                select(TicketEvent)
                .where(TicketEvent.ticket_id == ticket_id, TicketEvent.kind == kind)
                .order_by(TicketEvent.id)
            )
        )


def notifications(db: Database, **where: Any) -> list[Notification]:
    with db.session() as session:
        stmt = select(Notification).order_by(Notification.id)
        for key, value in where.items():
            stmt = stmt.where(getattr(Notification, key) == value)
        return list(session.scalars(stmt))


def tick(pager: Pager, db: Database) -> None:
    """What a worker does about once a second: timers, then the outbox."""
    now = clock_module.now()
    pager.run_timers(db, now)
    pager.deliver_due(db, now)


def two_people(webhook: Webhook, relay: RelayConfig, **extra: Any) -> Pager:
    config = notify_config(
        alice=[webhook.apprise_url("alice")], bob=[webhook.apprise_url("bob")], **extra
    )
    return Pager(config, relay, HTTP)


def test_critical_after_hours_with_cover_pages_the_on_call_engineer(
    db: Database,
    clock: FrozenClock,
    webhook: Webhook,
    relay: RelayConfig,
    make_ticket: Callable[..., int],
) -> None:
    clock.set(NIGHT)
    pager = two_people(webhook, relay)
    ticket_id = make_ticket(NIGHT)
    decision = page_now(pager, db, ticket_id, NIGHT)
    assert decision.paged is True
    tick(pager, db)
    assert [p["path"] for p in webhook.posts] == ["/alice"]
    post = webhook.posts[0]
    assert post["title"].startswith("[CRITICAL] [FD-1] acme")
    assert "https://desk.agency.test/ack/" in post["message"]
    attempts = events(db, ticket_id, "notify_attempt")
    assert [(e.detail["recipient"], e.detail["ok"]) for e in attempts] == [("alice", True)]


def test_not_acknowledged_page_escalates_to_the_next_step_after_its_delay(
    db: Database,
    clock: FrozenClock,
    webhook: Webhook,
    relay: RelayConfig,
    make_ticket: Callable[..., int],
) -> None:
    clock.set(NIGHT)
    pager = two_people(webhook, relay)
    ticket_id = make_ticket(NIGHT)
    page_now(pager, db, ticket_id, NIGHT)
    tick(pager, db)
    clock.advance(minutes=4, seconds=59)
    tick(pager, db)
    assert [p["path"] for p in webhook.posts] == ["/alice"]
    clock.advance(seconds=1)
    tick(pager, db)
    assert [p["path"] for p in webhook.posts] == ["/alice", "/bob"]
    assert "Not acknowledged: escalation step 2" in webhook.posts[1]["message"]


def test_acknowledge_cancels_the_queued_step_at_once_and_no_later_step_is_sent(
    db: Database,
    clock: FrozenClock,
    webhook: Webhook,
    relay: RelayConfig,
    make_ticket: Callable[..., int],
) -> None:
    clock.set(NIGHT)
    pager = two_people(webhook, relay)
    ticket_id = make_ticket(NIGHT)
    page_now(pager, db, ticket_id, NIGHT)
    tick(pager, db)
    clock.advance(minutes=5)
    pager.run_timers(db, clock_module.now())  # step 2 queued, not yet delivered
    with db.transaction() as session:
        assert pager.acknowledge(session, ticket_id, "alice", clock_module.now()) is True
    for _ in range(6):
        clock.advance(minutes=10)
        tick(pager, db)
    assert [p["path"] for p in webhook.posts] == ["/alice"]
    assert [n.state for n in notifications(db, kind="escalation")] == ["cancelled"]
    with db.session() as session:
        esc = session.scalars(select(Escalation)).one()
        assert (esc.state, esc.acked_by) == ("acknowledged", "alice")
    assert events(db, ticket_id, "page_acknowledged")[0].actor == "alice"


def test_policy_that_runs_out_is_recorded_and_sent_to_the_fallback_address(
    db: Database,
    clock: FrozenClock,
    webhook: Webhook,
    relay: RelayConfig,
    smtp_sink: SmtpSink,
    make_ticket: Callable[..., int],
) -> None:
    clock.set(NIGHT)
    pager = two_people(webhook, relay, fallback="ops@agency.test")
    ticket_id = make_ticket(NIGHT)
    page_now(pager, db, ticket_id, NIGHT)
    for _ in range(4):
        tick(pager, db)
        clock.advance(minutes=10)
    tick(pager, db)
    assert [p["path"] for p in webhook.posts] == ["/alice", "/bob"]
    assert len(smtp_sink.messages) == 1
    mail = smtp_sink.messages[0]
    assert mail["rcpt_tos"] == ["ops@agency.test"]
    assert "NOBODY ACKNOWLEDGED" in mail["data"]
    assert events(db, ticket_id, "escalation_exhausted")[0].detail["pages"] == 2
    with db.session() as session:
        assert session.scalars(select(Escalation.state)).one() == "exhausted"


def test_repeat_runs_the_steps_again_before_the_fallback(
    db: Database,
    clock: FrozenClock,
    webhook: Webhook,
    relay: RelayConfig,
    smtp_sink: SmtpSink,
    make_ticket: Callable[..., int],
) -> None:
    clock.set(NIGHT)
    config = notify_config(alice=[webhook.apprise_url("alice")], bob=[webhook.apprise_url("bob")])
    config.policies[0].repeat = 1
    pager = Pager(config, relay, HTTP)
    page_now(pager, db, make_ticket(NIGHT), NIGHT)
    for _ in range(8):
        tick(pager, db)
        clock.advance(minutes=10)
    assert [p["path"] for p in webhook.posts] == ["/alice", "/bob", "/alice", "/bob"]
    assert len(smtp_sink.messages) == 1


def test_standard_after_hours_pages_nobody_and_is_released_at_office_open(
    db: Database,
    clock: FrozenClock,
    webhook: Webhook,
    relay: RelayConfig,
    make_ticket: Callable[..., int],
) -> None:
    clock.set(NIGHT)
    pager = two_people(webhook, relay)
    ticket_id = make_ticket(NIGHT, severity="standard", subject="Search shows nothing")
    decision = page_now(pager, db, ticket_id, NIGHT, severity="standard")
    assert decision.paged is False
    assert decision.held_until == OFFICE_OPEN
    clock.set(OFFICE_OPEN - timedelta(seconds=1))
    tick(pager, db)
    assert webhook.posts == []
    clock.set(OFFICE_OPEN)
    tick(pager, db)
    assert [p["path"] for p in webhook.posts] == ["/alice"]
    assert "released at office open" in webhook.posts[0]["message"]
    assert events(db, ticket_id, "held_released")


def test_critical_after_hours_without_cover_waits_for_the_morning(
    db: Database,
    clock: FrozenClock,
    webhook: Webhook,
    relay: RelayConfig,
    make_ticket: Callable[..., int],
) -> None:
    clock.set(NIGHT)
    pager = two_people(webhook, relay)
    ticket_id = make_ticket(NIGHT)
    decision = page_now(pager, db, ticket_id, NIGHT, after_hours_cover=False)
    assert (decision.paged, decision.held_until) == (False, OFFICE_OPEN)
    tick(pager, db)
    assert webhook.posts == []


def test_held_notification_of_a_ticket_resolved_overnight_is_not_released(
    db: Database,
    clock: FrozenClock,
    webhook: Webhook,
    relay: RelayConfig,
    make_ticket: Callable[..., int],
) -> None:
    clock.set(NIGHT)
    pager = two_people(webhook, relay)
    ticket_id = make_ticket(NIGHT, severity="low")
    page_now(pager, db, ticket_id, NIGHT, severity="low")
    with db.transaction() as session:
        pager.acknowledge(session, ticket_id, "bob", NIGHT, resolve=True)
    clock.set(OFFICE_OPEN)
    tick(pager, db)
    assert webhook.posts == []


def test_flood_of_50_messages_about_one_outage_gives_one_page_and_a_running_count(
    db: Database,
    clock: FrozenClock,
    webhook: Webhook,
    relay: RelayConfig,
    make_ticket: Callable[..., int],
) -> None:
    clock.set(NIGHT)
    pager = two_people(webhook, relay)
    first = make_ticket(NIGHT)
    page_now(pager, db, first, NIGHT)
    decisions = []
    for i in range(49):
        now = clock.advance(seconds=5)
        if i % 2:  # threaded into the same ticket
            decisions.append(page_now(pager, db, first, now, event="updated"))
        else:  # a new ticket of the same customer (another subject)
            other = make_ticket(now, subject=f"Still down ({i})")
            decisions.append(page_now(pager, db, other, now))
        tick(pager, db)
    assert not any(d.paged for d in decisions)
    assert "(49 more)" in decisions[-1].reason
    assert [p["path"] for p in webhook.posts] == ["/alice"]
    clock.advance(minutes=5)
    tick(pager, db)
    assert "Messages:  49 more about this" in webhook.posts[1]["message"]


def test_severity_rise_on_a_running_page_notifies_again(
    db: Database,
    clock: FrozenClock,
    webhook: Webhook,
    relay: RelayConfig,
    make_ticket: Callable[..., int],
) -> None:
    clock.set(datetime(2026, 3, 10, 10, 0, tzinfo=UTC))  # office hours
    pager = two_people(webhook, relay)
    ticket_id = make_ticket(clock.at, severity="urgent")
    page_now(pager, db, ticket_id, clock.at, severity="urgent", after_hours=False)
    tick(pager, db)
    decision = page_now(
        pager,
        db,
        ticket_id,
        clock.advance(minutes=1),
        severity="critical",
        event="raised",
        after_hours=False,
    )
    tick(pager, db)
    assert decision.paged is True
    assert [p["path"] for p in webhook.posts] == ["/alice", "/alice"]
    assert "Severity raised: urgent -> critical" in webhook.posts[1]["message"]


def test_uncertain_voicemail_after_hours_is_paged_as_possibly_critical(
    db: Database,
    clock: FrozenClock,
    webhook: Webhook,
    relay: RelayConfig,
    make_ticket: Callable[..., int],
) -> None:
    clock.set(NIGHT)
    pager = two_people(webhook, relay)
    ticket_id = make_ticket(
        NIGHT,
        severity="standard",
        channel="voicemail",
        contact_phone="+31497842611",
        description="",
        subject="Voicemail from +31497842611",
    )
    decision = page_now(pager, db, ticket_id, NIGHT, severity="standard", uncertain=True)
    assert decision.paged is True
    tick(pager, db)
    assert "POSSIBLY CRITICAL" in webhook.posts[0]["title"]
    assert "Caller-ID: +31497842611" in webhook.posts[0]["message"]


def test_channel_refusing_connections_falls_back_to_the_persons_next_channel(
    db: Database,
    clock: FrozenClock,
    relay: RelayConfig,
    smtp_sink: SmtpSink,
    closed_port: int,
    make_ticket: Callable[..., int],
) -> None:
    clock.set(NIGHT)
    dead = f"json://hooker:topsecret@127.0.0.1:{closed_port}/alice"
    config = notify_config(
        alice=[dead, "smtp:alice@agency.test"],
        bob=["smtp:bob@agency.test"],
        attempts_per_channel=2,
        retry_backoff_s=5,
    )
    pager = Pager(config, relay, HTTP)
    ticket_id = make_ticket(NIGHT)
    page_now(pager, db, ticket_id, NIGHT)
    tick(pager, db)  # first attempt refused, retry in 5 s
    assert smtp_sink.messages == []
    clock.advance(seconds=5)
    tick(pager, db)  # second attempt refused -> next channel, sent at once
    assert [m["rcpt_tos"] for m in smtp_sink.messages] == [["alice@agency.test"]]
    attempts = events(db, ticket_id, "notify_attempt")
    assert [e.detail["ok"] for e in attempts] == [False, False, True]
    assert attempts[1].detail["next"].startswith("next channel smtp:alice@agency.test")
    timeline = " ".join(str(e.detail) for e in attempts)
    assert "topsecret" not in timeline  # secrets in URLs are redacted


def test_customer_acknowledgement_in_the_outbox_is_sent_as_is_over_smtp(
    db: Database,
    clock: FrozenClock,
    relay: RelayConfig,
    smtp_sink: SmtpSink,
    make_ticket: Callable[..., int],
) -> None:
    clock.set(NIGHT)
    ticket_id = make_ticket(NIGHT)
    raw = (
        "From: support@agency.test\r\nTo: jan@acme.test\r\nSubject: [FD-1] Received\r\n"
        "Message-ID: <ack-1@agency.test>\r\n\r\nWe have your message.\r\n"
    )
    with db.transaction() as session:
        session.add(
            Notification(
                ticket_id=ticket_id,
                kind="ack",
                recipient="jan@acme.test",
                channel="smtp",
                subject="[FD-1] Received",
                payload={
                    "message": raw,
                    "mail_from": "support@agency.test",
                    "rcpt_to": ["jan@acme.test"],
                },
                state="pending",
                due_at=NIGHT,
                created_at=NIGHT,
            )
        )
    pager = Pager(NotifyConfig(), relay, HTTP)
    assert pager.deliver_due(db, NIGHT) == 1
    assert smtp_sink.messages[0]["mail_from"] == "support@agency.test"
    assert "Message-ID: <ack-1@agency.test>" in smtp_sink.messages[0]["data"]
    assert [n.state for n in notifications(db, kind="ack")] == ["sent"]


def test_sla_warnings_at_80_percent_and_at_breach_are_sent_once_each(
    db: Database,
    clock: FrozenClock,
    webhook: Webhook,
    relay: RelayConfig,
    make_ticket: Callable[..., int],
) -> None:
    start = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)
    clock.set(start)
    pager = two_people(webhook, relay)
    make_ticket(
        start,
        severity="urgent",
        response_due=start + timedelta(hours=2),
        fix_due=start + timedelta(hours=24),
    )
    clock.set(start + timedelta(minutes=95))
    tick(pager, db)
    assert webhook.posts == []
    clock.set(start + timedelta(minutes=96))
    tick(pager, db)
    tick(pager, db)
    assert len(webhook.posts) == 1
    assert "SLA response time 80% used" in webhook.posts[0]["message"]
    clock.set(start + timedelta(hours=2))
    tick(pager, db)
    clock.advance(minutes=1)
    tick(pager, db)
    assert len(webhook.posts) == 2
    assert "SLA response time BREACHED" in webhook.posts[1]["message"]


def test_customer_acknowledgement_rides_out_a_relay_outage_with_backoff(
    db: Database,
    clock: FrozenClock,
    closed_port: int,
    make_ticket: Callable[..., int],
) -> None:
    clock.set(NIGHT)
    ticket_id = make_ticket(NIGHT)
    with db.transaction() as session:
        session.add(
            Notification(
                ticket_id=ticket_id,
                kind="ack",
                recipient="jan@acme.test",
                channel="smtp",
                subject="[FD-1] Received",
                payload={"message": "Subject: x\r\n\r\nx\r\n", "rcpt_to": ["jan@acme.test"]},
                state="pending",
                due_at=NIGHT,
                created_at=NIGHT,
            )
        )
    down = RelayConfig(host="127.0.0.1", port=closed_port)
    pager = Pager(NotifyConfig(mail_max_attempts=3, mail_retry_backoff_s=30), down, HTTP)
    pager.deliver_due(db, NIGHT)
    row = notifications(db, kind="ack")[0]
    assert (row.state, row.attempts) == ("pending", 1)
    assert as_utc(row.due_at) == NIGHT + timedelta(seconds=30)
    pager.deliver_due(db, NIGHT + timedelta(seconds=30))
    row = notifications(db, kind="ack")[0]
    assert as_utc(row.due_at) == NIGHT + timedelta(seconds=90)
    pager.deliver_due(db, NIGHT + timedelta(seconds=90))
    row = notifications(db, kind="ack")[0]
    assert (row.state, row.attempts) == ("failed", 3)
    assert "Connection refused" in (row.last_error or "")


def as_utc(value: datetime) -> datetime:
    """SQLite returns naive UTC datetimes, PostgreSQL aware ones."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def test_disabled_notify_pages_nobody_and_sends_no_sla_warnings(
    db: Database,
    clock: FrozenClock,
    webhook: Webhook,
    relay: RelayConfig,
    make_ticket: Callable[..., int],
) -> None:
    clock.set(NIGHT)
    config = notify_config(alice=[webhook.apprise_url("alice")], bob=[], enabled=False)
    pager = Pager(config, relay, HTTP)
    ticket_id = make_ticket(NIGHT, response_due=NIGHT + timedelta(hours=1))
    decision = page_now(pager, db, ticket_id, NIGHT)
    assert (decision.paged, decision.reason) == (False, "notify disabled")
    clock.advance(hours=2)
    tick(pager, db)
    assert webhook.posts == []
    assert notifications(db) == []


def test_acknowledge_racing_the_escalation_timer_leaves_no_pending_step(
    db: Database,
    clock: FrozenClock,
    webhook: Webhook,
    relay: RelayConfig,
    make_ticket: Callable[..., int],
) -> None:
    """Whichever commits first, the ack cancels what the timer queued, or the timer sees
    the ack: never a step left to send."""
    import threading

    clock.set(NIGHT)
    for round_ in range(5):
        pager = two_people(webhook, relay)
        ticket_id = make_ticket(NIGHT, subject=f"Outage {round_}", customer_id=f"c{round_}")
        page_now(pager, db, ticket_id, NIGHT)
        due = NIGHT + timedelta(minutes=5)
        barrier = threading.Barrier(2)
        threads = [
            threading.Thread(target=_timer_after, args=(barrier, pager, db, due)),
            threading.Thread(target=_ack_after, args=(barrier, pager, db, ticket_id, due)),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        pending = [
            n
            for n in notifications(db, ticket_id=ticket_id)
            if n.state == "pending" and n.kind == "escalation"
        ]
        assert pending == []
        with db.session() as session:
            state = session.scalars(
                select(Escalation.state).where(Escalation.ticket_id == ticket_id)
            ).one()
        assert state == "acknowledged"


def _timer_after(barrier: Any, pager: Pager, db: Database, at: datetime) -> None:
    barrier.wait()
    pager.run_timers(db, at)


def _ack_after(barrier: Any, pager: Pager, db: Database, ticket_id: int, at: datetime) -> None:
    barrier.wait()
    with db.transaction() as session:
        pager.acknowledge(session, ticket_id, "alice", at)
