"""accept(): the one door every source goes through.

The raw bytes, where they came from and when, and a "process" job are written in ONE
transaction. Only after it commits may the source be acknowledged (SMTP 250, IMAP
\\Seen or move, spool file moved). The same bytes twice are recognised by their SHA-256
and not queued again.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

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
        with db.transaction() as session:
            # Plain Core inserts: this runs under the SMTP client's wait for its 250.
            message_pk = insert_row(session, Message, **values)
            job = queue.enqueue(
                session,
                "process",
                {"message": message_pk},
                now=received_at,
                dedupe_key=f"process:{message_pk}",
                max_attempts=max_attempts,
                claimed_by=claim_as,
            )
            return Accepted(message_pk, duplicate=False, job_id=job.id)
    except IntegrityError:
        # The same bytes are stored already (the unique sha256 says so, race-free).
        existing = find_stored(db, values["sha256"])
        if existing is None:
            raise
        return Accepted(existing, duplicate=True)


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
