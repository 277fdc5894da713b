"""Staff replies, waiting on the customer, reopening, voicemail joins, staff updates."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from storage.db import Database
from storage.models import Message, Notification, Ticket, TicketEvent
from tickets import IncomingMessage, TicketDesk
from tickets.calendar import as_utc
from tickets.subjects import next_case_number

from .conftest import THREADS, FileEml, make_desk, store_raw

AMS = ZoneInfo("Europe/Amsterdam")


def load(db: Database, ticket_id: int | None) -> Ticket:
    with db.session() as session:
        row = session.get(Ticket, ticket_id)
        assert row is not None
        return row


def kinds(db: Database, ticket_id: int | None) -> list[str]:
    with db.session() as session:
        return list(
            session.execute(
                select(TicketEvent.kind)
                .where(TicketEvent.ticket_id == ticket_id)
                .order_by(TicketEvent.id)
            ).scalars()
        )


def test_staff_reply_stops_response_clock_and_never_creates_ticket(
    db: Database, file_eml: FileEml
) -> None:
    first = file_eml("bakkerij_first_report_nl.eml", datetime(2026, 11, 24, 19, 40, tzinfo=AMS))
    staff_at = datetime(2026, 11, 24, 20, 15, tzinfo=AMS)
    staff = file_eml("staff_reply_waiting_on_customer.eml", staff_at)
    assert staff.action == "updated"
    assert staff.staff_reply
    assert staff.ticket_id == first.ticket_id
    assert not staff.ack_queued
    row = load(db, first.ticket_id)
    assert as_utc(row.first_response_at) == staff_at.astimezone(UTC)  # type: ignore[arg-type]
    assert row.status == "waiting_customer"
    assert as_utc(row.fix_paused_at) == staff_at.astimezone(UTC)  # type: ignore[arg-type]
    assert kinds(db, first.ticket_id)[-3:] == ["staff_reply", "responded", "status_changed"]
    with db.session() as session:
        assert len(session.execute(select(Ticket)).all()) == 1


def test_staff_mail_without_a_ticket_is_ignored(db: Database, file_eml: FileEml) -> None:
    filing = file_eml(
        "staff_reply_waiting_on_customer.eml", datetime(2026, 11, 24, 20, 15, tzinfo=AMS)
    )
    assert filing.action == "ignored"
    assert filing.staff_reply
    with db.session() as session:
        assert session.execute(select(Ticket)).first() is None


def test_customer_answer_resumes_fix_clock_moved_out_by_the_pause(
    db: Database, file_eml: FileEml
) -> None:
    # Reported Tuesday 19:40 (after hours): standard fix clock starts Wednesday 08:30.
    first = file_eml("bakkerij_first_report_nl.eml", datetime(2026, 11, 24, 19, 40, tzinfo=AMS))
    original_fix = as_utc(load(db, first.ticket_id).fix_due)  # type: ignore[arg-type]
    file_eml("staff_reply_waiting_on_customer.eml", datetime(2026, 11, 24, 20, 15, tzinfo=AMS))
    # Jan answers Wednesday 12:00: 3.5 business hours of pause.
    answer = file_eml("reply_with_tag_only.eml", datetime(2026, 11, 25, 12, 0, tzinfo=AMS))
    assert answer.action == "updated"
    row = load(db, first.ticket_id)
    assert row.status == "open"
    assert row.fix_paused_at is None
    assert as_utc(row.fix_due) - original_fix == timedelta(hours=3, minutes=30)  # type: ignore[arg-type]


def test_reply_to_resolved_ticket_reopens_within_reopen_days(
    db: Database, desk: TicketDesk, file_eml: FileEml
) -> None:
    first = file_eml("bakkerij_first_report_nl.eml", datetime(2026, 11, 24, 19, 40, tzinfo=AMS))
    with db.transaction() as session:
        desk.update(
            session,
            first.ticket_id,
            status="resolved",
            by="eva@agency.example",
            now=datetime(2026, 11, 24, 21, 0, tzinfo=AMS),
        )
    again = file_eml("reply_with_tag_only.eml", datetime(2026, 11, 25, 8, 2, tzinfo=AMS))
    assert again.action == "updated"
    assert again.ticket_id == first.ticket_id
    assert load(db, first.ticket_id).status == "open"
    assert "reopened" in kinds(db, first.ticket_id)


def test_reply_to_long_resolved_ticket_opens_new_linked_ticket(
    db: Database, desk: TicketDesk, file_eml: FileEml
) -> None:
    first = file_eml("bakkerij_first_report_nl.eml", datetime(2026, 11, 24, 19, 40, tzinfo=AMS))
    with db.transaction() as session:
        desk.update(
            session,
            first.ticket_id,
            status="resolved",
            by="eva@agency.example",
            now=datetime(2026, 11, 24, 21, 0, tzinfo=AMS),
        )
    later = file_eml("reply_with_tag_only.eml", datetime(2026, 12, 30, 8, 2, tzinfo=AMS))
    assert later.action == "created"
    assert later.ticket_id != first.ticket_id
    assert load(db, later.ticket_id).linked_ticket_id == first.ticket_id
    assert load(db, first.ticket_id).status == "resolved"
    assert "follow_up_ticket" in kinds(db, first.ticket_id)


def test_staff_lowering_severity_is_recorded_on_the_timeline(
    db: Database, desk: TicketDesk, file_eml: FileEml
) -> None:
    first = file_eml(
        "bakkerij_first_report_nl.eml", datetime(2026, 11, 24, 19, 40, tzinfo=AMS), "critical"
    )
    with db.transaction() as session:
        desk.update(
            session,
            first.ticket_id,
            severity="standard",
            note="Formulier werkt, alleen de bevestigingsmail ontbreekt",
            by="eva@agency.example",
            now=datetime(2026, 11, 24, 20, 0, tzinfo=AMS),
        )
    row = load(db, first.ticket_id)
    assert row.severity == "standard"
    # Standard from the original submission (after hours): Wednesday 08:30 + 8 h.
    assert as_utc(row.response_due) == datetime(2026, 11, 25, 16, 30, tzinfo=AMS)  # type: ignore[arg-type]
    with db.session() as session:
        event = session.execute(
            select(TicketEvent).where(TicketEvent.kind == "severity_lowered")
        ).scalar_one()
    assert event.actor == "eva@agency.example"
    assert event.detail["previous"] == "critical"
    assert kinds(db, first.ticket_id)[-1] == "note"


def test_acknowledge_stops_the_response_clock_once(
    db: Database, desk: TicketDesk, file_eml: FileEml
) -> None:
    first = file_eml("bakkerij_first_report_nl.eml", datetime(2026, 11, 24, 19, 40, tzinfo=AMS))
    at = datetime(2026, 11, 24, 19, 45, tzinfo=AMS)
    with db.transaction() as session:
        assert desk.acknowledge(session, first.ticket_id, "eva", at)
        assert not desk.acknowledge(session, first.ticket_id, "eva", at)
    assert as_utc(load(db, first.ticket_id).first_response_at) == at.astimezone(UTC)  # type: ignore[arg-type]


def voicemail(pk: int, at: datetime, severity: str = "critical") -> IncomingMessage:
    return IncomingMessage(
        message_pk=pk,
        channel="voicemail",
        message_id=None,
        in_reply_to=None,
        references=(),
        sender_email=None,
        sender_name=None,
        caller_id="+31497842611",
        subject="Voicemail from +31497842611",
        text="De website ligt eruit, klanten kunnen niet bestellen.",
        received_at=at,
        severity=severity,
        language="nl",
        duration_s=21.5,
    )


def test_repeat_voicemails_from_one_caller_join_one_ticket_and_ack_known_address(
    db: Database, desk: TicketDesk
) -> None:
    at = datetime(2026, 11, 28, 2, 10, tzinfo=AMS)  # Saturday night
    filings = []
    for n, minutes in enumerate((0, 4, 11)):
        when = at + timedelta(minutes=minutes)
        pk = store_raw(db, f"voicemail audio {n}".encode(), when, source="spool:msg000{n}")
        with db.transaction() as session:
            filings.append(desk.file_message(session, voicemail(pk, when), when))
    assert [f.action for f in filings] == ["created", "updated", "updated"]
    assert len({f.ticket_id for f in filings}) == 1
    assert filings[1].reason == "voicemail_caller"
    assert filings[0].customer_id == "bakkerij"
    assert filings[0].after_hours
    # The caller's contact address on record gets one acknowledgement.
    assert filings[0].ack_queued
    with db.session() as session:
        acks = session.execute(select(Notification)).scalars().all()
    assert [a.recipient for a in acks] == ["jan@bakkerij-jansen.nl"]
    assert load(db, filings[0].ticket_id).message_count == 3


def test_voicemail_after_join_window_opens_new_ticket(db: Database, desk: TicketDesk) -> None:
    at = datetime(2026, 11, 28, 2, 10, tzinfo=AMS)
    ids = []
    for n, when in enumerate((at, at + timedelta(hours=5))):
        pk = store_raw(db, f"voicemail audio late {n}".encode(), when)
        with db.transaction() as session:
            ids.append(desk.file_message(session, voicemail(pk, when), when).ticket_id)
    assert ids[0] != ids[1]


def test_acks_are_rate_limited_per_sender(db: Database, file_eml: FileEml) -> None:
    at = datetime(2026, 11, 24, 10, 0, tzinfo=AMS)
    first = file_eml("bakkerij_first_report_nl.eml", at)
    # A second, unrelated report from the same sender two minutes later.
    other = (
        (THREADS / "bakkerij_first_report_nl.eml")
        .read_bytes()
        .replace(b"Contactformulier verstuurt niets", b"Foto's laden traag")
        .replace(b"3a9f0c1d@", b"99999999@")
    )
    second = file_eml(other, at + timedelta(minutes=2), now=at + timedelta(minutes=2))
    assert (first.action, second.action) == ("created", "created")
    assert first.ack_queued and not second.ack_queued
    assert "ack_suppressed" in kinds(db, second.ticket_id)


def test_acks_can_be_switched_off(db: Database, file_eml: FileEml) -> None:
    filing = file_eml(
        "bakkerij_first_report_nl.eml",
        datetime(2026, 11, 24, 10, 0, tzinfo=AMS),
        using=make_desk(ack_enabled=False),
    )
    assert filing.action == "created" and not filing.ack_queued
    with db.session() as session:
        assert session.execute(select(Message).where(Message.direction == "out")).first() is None


def test_case_numbers_are_unique_under_concurrent_writers(db: Database) -> None:
    numbers: list[int] = []
    errors: list[BaseException] = []

    def allocate() -> None:
        try:
            for _ in range(5):
                with db.transaction() as session:
                    numbers.append(next_case_number(session, "FD"))
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    workers = [threading.Thread(target=allocate) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert not errors
    assert sorted(numbers) == list(range(1, 21))
