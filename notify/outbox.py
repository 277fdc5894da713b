"""The outbox: claim due Notification rows, send each once, record the attempt.

Claiming and recording are two short transactions with the sends between them, so a slow
channel never holds a lock. Failures retry with backoff, then move to the next channel.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

import structlog
from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from notify.channels import Outgoing, redact, send
from notify.config import NotifyConfig, RelayConfig
from notify.records import PAGE_KINDS, add_event, parse_time
from storage.db import Database
from storage.models import Notification
from storage.rows import update_row

log = structlog.get_logger()

# A row left in "sending" by a process that died is retried after this long.
STALE_SENDING = timedelta(minutes=10)
_CLAIM_BATCH = 20
MAX_BACKOFF_S = 3600.0
# The attempts of a claimed batch are recorded together, in one transaction, but no later
# than this after the first of them was sent. One transaction per attempt made the outbox
# wait for SQLite's write lock behind the workers' batches once per row (imap_drain: the
# housekeeping thread spent most of its time waiting), while a crash between a send and
# its record re-sends it after STALE_SENDING: this bounds that window in time.
RECORD_AFTER_S = 0.05

# (row id, channel, ok, error) of one send, waiting to be recorded.
_Attempt = tuple[int, str, bool, str | None]


def deliver_due(db: Database, now: datetime, config: NotifyConfig, relay: RelayConfig) -> int:
    """Send every due outbox row once; failures retry with backoff, then the next
    channel. Returns how many rows were attempted."""
    done = 0
    while True:
        claimed = _claim(db, now, config)
        if not claimed:
            return done
        attempts: list[_Attempt] = []
        first_sent = 0.0
        for row_id, channel, message in claimed:
            result = send(channel, message, relay)
            if not attempts:
                first_sent = time.monotonic()
            attempts.append((row_id, channel, result.ok, result.error))
            done += 1
            if time.monotonic() - first_sent >= RECORD_AFTER_S:
                _record(db, config, attempts, now)
                attempts = []
        if attempts:
            _record(db, config, attempts, now)


# The outbox's statements, built once (building one costs more than running it). The
# daemon sends an acknowledgement and a notice for most messages, so this is a hot path.
_COLUMNS = (
    Notification.id,
    Notification.kind,
    Notification.recipient,
    Notification.channel,
    Notification.subject,
    Notification.body,
    Notification.payload,
    Notification.attempts,
    Notification.ticket_id,
)
_DUE = (
    select(*_COLUMNS)
    .where(Notification.state == "pending", Notification.due_at <= bindparam("now"))
    .order_by(Notification.due_at, Notification.id)
    .limit(_CLAIM_BATCH)
)
_DUE_SKIP_LOCKED = _DUE.with_for_update(skip_locked=True)
_SOME = select(*_COLUMNS).where(Notification.id.in_(bindparam("ids", expanding=True)))


def _claim(db: Database, now: datetime, config: NotifyConfig) -> list[tuple[int, str, Outgoing]]:
    with db.transaction() as session:
        rows = session.connection().execute(
            _DUE_SKIP_LOCKED if db.is_postgres else _DUE, {"now": now}
        )
        out = []
        for row in rows.all():
            payload = {**row.payload, "claimed_at": now.isoformat()}
            update_row(session, Notification, row.id, state="sending", payload=payload)
            channel = row.channel or config.default_channel
            if channel == "smtp":
                channel = f"smtp:{row.recipient}"
            out.append(
                (
                    row.id,
                    channel,
                    Outgoing(
                        subject=row.subject,
                        body=row.body,
                        short=str(payload.get("short") or row.subject)[:160],
                        raw_message=payload.get("message"),
                        mail_from=payload.get("mail_from"),
                        rcpt_to=tuple(payload.get("rcpt_to") or ()),
                    ),
                )
            )
        return out


def _record(
    db: Database, config: NotifyConfig, attempts: Sequence[_Attempt], now: datetime
) -> None:
    """Record sends in one transaction: sent, or when to retry and on which channel."""
    details: list[dict[str, Any]] = []
    with db.transaction() as session:
        ids = [row_id for row_id, _, _, _ in attempts]
        rows = {row.id: row for row in session.connection().execute(_SOME, {"ids": ids})}
        for row_id, channel, ok, error in attempts:
            row = rows.get(row_id)
            if row is not None:
                details.append(_record_one(session, config, row, channel, ok, error, now))
    # After the commit: a broken log sink must not undo the delivery record.
    with contextlib.suppress(Exception):
        for detail in details:
            log.info("notification attempt", **detail)


def _record_one(
    session: Session,
    config: NotifyConfig,
    row: Any,
    channel: str,
    ok: bool,
    error: str | None,
    now: datetime,
) -> dict[str, Any]:
    attempts = row.attempts + 1
    changes: dict[str, Any] = {"attempts": attempts}
    payload = dict(row.payload)
    payload["channel_attempts"] = int(payload.get("channel_attempts", 0)) + 1
    payload.pop("claimed_at", None)
    detail: dict[str, Any] = {
        "notification_id": row.id,
        "kind": row.kind,
        "recipient": row.recipient,
        "channel": redact(channel),
        "attempt": attempts,
        "ok": ok,
    }
    if ok:
        changes.update(state="sent", sent_at=now, last_error=None)
    else:
        detail["error"] = error
        changes["last_error"] = error
        channels = list(payload.get("channels") or [row.channel])
        index = int(payload.get("channel_index", 0))
        if row.kind in PAGE_KINDS:
            limit, base = config.attempts_per_channel, config.retry_backoff_s
        else:
            limit, base = config.mail_max_attempts, config.mail_retry_backoff_s
        if payload["channel_attempts"] < limit:
            backoff = min(base * 2 ** (payload["channel_attempts"] - 1), MAX_BACKOFF_S)
            changes.update(state="pending", due_at=now + timedelta(seconds=backoff))
            detail["next"] = "retry"
        elif index + 1 < len(channels):
            index += 1
            payload["channel_index"] = index
            payload["channel_attempts"] = 0
            changes.update(channel=channels[index], state="pending", due_at=now)
            detail["next"] = f"next channel {redact(channels[index])}"
        else:
            changes["state"] = "failed"
            detail["next"] = "gave up: every channel failed"
    changes["payload"] = payload
    update_row(session, Notification, row.id, **changes)
    if row.ticket_id is not None:
        add_event(session, row.ticket_id, "notify_attempt", now, detail)
    return detail


def recover_stale(session: Session, now: datetime) -> int:
    """Rows a dead process left in "sending" go back to "pending". Returns how many."""
    rows = session.scalars(select(Notification).where(Notification.state == "sending").limit(100))
    count = 0
    for row in rows:
        at = parse_time(row.payload.get("claimed_at"))
        if at is None or now - at > STALE_SENDING:
            row.state = "pending"
            count += 1
    return count
