"""accept(): raw bytes and their job in one transaction; the same bytes twice are one message."""

from __future__ import annotations

import pytest
from sqlalchemy import event, func, select

from frontdesk.clock import FrozenClock
from frontdesk.intake import accept, accept_many, header_message_id
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


def _item(raw: bytes, clock: FrozenClock, uid: int) -> dict[str, object]:
    return {
        "raw": raw,
        "source": "imap",
        "received_at": clock(),
        "source_ref": f"imap:support/INBOX;UIDVALIDITY=1/;UID={uid}",
        "meta": {"uid": uid},
    }


def test_a_chunk_accepted_together_is_one_commit_with_a_message_and_job_each(
    db: Database, clock: FrozenClock
) -> None:
    raws = [RAW.replace(b"hello", f"message {n}".encode()) for n in range(3)]
    commits: list[object] = []

    def count_commit(connection: object) -> None:
        commits.append(connection)

    event.listen(db.engine, "commit", count_commit)
    try:
        results = accept_many(db, [_item(raw, clock, n) for n, raw in enumerate(raws)])
    finally:
        event.remove(db.engine, "commit", count_commit)
    assert len(commits) == 1
    assert [r.duplicate for r in results] == [False, False, False]
    with db.session() as s:
        messages = s.scalars(select(Message).order_by(Message.id)).all()
        assert [m.raw for m in messages] == raws
        assert [m.id for m in messages] == [r.message_pk for r in results]
        assert [m.meta for m in messages] == [{"uid": 0}, {"uid": 1}, {"uid": 2}]
        jobs = s.scalars(select(Job).order_by(Job.id)).all()
        assert [j.payload for j in jobs] == [{"message": r.message_pk} for r in results]
        assert [j.id for j in jobs] == [r.job_id for r in results]


def test_a_chunk_with_bytes_stored_before_or_twice_in_it_queues_each_message_once(
    db: Database, clock: FrozenClock
) -> None:
    before = accept(db, RAW, source="smtp", received_at=clock())
    other = RAW.replace(b"hello", b"other")
    results = accept_many(
        db, [_item(RAW, clock, 1), _item(other, clock, 2), _item(other, clock, 3)]
    )
    assert results[0].duplicate and results[0].message_pk == before.message_pk
    assert not results[1].duplicate
    assert results[2].duplicate and results[2].message_pk == results[1].message_pk
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Message)) == 2
        assert s.scalar(select(func.count()).select_from(Job)) == 2


def test_a_chunk_that_cannot_be_stored_writes_nothing_of_it(
    db: Database, clock: FrozenClock
) -> None:
    good = _item(RAW, clock, 1)
    bad = _item(RAW.replace(b"hello", b"bad"), clock, 2)
    bad["received_at"] = None  # a NOT NULL column: the database refuses the row
    with pytest.raises(Exception):  # noqa: B017 (whatever the driver raises)
        accept_many(db, [good, bad])
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Message)) == 0
        assert s.scalar(select(func.count()).select_from(Job)) == 0
