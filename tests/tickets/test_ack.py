"""Acknowledgements: rendered, queued, sent through a real SMTP server on loopback, parsed back."""

from __future__ import annotations

import smtplib
from datetime import datetime
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from storage.db import Database
from storage.message_ids import frontdesk_domain
from storage.models import Message, Notification
from tickets import IncomingMessage

from .conftest import FileEml, Sink, make_desk, store_raw

BER = ZoneInfo("Europe/Berlin")
AMS = ZoneInfo("Europe/Amsterdam")
OSL = ZoneInfo("Europe/Oslo")


def send_queued_ack(db: Database, sink: Sink) -> EmailMessage:
    """What the outbox does in production: send payload["message"] over SMTP."""
    with db.session() as session:
        ack = session.execute(select(Notification).where(Notification.kind == "ack")).scalar_one()
    assert ack.channel == "smtp"
    payload = ack.payload
    with smtplib.SMTP("127.0.0.1", sink.port, timeout=10) as smtp:
        smtp.sendmail(payload["mail_from"], payload["rcpt_to"], payload["message"].encode())
    mail_from, rcpt_to, content = sink.received[-1]
    assert mail_from == "support@agency.example"
    assert rcpt_to == [ack.recipient]
    parsed = message_from_bytes(content, policy=default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def body(msg: EmailMessage) -> str:
    part = msg.get_body(("plain",))
    assert part is not None
    return str(part.get_content())


def test_ack_arrives_with_rfc3834_headers_case_tag_and_local_deadline(
    db: Database, file_eml: FileEml, smtp_sink: Sink
) -> None:
    filing = file_eml("outlook_first_report_de.eml", datetime(2026, 11, 24, 9, 12, tzinfo=BER))
    assert filing.ack_queued
    msg = send_queued_ack(db, smtp_sink)
    assert msg["Auto-Submitted"] == "auto-replied"
    original = "<AM9PR03MB7346A1B2C3D4E5F6A7B8C9D0E1F2@AM9PR03MB7346.eurprd03.prod.outlook.com>"
    assert msg["In-Reply-To"] == original
    assert original in msg["References"]
    assert msg["To"].addresses[0].addr_spec == "petra.mueller@shop-mueller.de"
    assert str(msg["Subject"]).startswith("[FD-1] Wir haben Ihre Nachricht erhalten")
    assert "Bestellungen im Shop nicht möglich" in str(msg["Subject"])
    assert str(msg["Message-ID"]).endswith("@agency.example>")
    # In the form only Frontdesk writes: a copy coming back is known as our own message.
    assert frontdesk_domain(str(msg["Message-ID"])) == "agency.example"
    text = body(msg)
    assert "Priorität: normal" in text
    assert msg["Content-Language"] == "de"
    # 8 business hours from 09:12 Berlin, shown in Berlin time.
    assert "Dienstag 24-11-2026 17:12 (Europe/Berlin, CET)" in text
    assert "nächsten Werktag" not in text
    # Our Message-ID is stored as an outgoing message of the ticket, for threading.
    with db.session() as session:
        out = session.execute(select(Message).where(Message.direction == "out")).scalar_one()
    assert f"<{out.message_id}>" == msg["Message-ID"]
    assert out.ticket_id == filing.ticket_id


def test_after_hours_standard_ack_says_next_working_day_in_dutch(
    db: Database, file_eml: FileEml, smtp_sink: Sink
) -> None:
    filing = file_eml("bakkerij_first_report_nl.eml", datetime(2026, 11, 24, 19, 40, tzinfo=AMS))
    assert filing.after_hours
    msg = send_queued_ack(db, smtp_sink)
    text = body(msg)
    assert "Prioriteit: normaal" in text
    assert "eerstvolgende werkdag, woensdag 25-11-2026 08:30 (Europe/Amsterdam, CET)" in text
    assert "woensdag 25-11-2026 16:30" in text  # response due: Wednesday 08:30 + 8 h
    assert str(msg["Subject"]).startswith("[FD-1] Wij hebben uw bericht ontvangen")


def test_after_hours_critical_ack_promises_no_wait_for_the_office(
    db: Database, file_eml: FileEml, smtp_sink: Sink
) -> None:
    # Shop Müller has after-hours cover: critical runs around the clock.
    file_eml("outlook_first_report_de.eml", datetime(2026, 11, 28, 23, 5, tzinfo=BER), "critical")
    text = body(send_queued_ack(db, smtp_sink))
    assert "nächsten Werktag" not in text
    assert "Sonntag 29-11-2026 00:05 (Europe/Berlin, CET)" in text


def test_norwegian_customer_gets_norwegian_ack_in_oslo_time(
    db: Database, file_eml: FileEml, smtp_sink: Sink
) -> None:
    file_eml("apple_mail_first_report_no.eml", datetime(2026, 11, 24, 10, 5, tzinfo=OSL))
    msg = send_queued_ack(db, smtp_sink)
    assert "Vi har mottatt henvendelsen din" in str(msg["Subject"])
    # 10:05 + 8 business hours: 7 h 55 on Tuesday, 5 min on Wednesday.
    assert "onsdag 25-11-2026 08:35 (Europe/Oslo, CET)" in body(msg)


def test_cr_lf_in_subject_and_name_cannot_inject_headers(db: Database, smtp_sink: Sink) -> None:
    desk = make_desk()
    at = datetime(2026, 11, 24, 10, 0, tzinfo=AMS)
    pk = store_raw(db, b"Subject: x\r\n\r\ninjection attempt", at)
    msg = IncomingMessage(
        message_pk=pk,
        channel="email",
        message_id="inject-1@example.org",
        in_reply_to=None,
        references=(),
        sender_email="jan@bakkerij-jansen.nl",
        sender_name="Jan\r\nBcc: victim@evil.example",
        caller_id=None,
        subject="Help\r\nBcc: victim@evil.example\r\nX-Injected: yes",
        text="body",
        received_at=at,
        severity="standard",
        language="nl",
    )
    with db.transaction() as session:
        assert desk.file_message(session, msg, at).ack_queued
    parsed = send_queued_ack(db, smtp_sink)
    assert parsed["Bcc"] is None
    assert parsed["X-Injected"] is None
    assert smtp_sink.received[-1][1] == ["jan@bakkerij-jansen.nl"]
    assert "\n" not in str(parsed["Subject"])
    assert "Help Bcc: victim@evil.example X-Injected: yes" in str(parsed["Subject"])


def test_operator_template_directory_overrides_shipped_template(
    db: Database, file_eml: FileEml, smtp_sink: Sink, tmp_path: Path
) -> None:
    (tmp_path / "ack_nl.txt").write_text(
        "Subject: $tag Ontvangen\n\nBeste $name, zaak $case, reactie voor $response_due.\n",
        encoding="utf-8",
    )
    file_eml(
        "bakkerij_first_report_nl.eml",
        datetime(2026, 11, 24, 10, 0, tzinfo=AMS),
        using=make_desk(ack_templates_dir=str(tmp_path)),
    )
    msg = send_queued_ack(db, smtp_sink)
    assert msg["Subject"] == "[FD-1] Ontvangen"
    assert "Beste Jan Jansen, zaak FD-1, reactie voor dinsdag 24-11-2026 18:00" in body(msg)
