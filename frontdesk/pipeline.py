"""process_message(): one stored message through parse → transcribe → classify → ticket → page.

Every step reads from the database and the final writes happen in one transaction, so a
crash anywhere loses nothing: the job is retried and the steps are idempotent (a message
already decided returns its recorded result). Slow work (transcription) happens before
that transaction, never inside it.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

import structlog
from sqlalchemy import bindparam, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, defer

from classifiers import Classification, MessageText, classify, detect_automated, new_text
from frontdesk import clock
from frontdesk.actions import acknowledge_in
from frontdesk.app import App
from frontdesk.intake import message_row
from ingest.parse import Inbound, NotAnEmail, Part, parse_email
from ingest.returned import Returned, returned_message
from notify.replies import ack_command
from storage import queue
from storage.db import DatabaseUnavailable
from storage.message_ids import domain_of
from storage.models import Attachment, Blob, Message
from storage.rows import (
    core,
    insert_if_absent,
    insert_object,
    insert_row,
    read_all,
    read_first,
    update_object,
)
from tickets import Filing, IncomingMessage

log = structlog.get_logger("frontdesk.pipeline")

FINAL_STATES = ("processed", "duplicate", "ignored", "rejected")
# A batch's transaction that has held SQLite's write lock this long commits when the intake
# waits for it: a sender waits for a few ms of the batch, not all of it. Committing at every
# message instead made the pipeline fall behind under load (smtp_load: 3.5 against 2.9 ms
# of worker CPU per message).
YIELD_AFTER_S = 0.005
MAX_DESCRIPTION = 20_000


# What processing reads of a stored message (one, or a batch's with their ids); built once
# (see notify/flood.py).
_STORED_COLUMNS = (
    Message.state,
    Message.result,
    Message.raw,
    Message.meta,
    Message.source,
    Message.received_at,
)
_STORED = select(*_STORED_COLUMNS).where(Message.id == bindparam("pk"))
_STORED_MANY = select(Message.id, *_STORED_COLUMNS).where(
    Message.id.in_(bindparam("pks", expanding=True))
)
# One of the mails we sent (an acknowledgement) with this Message-ID.
_SENT_BY_US = (
    select(Message.id)
    .where(Message.message_id == bindparam("message_id"), Message.direction == "out")
    .limit(1)
)


@dataclass
class Prepared:
    """What the slow, read-only part of processing found out about one message."""

    channel: Literal["email", "voicemail"] = "email"
    inbound: Inbound | None = None
    subject: str = ""
    text: str = ""
    transcript: str | None = None
    transcript_language: str | None = None
    transcript_uncertain: bool = False
    duration_s: float | None = None
    caller_id: str | None = None
    caller_name: str | None = None
    automated: str | None = None
    returned: Returned | None = None  # what an automated report says it returns
    rejected: str | None = None
    language_hint: str | None = None
    attachments: list[Part] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    verdict: Classification | None = None


@dataclass(frozen=True)
class JustAccepted:
    """A message its caller accepted a moment ago and still holds: what processing would
    otherwise read back from the database (`frontdesk ingest` processes each file at once)."""

    raw: bytes
    meta: dict[str, Any]
    source: str
    received_at: datetime


def process_message(
    app: App,
    message_pk: int,
    *,
    job_id: int | None = None,
    just_accepted: JustAccepted | None = None,
) -> dict[str, Any]:
    """Decide one message; returns the `frontdesk ingest --json` object (without "path").

    The job (when given) is marked done in the same transaction that records the result,
    so a decided message never has a live job and a live job never has a decided message.
    """
    if just_accepted is not None:
        raw, meta = just_accepted.raw, dict(just_accepted.meta)
        source, received_at = just_accepted.source, just_accepted.received_at
    else:
        stored = read_first(app.db, _STORED, {"pk": message_pk})
        if stored is None:
            raise LookupError(f"message {message_pk} does not exist")
        state, recorded, raw, stored_meta, source, received_at = stored
        if state in FINAL_STATES and recorded is not None:
            if job_id is not None:  # decided already: this job has nothing left to do
                queue.complete(app.db, job_id, now=clock.now())
            return dict(recorded)
        meta = dict(stored_meta or {})

    prepared = prepare(app, raw, meta)
    now = clock.now()
    with app.db.transaction() as session:
        # The raw bytes were read above; the decision does not need them again.
        message = session.get(Message, message_pk, options=[defer(Message.raw)])
        assert message is not None
        if message.state in FINAL_STATES and message.result is not None:
            result = dict(message.result)  # another worker finished it meanwhile
        else:
            result = decide(app, session, message, prepared, received_at, now)
        if job_id is not None:
            queue.complete_in(session, job_id, now=now)
    _log_decided(message_pk, source, result)
    return result


def process_batch(app: App, jobs: Sequence[queue.ClaimedJob]) -> dict[int, dict[str, Any]]:
    """Decide several claimed emails in ONE transaction: the worker's group commit.

    With a backlog, the per-transaction work (BEGIN, the commit, SQLite's write-lock turn,
    marking the job done) is paid once for the batch instead of once per message. Returns
    job id -> result for the jobs it decided; recordings are left out (transcribing one
    takes seconds, the mail beside it should not wait) and the caller runs them on their
    own. Raises when its first transaction fails, with nothing written: the caller then
    runs each job on its own, so a bad message is recorded against itself alone. (On
    SQLite the batch commits early when the intake waits for the write lock, and goes on in
    a new transaction; when a later one fails, what the earlier ones decided is returned.)
    """
    by_pk = {int(job.payload["message"]): job for job in jobs if job.kind == "process"}
    stored = {row[0]: row for row in read_all(app.db, _STORED_MANY, {"pks": list(by_pk)})}
    missing = set(by_pk) - set(stored)
    if missing:
        raise LookupError(f"messages {sorted(missing)} do not exist")
    # (job, its stored row, what prepare() made of it, or None when it was decided already)
    work: list[tuple[queue.ClaimedJob, Any, Prepared | None]] = []
    for pk, job in by_pk.items():
        row = stored[pk]
        if row.state in FINAL_STATES and row.result is not None:
            work.append((job, row, None))  # decided already: only mark its job done
        elif (row.meta or {}).get("kind") != "audio":
            work.append((job, row, prepare(app, row.raw, dict(row.meta or {}))))
    if not work:
        return {}
    results: dict[int, dict[str, Any]] = {}
    while work:
        try:
            decided = _decide_some(app, work, results)
        except Exception as exc:
            if not results:
                raise
            # An earlier transaction of this batch committed: keep what it decided, and
            # leave the rest to run on its own.
            log.warning("batch failed part way", jobs=len(work), error=type(exc).__name__)
            return results
        for job, row, prepared in work[:decided]:
            if prepared is not None:
                _log_decided(row.id, row.source, results[job.id])
        work = work[decided:]
    return results


def _decide_some(
    app: App,
    work: list[tuple[queue.ClaimedJob, Any, Prepared | None]],
    results: dict[int, dict[str, Any]],
) -> int:
    """Decide the batch's work in one transaction, from the start, until it is done or,
    after YIELD_AFTER_S, the intake waits for the write lock (then commit what is decided
    so far); returns how many."""
    now = clock.now()
    with app.db.transaction() as session:
        pks = [row.id for _, row, _ in work]
        messages = {
            m.id: m
            for m in session.scalars(
                select(Message).options(defer(Message.raw)).where(Message.id.in_(pks))
            )
        }
        decided: dict[int, dict[str, Any]] = {}
        started = time.monotonic()
        for job, row, prepared in work:
            if decided and time.monotonic() - started >= YIELD_AFTER_S and app.db.intake_waiting():
                break
            message = messages[row.id]
            if prepared is None or (message.state in FINAL_STATES and message.result is not None):
                decided[job.id] = dict(message.result or row.result)
            else:
                decided[job.id] = decide(app, session, message, prepared, row.received_at, now)
        queue.complete_many_in(session, list(decided), now=now)
    results.update(decided)
    return len(decided)


def decide_at_once(
    app: App,
    raw: bytes,
    meta: dict[str, Any],
    *,
    source: str,
    source_ref: str | None,
    received_at: datetime,
) -> tuple[int, dict[str, Any]] | None:
    """`frontdesk ingest`: store a message and decide it in ONE transaction, or None.

    The caller holds the file and is waiting for the answer, so nothing is left for a job
    to do once this commits: the raw bytes, the message's final state and the ticket land
    together, and no job row is written. Parsing happens before the transaction. None
    means "take the durable path" (accept with a job, then process): the same bytes are
    stored already, or deciding failed — that path records the failure against the kept
    message and queues it for `frontdesk serve` to retry. Raises DatabaseUnavailable.
    """
    if meta.get("kind") == "audio":
        # Preparing a recording means transcribing it (seconds): here it would run before
        # the duplicate check, and again on the durable path after a failure. That path
        # finds a duplicate first and transcribes once; one commit more is nothing beside.
        return None
    values = message_row(
        raw, source=source, received_at=received_at, source_ref=source_ref, meta=meta
    )
    try:
        prepared = prepare(app, raw, meta)
        now = clock.now()
        with app.db.transaction() as session:
            message = Message(**values)
            insert_object(session, message)
            result = decide(app, session, message, prepared, received_at, now)
    except DatabaseUnavailable:
        raise
    except IntegrityError:
        return None  # the same bytes are stored already (unique sha256)
    except Exception as exc:
        # Rolled back; the durable path stores the bytes and records this against them.
        log.warning("deciding at once failed", source=source, error=f"{type(exc).__name__}")
        return None
    _log_decided(message.id, source, result)
    return message.id, result


def _log_decided(message_pk: int, source: str, result: dict[str, Any]) -> None:
    """The canonical log line: one per decided message, with its ids."""
    log.info(
        "message",
        message=message_pk,
        source=source,
        action=result["action"],
        ticket=result["ticket"],
        severity=result["severity"],
        channel=result["channel"],
        customer=result["customer"],
        paged=result["paged"],
        reason=result["reason"],
        warnings=len(result["warnings"]),
    )


def prepare(app: App, raw: bytes, meta: dict[str, Any]) -> Prepared:
    """Parse, transcribe and classify. Pure of database writes; may take seconds for audio.

    Classifying here, before the decision's transaction, keeps it out of the time that
    transaction holds SQLite's one write lock (the intake's commits wait for it)."""
    p = _parse(app, raw, meta)
    if not p.rejected:
        p.verdict = classify(
            MessageText(
                subject=p.subject if p.channel == "email" else "",
                # The whole body: classify() removes quotes itself, and falls back to the
                # forwarded mail when a forward carries no text of its own.
                body=(p.inbound.text if p.inbound else p.text) if p.channel == "email" else "",
                body_new_text=p.text if p.channel == "email" and p.inbound else None,
                transcript=p.transcript if p.channel == "voicemail" else None,
                language=p.language_hint or p.transcript_language,
                from_transcript_uncertain=p.transcript_uncertain,
            ),
            app.rules,
        )
    return p


def _parse(app: App, raw: bytes, meta: dict[str, Any]) -> Prepared:
    p = Prepared(language_hint=meta.get("language"))
    if meta.get("kind") == "audio":
        p.channel = "voicemail"
        filename = str(meta.get("filename") or "voicemail.wav")
        p.attachments.append(Part(filename, meta.get("content_type") or "audio/wav", raw, True))
        _voicemail_meta(p, meta)
        _transcribe(app, p, raw, filename)
        p.subject = _voicemail_subject(p)
        p.text = p.transcript or ""
        return p

    try:
        inbound = parse_email(raw)
    except NotAnEmail as exc:
        p.rejected = str(exc)
        return p
    p.inbound = inbound
    p.subject = inbound.subject
    p.warnings.extend(inbound.warnings)
    p.attachments.extend(inbound.attachments)
    p.automated = detect_automated(
        inbound.headers, inbound.sender, inbound.subject, app.settings.own_message_id_domains()
    )
    if p.automated:
        # A bounce names the mail it returns inside itself, seldom in In-Reply-To: the
        # desk finds the ticket of our acknowledgement by it.
        p.returned = returned_message(inbound.headers)
    p.text = new_text(inbound.text)
    audio = inbound.audio
    if audio and not p.automated:
        # A PBX voicemail-to-email: the recording is the message.
        p.channel = "voicemail"
        from ingest.voicemail import meta_from_pbx_email

        vm = meta_from_pbx_email(inbound.subject, inbound.text, _header_map(inbound))
        p.caller_id, p.caller_name, p.duration_s = vm.caller_id, vm.caller_name, vm.duration_s
        _transcribe(app, p, audio[0].data, audio[0].filename)
        body = inbound.text.strip()
        p.text = (p.transcript or "") + (f"\n\n--- PBX message ---\n{body}" if body else "")
    return p


def _header_map(inbound: Inbound) -> dict[str, str]:
    """Lower-cased header names to their (first) value, as plain strings."""
    out: dict[str, str] = {}
    for name, value in inbound.headers.items():
        out.setdefault(name.lower(), str(value))
    return out


def _voicemail_meta(p: Prepared, meta: dict[str, Any]) -> None:
    vm: dict[str, Any] = dict(meta.get("voicemail") or {})
    if not vm and meta.get("asterisk_txt"):
        from ingest.voicemail import parse_asterisk_txt

        parsed = parse_asterisk_txt(str(meta["asterisk_txt"]))
        vm = {
            "caller_id": parsed.caller_id,
            "caller_name": parsed.caller_name,
            "duration_s": parsed.duration_s,
        }
    p.caller_id = vm.get("caller_id")
    p.caller_name = vm.get("caller_name")
    if vm.get("duration_s") is not None:
        p.duration_s = float(vm["duration_s"])


def _transcribe(app: App, p: Prepared, audio: bytes, filename: str) -> None:
    from ingest.transcribe import ModelNotFound, TranscriptionError

    if not app.settings.transcription.enabled:
        p.transcript_uncertain = True
        p.warnings.append("transcription is disabled: listen to the recording")
        return

    try:
        transcript = app.transcriber().transcribe(
            audio, filename=filename, language=p.language_hint
        )
    except (TranscriptionError, ModelNotFound) as exc:
        if isinstance(exc, ModelNotFound):
            # Start-up found the model but it would not load (a corrupt model.bin, a
            # compute_type this CPU lacks): the call still becomes a ticket someone listens
            # to, and every recording tries the load again.
            log.error("whisper model cannot be loaded", problem=str(exc))
        p.transcript_uncertain = True
        p.warnings.append(f"transcription failed: {exc}: listen to the recording")
        return
    p.transcript = transcript.text
    p.transcript_language = transcript.language
    p.transcript_uncertain = transcript.uncertain
    p.duration_s = transcript.duration_s if p.duration_s is None else p.duration_s
    p.warnings.extend(transcript.warnings)


def _voicemail_subject(p: Prepared) -> str:
    who = p.caller_name or p.caller_id or "unknown caller"
    return f"Voicemail from {who}"


def _sent_by_us(app: App, session: Session, message_id: str | None) -> bool:
    """Whether a Message-ID at one of our domains is one of the mails we sent and stored
    (an acknowledgement made before our Message-IDs had their own form). Asked only for
    Message-IDs at our domains: a staff reply has one too, and is no mail of ours."""
    if not message_id or domain_of(message_id) not in app.settings.own_message_id_domains():
        return False
    found = core(session).execute(_SENT_BY_US, {"message_id": message_id.strip("<>")}).first()
    return found is not None


def decide(
    app: App,
    session: Session,
    message: Message,
    p: Prepared,
    received_at: datetime,
    now: datetime,
) -> dict[str, Any]:
    """Classify, file the ticket, plan the page, and record the result: one transaction."""
    result: dict[str, Any] = {
        "action": "rejected",
        "ticket": None,
        "severity": None,
        "language": None,
        "channel": p.channel,
        "customer": None,
        "paged": False,
        "response_due": None,
        "fix_due": None,
        "transcript": p.transcript,
        "reason": None,
        "warnings": list(dict.fromkeys(p.warnings)),
    }
    if p.rejected:
        result["reason"] = p.rejected
        _finish(session, message, "rejected", result, now)
        return result

    _store_attachments(session, message, p.attachments)
    verdict = p.verdict
    assert verdict is not None  # prepare() classifies every message it did not reject
    # The recogniser heard the language; the classifier only guesses it from the words.
    if p.channel == "voicemail":
        result["language"] = p.transcript_language or verdict.language
    else:
        result["language"] = p.language_hint or verdict.language
    inbound = p.inbound
    automated = p.automated
    own = automated == "our own message"
    if inbound is not None and not own and _sent_by_us(app, session, inbound.message_id):
        automated = "our own message"
    returned = p.returned if automated else None
    incoming = IncomingMessage(
        message_pk=message.id,
        channel=p.channel,
        message_id=inbound.message_id if inbound else None,
        in_reply_to=inbound.in_reply_to if inbound else None,
        references=inbound.references if inbound else (),
        # A PBX voicemail email comes from the phone system, not the caller: the caller is
        # known by number, and an acknowledgement must never go back to the PBX.
        sender_email=inbound.sender if inbound and p.channel == "email" else None,
        sender_name=(inbound.sender_name if inbound and p.channel == "email" else p.caller_name),
        caller_id=p.caller_id,
        subject=p.subject,
        text=p.text[:MAX_DESCRIPTION],
        received_at=received_at,
        severity=verdict.severity,
        language=result["language"],
        rules=_rules_json(verdict),
        automated=automated,
        returned_message_id=returned.message_id if returned else None,
        returned_subject=returned.subject if returned else None,
        uncertain=p.transcript_uncertain,
        warnings=tuple(result["warnings"]),
        attachments=tuple(
            {
                "filename": a.filename,
                "content_type": a.content_type,
                "size": len(a.data),
                "sha256": hashlib.sha256(a.data).hexdigest(),
                "is_audio": a.is_audio,
            }
            for a in p.attachments
        ),
        duration_s=p.duration_s,
    )
    # The ticket is recorded on the message by _finish, with its final state.
    filing: Filing = app.desk.file_message(session, incoming, now, link=False)
    result.update(
        action=filing.action,
        ticket=filing.case,
        severity=filing.severity if filing.ticket_id else None,
        customer=filing.customer_id,
        response_due=_iso(filing.response_due),
        fix_due=_iso(filing.fix_due),
        reason=filing.reason or (f"automated: {automated}" if automated else None),
    )
    if filing.staff_reply and filing.ticket_id is not None and inbound is not None:
        # The on-call engineer answered a page (or the ticket) with "ack" / "resolve".
        command = ack_command(p.text)
        if command is not None:
            acknowledge_in(
                app,
                session,
                filing.ticket_id,
                by=inbound.sender or "staff",
                resolve=command == "resolve",
                via="email reply",
                now=now,
            )
            result["reason"] = f"{'resolved' if command == 'resolve' else 'acknowledged'} by reply"
    event = _page_event(filing)
    if event is not None and filing.ticket_id is not None and filing.severity:
        decision = app.pager.on_ticket(
            session,
            filing.ticket_id,
            event=event,
            severity=filing.severity,
            after_hours=filing.after_hours,
            after_hours_cover=filing.after_hours_cover,
            has_package=filing.has_package,
            next_office_open=filing.next_office_open,
            uncertain=p.transcript_uncertain,
            now=now,
        )
        result["paged"] = bool(decision.paged)
    state = {"created": "processed", "updated": "processed"}.get(filing.action, filing.action)
    _finish(session, message, state, result, now, ticket_id=filing.ticket_id)
    return result


def _page_event(filing: Filing) -> str | None:
    if filing.action == "created":
        return "created"
    if filing.action == "updated" and not filing.staff_reply:
        raised = filing.previous_severity is not None and filing.previous_severity != (
            filing.severity
        )
        return "raised" if raised else "updated"
    return None


def _rules_json(verdict: Classification) -> tuple[dict[str, Any], ...]:
    return tuple(
        {"id": r.id, "level": r.level, "field": r.field, "matched": r.matched}
        for r in verdict.rules
    )


def _store_attachments(session: Session, message: Message, parts: list[Part]) -> None:
    # No "already stored?" check: attachments are written in the same transaction that
    # moves the message to a final state, and a message in a final state is never
    # decided again (process_message returns its recorded result).
    for part in parts:
        digest = hashlib.sha256(part.data).hexdigest()
        insert_if_absent(session, Blob, sha256=digest, size=len(part.data), data=part.data)
        insert_row(
            session,
            Attachment,
            message_pk=message.id,
            filename=part.filename,
            content_type=part.content_type[:255],
            size=len(part.data),
            blob_sha256=digest,
            is_audio=part.is_audio,
        )


def _finish(
    session: Session,
    message: Message,
    state: str,
    result: dict[str, Any],
    now: datetime,
    ticket_id: int | None = None,
) -> None:
    # A Core UPDATE: the ORM's flush of this one object cost more than the statement.
    update_object(
        session,
        message,
        state=state,
        result=result,
        warnings=result["warnings"],
        processed_at=now,
        last_error=None,
        ticket_id=ticket_id if ticket_id is not None else message.ticket_id,
    )


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None
