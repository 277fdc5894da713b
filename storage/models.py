"""The schema. One declarative Base; Alembic migrations are generated from it.

Times are stored timezone-aware (UTC). Raw message bytes and attachments live in the
database (``messages.raw``, ``blobs``) so every ticket traces back to its bytes and a
second host sees the same data.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names, so migrations are the same on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Id = BigInteger().with_variant(Integer(), "sqlite")  # SQLite autoincrement needs INTEGER


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware datetimes, stored in UTC on every database.

    SQLite has no time zone type: DateTime(timezone=True) there keeps the wall-clock time
    and drops the offset, so 09:12+01:00 would come back as 09:12 (UTC). Converting to UTC
    on the way in and labelling UTC on the way out makes both databases agree.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: pass a timezone-aware time")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON, datetime: UtcDateTime()}  # noqa: RUF012


# --- messages: everything that reached us (and what we sent), kept raw -----------------


class Message(Base):
    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    # The Message-ID header without angle brackets; not unique (resends, forged ids).
    message_id: Mapped[str | None] = mapped_column(String(998), index=True)
    direction: Mapped[str] = mapped_column(String(8), default="in")  # in | out
    # smtp | imap:<account>/<folder> | spool:<path> | file | outbox
    source: Mapped[str] = mapped_column(String(255))
    source_ref: Mapped[str | None] = mapped_column(String(1024))
    received_at: Mapped[datetime]
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer)
    envelope_from: Mapped[str | None] = mapped_column(String(998))
    envelope_to: Mapped[list[Any]] = mapped_column(default=list)
    # queued | processing | processed | duplicate | ignored | rejected | failed
    state: Mapped[str] = mapped_column(String(16), default="queued", index=True)
    last_error: Mapped[str | None] = mapped_column(Text)
    warnings: Mapped[list[Any]] = mapped_column(default=list)
    # Source metadata: voicemail caller-ID, duration, IMAP uid, ...
    meta: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # What processing decided (the `frontdesk ingest --json` object, minus the path).
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    processed_at: Mapped[datetime | None]

    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="message", cascade="all, delete-orphan", order_by="Attachment.id"
    )


class Blob(Base):
    """Content-addressed bytes (attachments, voicemail audio)."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Attachment(Base):
    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id"), index=True)
    filename: Mapped[str] = mapped_column(String(255))  # sanitised
    content_type: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(BigInteger)
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
    is_audio: Mapped[bool] = mapped_column(Boolean, default=False)

    message: Mapped[Message] = relationship(back_populates="attachments")


# --- tickets ----------------------------------------------------------------------------


class Ticket(Base):
    __tablename__ = "tickets"

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    # The case number customers see is f"{prefix}-{number}"; number is unique and stable.
    number: Mapped[int] = mapped_column(Integer, unique=True)
    customer_id: Mapped[str | None] = mapped_column(String(255), index=True)
    project: Mapped[str | None] = mapped_column(String(255))
    contact_name: Mapped[str | None] = mapped_column(String(255))
    contact_email: Mapped[str | None] = mapped_column(String(320), index=True)
    contact_phone: Mapped[str | None] = mapped_column(String(32), index=True)
    subject: Mapped[str] = mapped_column(String(998), default="")
    normalized_subject: Mapped[str] = mapped_column(String(998), default="", index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    severity: Mapped[str] = mapped_column(String(16))
    # open | waiting_customer | resolved | closed
    status: Mapped[str] = mapped_column(String(24), default="open", index=True)
    channel: Mapped[str] = mapped_column(String(16))  # email | voicemail
    language: Mapped[str | None] = mapped_column(String(8))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    response_due: Mapped[datetime | None]
    fix_due: Mapped[datetime | None]
    first_response_at: Mapped[datetime | None]
    acknowledged_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    # The fix clock pauses while the ticket waits on the customer.
    fix_paused_at: Mapped[datetime | None]
    linked_ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    message_count: Mapped[int] = mapped_column(Integer, default=1)
    # Classification explanation of the latest severity decision (rules that fired).
    rules: Mapped[list[Any]] = mapped_column(default=list)
    warnings: Mapped[list[Any]] = mapped_column(default=list)
    # --- added by tickets: the severity before the latest automatic rise (the pipeline
    # re-notifies on a rise), and the SLA terms and business calendar the deadlines were
    # computed on, so pauses and breach warnings need no config (tickets.sla).
    previous_severity: Mapped[str | None] = mapped_column(String(16))
    sla: Mapped[dict[str, Any]] = mapped_column(default=dict)

    events: Mapped[list[TicketEvent]] = relationship(
        back_populates="ticket", cascade="all, delete-orphan", order_by="TicketEvent.id"
    )


class TicketEvent(Base):
    """The timeline: every change to a ticket, every message, every notification attempt."""

    __tablename__ = "ticket_events"

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    at: Mapped[datetime]
    kind: Mapped[str] = mapped_column(String(48))
    actor: Mapped[str | None] = mapped_column(String(320))
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))

    ticket: Mapped[Ticket] = relationship(back_populates="events")


class TicketNumber(Base):
    """A counter row per prefix, so case numbers are gap-tolerant but never reused."""

    __tablename__ = "ticket_numbers"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


# --- the durable job queue ----------------------------------------------------------------


class Job(Base):
    __tablename__ = "jobs"
    __table_args__ = (Index("ix_jobs_ready", "state", "run_after"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(32))
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # ready | running | done | dead
    state: Mapped[str] = mapped_column(String(16), default="ready")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    max_attempts: Mapped[int] = mapped_column(Integer, default=5)
    run_after: Mapped[datetime]
    locked_by: Mapped[str | None] = mapped_column(String(255))
    locked_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    # At most one live job per key (e.g. "process:42"), so a retried accept never doubles work.
    dedupe_key: Mapped[str | None] = mapped_column(String(255), unique=True)


# --- the notification outbox ----------------------------------------------------------------


class Notification(Base):
    """Everything we send: acknowledgements, pages, escalations, breach warnings."""

    __tablename__ = "notifications"
    __table_args__ = (Index("ix_notifications_due", "state", "due_at"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    # ack | page | escalation | breach_warning | exhausted | release ...
    kind: Mapped[str] = mapped_column(String(32))
    recipient: Mapped[str] = mapped_column(String(320))
    channel: Mapped[str | None] = mapped_column(String(1024))  # smtp | an apprise URL | ...
    subject: Mapped[str] = mapped_column(String(998), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # pending | held | sending | sent | failed | cancelled
    state: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    due_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    dedupe_key: Mapped[str | None] = mapped_column(String(255), unique=True)


# --- source positions (IMAP UIDVALIDITY/UID, spool), leader leases ----------------------------


class SourceCursor(Base):
    __tablename__ = "source_cursors"

    name: Mapped[str] = mapped_column(String(512), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(default=dict)
    updated_at: Mapped[datetime]


class Lease(Base):
    """Who holds a singleton role (e.g. the IMAP poller of one mailbox) until when.

    PostgreSQL deployments also take an advisory lock; the lease row makes the holder
    visible and works on SQLite.
    """

    __tablename__ = "leases"
    __table_args__ = (UniqueConstraint("name"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(512))
    holder: Mapped[str] = mapped_column(String(255))
    expires_at: Mapped[datetime]


# --- on-call (owned by notify) ---------------------------------------------------------------


class Escalation(Base):
    """One running escalation of a ticket: which step is next and when."""

    __tablename__ = "escalations"

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    policy: Mapped[str] = mapped_column(String(255))
    # running | acknowledged | resolved | exhausted | cancelled
    state: Mapped[str] = mapped_column(String(16), default="running")
    step: Mapped[int] = mapped_column(Integer, default=0)
    round: Mapped[int] = mapped_column(Integer, default=0)
    next_at: Mapped[datetime | None]
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    acked_by: Mapped[str | None] = mapped_column(String(255))
    page_count: Mapped[int] = mapped_column(Integer, default=0)
    # Messages about the same outage folded into this page ("and 12 more").
    folded: Mapped[int] = mapped_column(Integer, default=0)
    last_severity: Mapped[str | None] = mapped_column(String(16))
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    score: Mapped[float] = mapped_column(Float, default=0.0)
