"""accept(): raw bytes and their job in one transaction; the same bytes twice are one message."""

from __future__ import annotations

from sqlalchemy import func, select

from frontdesk.clock import FrozenClock
from frontdesk.intake import accept, header_message_id
from storage.db import Database
from storage.models import Job, Message

RAW = (
    b"From: a@example.nl\r\nTo: support@agency.example\r\nSubject: test\r\n"
    b"Message-ID: <abc@example.nl>\r\n\r\nhello\r\n"
)


def test_accept_stores_raw_bytes_exactly_and_queues_one_job(
    db: Database, clock: FrozenClock
) -> None:
    raw = RAW.replace(b"hello", b"bare\nLF and \r CR kept")
    accepted = accept(db, raw, source="smtp", received_at=clock(), envelope_to=["a", "b"])
    assert not accepted.duplicate
    with db.session() as s:
        message = s.get(Message, accepted.message_pk)
        assert message is not None
        assert message.raw == raw
        assert message.message_id == "abc@example.nl"
        assert message.envelope_to == ["a", "b"]
        jobs = s.scalars(select(Job)).all()
        assert [(j.kind, j.payload) for j in jobs] == [("process", {"message": message.id})]


def test_same_bytes_twice_is_one_message_and_one_job(db: Database, clock: FrozenClock) -> None:
    first = accept(db, RAW, source="imap:a/INBOX", received_at=clock())
    second = accept(db, RAW, source="smtp", received_at=clock())
    assert second.duplicate and second.message_pk == first.message_pk
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Message)) == 1
        assert s.scalar(select(func.count()).select_from(Job)) == 1


def test_message_id_is_read_from_the_header_block_only() -> None:
    assert header_message_id(b"Subject: x\r\nMessage-Id:  <A.B@c>\r\n\r\nbody") == "A.B@c"
    assert header_message_id(b"Subject: x\r\n\r\nMessage-ID: <in@body>\r\n") is None
