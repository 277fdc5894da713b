"""Filing messages: new tickets, threading real Outlook/Gmail/Apple Mail replies, duplicates."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from zoneinfo import ZoneInfo

from sqlalchemy import select

from storage.db import Database
from storage.models import Message, Notification, Ticket, TicketEvent
from tickets.calendar import as_utc

from .conftest import THREADS, FileEml

BER = ZoneInfo("Europe/Berlin")
AMS = ZoneInfo("Europe/Amsterdam")
OSL = ZoneInfo("Europe/Oslo")


def ticket(db: Database, ticket_id: int | None) -> Ticket:
    assert ticket_id is not None
    with db.session() as session:
        row = session.get(Ticket, ticket_id)
        assert row is not None
        return row


def events(db: Database, ticket_id: int | None) -> list[TicketEvent]:
    with db.session() as session:
        return list(
            session.execute(
                select(TicketEvent)
                .where(TicketEvent.ticket_id == ticket_id)
                .order_by(TicketEvent.id)
            ).scalars()
        )


def test_first_report_creates_ticket_with_case_number_and_contract_deadlines(
    db: Database, file_eml: FileEml
) -> None:
    at = datetime(2026, 11, 24, 9, 12, 41, tzinfo=BER)
    filing = file_eml("outlook_first_report_de.eml", at, "standard")
    assert filing.action == "created"
    assert filing.case == "FD-1"
    assert filing.customer_id == "shop-mueller"
    assert filing.has_package and filing.after_hours_cover and not filing.after_hours
    # Standard: 8 h / 48 h on the Berlin business calendar.
    assert filing.response_due == datetime(2026, 11, 24, 17, 12, 41, tzinfo=BER)
    assert filing.ack_queued
    row = ticket(db, filing.ticket_id)
    assert row.contact_email == "petra.mueller@shop-mueller.de"
    assert row.normalized_subject == "bestellungen im shop nicht möglich"
    assert as_utc(row.created_at) == at.astimezone(UTC)
    assert [e.kind for e in events(db, filing.ticket_id)] == ["created", "ack_queued"]
    with db.session() as session:
        message = session.execute(select(Message).where(Message.direction == "in")).scalar_one()
        assert message.ticket_id == filing.ticket_id


def test_outlook_reply_aw_joins_ticket_and_raises_severity(db: Database, file_eml: FileEml) -> None:
    first = file_eml("outlook_first_report_de.eml", datetime(2026, 11, 24, 9, 12, tzinfo=BER))
    reply_at = datetime(2026, 11, 24, 9, 47, tzinfo=BER)
    reply = file_eml("outlook_reply_aw.eml", reply_at, "critical")
    assert reply.action == "updated"
    assert reply.ticket_id == first.ticket_id
    assert reply.reason == "in_reply_to"
    assert reply.severity == "critical"
    assert reply.previous_severity == "standard"
    # Critical with after-hours cover: 1 h around the clock from the follow-up.
    assert reply.response_due == reply_at + timedelta(hours=1)
    assert not reply.ack_queued
    row = ticket(db, first.ticket_id)
    assert row.severity == "critical" and row.previous_severity == "standard"
    assert row.message_count == 2
    kinds = [e.kind for e in events(db, first.ticket_id)]
    assert kinds[-2:] == ["message", "severity_raised"]


def test_lower_severity_on_follow_up_never_drops_the_ticket(
    db: Database, file_eml: FileEml
) -> None:
    first = file_eml(
        "outlook_first_report_de.eml", datetime(2026, 11, 24, 9, 12, tzinfo=BER), "critical"
    )
    reply = file_eml("outlook_reply_aw.eml", datetime(2026, 11, 24, 9, 47, tzinfo=BER), "low")
    assert reply.ticket_id == first.ticket_id
    assert reply.severity == "critical"
    assert reply.previous_severity is None


def test_gmail_reply_in_reply_to_joins_ticket(db: Database, file_eml: FileEml) -> None:
    first = file_eml("gmail_first_report_en.eml", datetime(2026, 11, 24, 9, 58, tzinfo=UTC))
    reply = file_eml("gmail_reply_in_reply_to.eml", datetime(2026, 11, 24, 10, 31, tzinfo=UTC))
    assert (first.action, reply.action) == ("created", "updated")
    assert reply.ticket_id == first.ticket_id
    assert reply.reason == "in_reply_to"


def test_apple_mail_reply_sv_joins_by_references_when_in_reply_to_is_unknown(
    db: Database, file_eml: FileEml
) -> None:
    first = file_eml("apple_mail_first_report_no.eml", datetime(2026, 11, 24, 10, 5, tzinfo=OSL))
    reply = file_eml("apple_mail_reply_sv.eml", datetime(2026, 11, 24, 11, 20, tzinfo=OSL))
    assert reply.action == "updated"
    assert reply.ticket_id == first.ticket_id
    assert reply.reason == "references"


def test_mobile_reply_without_reply_headers_joins_by_sender_and_normalised_subject(
    db: Database, file_eml: FileEml
) -> None:
    first = file_eml("apple_mail_first_report_no.eml", datetime(2026, 11, 24, 10, 5, tzinfo=OSL))
    reply = file_eml(
        "mobile_reply_sv_without_reply_headers.eml", datetime(2026, 11, 24, 13, 2, tzinfo=OSL)
    )
    assert reply.ticket_id == first.ticket_id
    assert reply.reason == "same_sender_subject"


def test_same_subject_after_thread_window_opens_new_ticket(db: Database, file_eml: FileEml) -> None:
    first = file_eml("apple_mail_first_report_no.eml", datetime(2026, 11, 24, 10, 5, tzinfo=OSL))
    late = file_eml(
        "mobile_reply_sv_without_reply_headers.eml", datetime(2026, 12, 15, 13, 2, tzinfo=OSL)
    )
    assert late.action == "created"
    assert late.ticket_id != first.ticket_id


def test_reply_with_tag_only_joins_ticket(db: Database, file_eml: FileEml) -> None:
    first = file_eml("bakkerij_first_report_nl.eml", datetime(2026, 11, 24, 19, 40, tzinfo=AMS))
    assert first.case == "FD-1"
    reply = file_eml("reply_with_tag_only.eml", datetime(2026, 11, 25, 8, 2, tzinfo=AMS))
    assert reply.action == "updated"
    assert reply.ticket_id == first.ticket_id
    assert reply.reason == "subject_tag"


def test_same_message_id_again_is_duplicate(db: Database, file_eml: FileEml) -> None:
    at = datetime(2026, 11, 24, 9, 58, tzinfo=UTC)
    first = file_eml("gmail_first_report_en.eml", at)
    # The same mail fetched again over IMAP: same Message-ID, different trace headers.
    trace = b"Received: by imap.agency.example; Tue, 24 Nov 2026 10:00:00 +0000\r\n"
    raw = trace + (THREADS / "gmail_first_report_en.eml").read_bytes()
    again = file_eml(raw, at + timedelta(minutes=2))
    assert again.action == "duplicate"
    assert again.ticket_id == first.ticket_id
    assert not again.ack_queued


def _reply_to(ack_text: str, body: str, sender: str = "petra.mueller@shop-mueller.de") -> bytes:
    """A customer's reply to our acknowledgement, as their client would write it."""
    from email import message_from_string
    from email.policy import default

    ack = message_from_string(ack_text, policy=default)
    reply = EmailMessage(policy=SMTP)
    reply["From"] = sender
    reply["To"] = "support@agency.example"
    reply["Subject"] = "Re: " + str(ack["Subject"]).replace("[FD-", "[XX-")  # tag removed
    reply["Message-ID"] = "<reply-to-ack-1@shop-mueller.de>"
    reply["In-Reply-To"] = str(ack["Message-ID"])
    # Only our id, so nothing but our outgoing Message row can match.
    reply["References"] = str(ack["Message-ID"])
    reply.set_content(body)
    return bytes(reply)


def test_reply_to_our_acknowledgement_threads_by_outgoing_message_id(
    db: Database, file_eml: FileEml
) -> None:
    first = file_eml("outlook_first_report_de.eml", datetime(2026, 11, 24, 9, 12, tzinfo=BER))
    with db.session() as session:
        ack = session.execute(select(Notification)).scalar_one()
        out = session.execute(select(Message).where(Message.direction == "out")).scalar_one()
    assert out.ticket_id == first.ticket_id
    raw = _reply_to(ack.payload["message"], "Danke, wir warten.")
    reply = file_eml(raw, datetime(2026, 11, 24, 9, 30, tzinfo=BER))
    assert reply.ticket_id == first.ticket_id
    assert reply.reason == "in_reply_to"


def test_an_auto_reply_to_our_ack_is_logged_on_the_ticket_and_is_not_a_ticket(
    db: Database, file_eml: FileEml
) -> None:
    # An out-of-office reply names our acknowledgement in In-Reply-To. (A bounce seldom
    # does: see the next test, and tests/pipeline/test_bounce_of_our_ack.py for real ones.)
    first = file_eml("outlook_first_report_de.eml", datetime(2026, 11, 24, 9, 12, tzinfo=BER))
    with db.session() as session:
        out = session.execute(select(Message).where(Message.direction == "out")).scalar_one()
    reply = EmailMessage(policy=SMTP)
    reply["From"] = "Petra Müller <petra.mueller@shop-mueller.de>"
    reply["To"] = "support@agency.example"
    reply["Subject"] = "Abwesenheitsnotiz: [FD-1] Wir haben Ihre Nachricht erhalten"
    reply["Message-ID"] = "<ooo-1@shop-mueller.de>"
    reply["Auto-Submitted"] = "auto-replied"
    reply["In-Reply-To"] = f"<{out.message_id}>"
    reply.set_content("Ich bin bis zum 30.11. nicht im Büro.")
    at = datetime(2026, 11, 24, 9, 13, tzinfo=BER)
    filing = file_eml(bytes(reply), at, automated="auto-submitted: auto-replied")
    assert filing.action == "ignored"
    assert filing.ticket_id == first.ticket_id
    assert not filing.ack_queued
    assert events(db, first.ticket_id)[-1].kind == "automated_reply"
    assert events(db, first.ticket_id)[-1].detail["how"] == "in_reply_to"
    with db.session() as session:
        assert len(session.execute(select(Ticket)).scalars().all()) == 1
        assert len(session.execute(select(Notification)).scalars().all()) == 1


def test_a_report_returning_our_ack_is_logged_by_its_message_id_then_by_its_tag(
    db: Database, file_eml: FileEml
) -> None:
    # A delivery-status report carries no In-Reply-To: the pipeline reads the returned
    # mail's Message-ID and subject out of it (ingest/returned.py) and hands them over.
    first = file_eml("outlook_first_report_de.eml", datetime(2026, 11, 24, 9, 12, tzinfo=BER))
    second = file_eml("gmail_first_report_en.eml", datetime(2026, 11, 24, 9, 14, tzinfo=BER))
    assert (first.case, second.case) == ("FD-1", "FD-2")
    with db.session() as session:
        out = session.scalars(
            select(Message.message_id).where(
                Message.direction == "out", Message.ticket_id == first.ticket_id
            )
        ).one()
    bounce = EmailMessage(policy=SMTP)
    bounce["From"] = "MAILER-DAEMON@mx.shop-mueller.de"
    bounce["To"] = "support@agency.example"
    bounce["Subject"] = "Undelivered Mail Returned to Sender"
    bounce["Message-ID"] = "<bounce-1@mx.shop-mueller.de>"
    bounce.set_content("550 5.2.2 <petra.mueller@shop-mueller.de>: mailbox full")
    at = datetime(2026, 11, 24, 9, 15, tzinfo=BER)
    # The Message-ID we stored wins over a subject tag naming another ticket.
    by_id = file_eml(
        bytes(bounce),
        at,
        automated="delivery-status report",
        returned_message_id=out,
        returned_subject="[FD-2] We received your message",
    )
    assert (by_id.action, by_id.ticket_id) == ("ignored", first.ticket_id)
    assert events(db, first.ticket_id)[-1].detail["how"] == "returned_message_id"
    del bounce["Message-ID"]
    bounce["Message-ID"] = "<bounce-2@mx.shop-mueller.de>"
    by_tag = file_eml(
        bytes(bounce),
        at,
        automated="delivery-status report",
        returned_message_id="not-ours@elsewhere.example",
        returned_subject="[FD-2] We received your message",
    )
    assert (by_tag.action, by_tag.ticket_id) == ("ignored", second.ticket_id)
    assert events(db, second.ticket_id)[-1].detail["how"] == "returned_subject_tag"
    with db.session() as session:
        assert len(session.execute(select(Ticket)).scalars().all()) == 2
        assert len(session.execute(select(Notification)).scalars().all()) == 2


def test_automated_mail_is_never_a_ticket_nor_acknowledged(db: Database, file_eml: FileEml) -> None:
    filing = file_eml(
        "gmail_first_report_en.eml",
        datetime(2026, 11, 24, 9, 58, tzinfo=UTC),
        automated="auto-reply",
    )
    assert filing.action == "ignored"
    assert filing.ticket_id is None
    with db.session() as session:
        assert session.execute(select(Ticket)).first() is None
        assert session.execute(select(Notification)).first() is None
