"""accept(): the one door every source goes through.

The raw bytes, where they came from and when, and a "process" job are written in ONE
transaction. Only after it commits may the source be acknowledged (SMTP 250, IMAP
\\Seen or move, spool file moved). The same bytes twice are recognised by their SHA-256
and not queued again. accept_many() does the same for several messages a source
acknowledges together (an IMAP fetch), in one transaction.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage import queue
from storage.db import Database
from storage.models import Message
from storage.rows import insert_row

_MESSAGE_ID = re.compile(rb"^message-id:[ \t]*(.*?)\r?$", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class Accepted:
    message_pk: int
    duplicate: bool
    job_id: int | None = None


def header_message_id(raw: bytes) -> str | None:
    """The Message-ID from the header block, cheaply (no full parse at accept time)."""
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0][: 256 * 1024]
    match = _MESSAGE_ID.search(head)
    if not match:
        return None
    value = match.group(1).decode("utf-8", "replace").strip()
    inner = re.search(r"<([^<>\s]+)>", value)
    return (inner.group(1) if inner else value.strip("<> "))[:998] or None


def accept(
    db: Database,
    raw: bytes,
    *,
    source: str,
    received_at: datetime,
    source_ref: str | None = None,
    meta: dict[str, Any] | None = None,
    envelope_from: str | None = None,
    envelope_to: Sequence[str] = (),
    max_attempts: int = 5,
    claim_as: str | None = None,
) -> Accepted:
    """Store the bytes and queue their processing, atomically. Raises DatabaseUnavailable.

    `claim_as` names a worker that will process the message right away (synchronous
    `frontdesk ingest`): the job is created already claimed by it.
    """
    values = message_row(
        raw,
        source=source,
        received_at=received_at,
        source_ref=source_ref,
        meta=meta,
        envelope_from=envelope_from,
        envelope_to=envelope_to,
    )
    try:
        # Core on a plain connection: this runs while the SMTP client waits for its 250.
        with db.write_connection() as connection:
            return _store(connection, values, max_attempts=max_attempts, claim_as=claim_as)
    except IntegrityError:
        # The same bytes are stored already (the unique sha256 says so, race-free).
        existing = find_stored(db, values["sha256"])
        if existing is None:
            raise
        return Accepted(existing, duplicate=True)


def accept_many(
    db: Database,
    items: Sequence[dict[str, Any]],
    *,
    max_attempts: int = 5,
) -> list[Accepted]:
    """accept() for several messages in ONE transaction: each item holds `raw` and the
    keyword arguments accept() takes. For a source that acknowledges them only after all
    are stored (an IMAP chunk is flagged after it), so one commit and one turn at SQLite's
    write lock serve them all: one transaction per message made the worker processes'
    transactions yield to the intake once per message.

    Raises on any failure with nothing written (a concurrent transaction storing the same
    bytes on PostgreSQL included): the caller then accepts each message on its own, and
    a message that cannot be stored fails alone.
    """
    rows = [
        message_row(
            item["raw"],
            source=item["source"],
            received_at=item["received_at"],
            source_ref=item.get("source_ref"),
            meta=item.get("meta"),
            envelope_from=item.get("envelope_from"),
            envelope_to=item.get("envelope_to", ()),
        )
        for item in items
    ]
    out: list[Accepted] = []
    with db.transaction() as session:
        digests = list({values["sha256"] for values in rows})
        stored: dict[str, int] = {
            sha256: pk for sha256, pk in session.execute(_STORED_BY_DIGEST, {"digests": digests})
        }
        for values in rows:
            existing = stored.get(values["sha256"])
            if existing is not None:  # stored before, or earlier in this batch
                out.append(Accepted(existing, duplicate=True))
                continue
            accepted = _store(session, values, max_attempts=max_attempts)
            stored[values["sha256"]] = accepted.message_pk
            out.append(accepted)
    return out


def _store(
    session: Session | Connection,
    values: dict[str, Any],
    *,
    max_attempts: int,
    claim_as: str | None = None,
) -> Accepted:
    """Insert a new message row and its "process" job, in the caller's transaction."""
    # Plain Core inserts: this runs under the SMTP client's wait for its 250.
    message_pk = insert_row(session, Message, **values)
    job = queue.enqueue(
        session,
        "process",
        {"message": message_pk},
        now=values["received_at"],
        dedupe_key=f"process:{message_pk}",
        max_attempts=max_attempts,
        claimed_by=claim_as,
    )
    return Accepted(message_pk, duplicate=False, job_id=job.id)


_STORED_BY_DIGEST = select(Message.sha256, Message.id).where(
    Message.sha256.in_(bindparam("digests", expanding=True))
)


def message_row(
    raw: bytes,
    *,
    source: str,
    received_at: datetime,
    source_ref: str | None = None,
    meta: dict[str, Any] | None = None,
    envelope_from: str | None = None,
    envelope_to: Sequence[str] = (),
) -> dict[str, Any]:
    """The columns of a newly received message, queued for processing."""
    return {
        "sha256": hashlib.sha256(raw).hexdigest(),
        "message_id": header_message_id(raw) if (meta or {}).get("kind") != "audio" else None,
        "direction": "in",
        "source": source[:255],
        "source_ref": source_ref[:1024] if source_ref else None,
        "received_at": received_at,
        "raw": raw,
        "size": len(raw),
        "envelope_from": envelope_from,
        "envelope_to": list(envelope_to),
        "state": "queued",
        "meta": meta or {},
        "warnings": [],
    }


def find_stored(db: Database, digest: str) -> int | None:
    """The message stored with these bytes (their SHA-256), if any."""
    with db.transaction() as session:
        return session.scalar(select(Message.id).where(Message.sha256 == digest))
