"""`frontdesk ingest [--at ISO] [--json] PATH...`: files through the whole pipeline, now."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING, Any

from frontdesk import clock
from frontdesk.cli._common import app_from, parse_when

if TYPE_CHECKING:
    from frontdesk.app import App

INGEST_WORKER = "frontdesk-ingest"
AUDIO_SUFFIXES = {".wav", ".mp3", ".gsm", ".ogg", ".opus", ".m4a", ".flac", ".wav49"}
MAX_FILE_BYTES = 64 * 1024 * 1024
CONTRACT_KEYS = (
    "path",
    "action",
    "ticket",
    "severity",
    "language",
    "channel",
    "customer",
    "paged",
    "response_due",
    "fix_due",
    "transcript",
    "reason",
    "warnings",
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "ingest",
        help="push .eml and voicemail files through the whole pipeline synchronously",
        description="A .eml is an email; .wav/.mp3/.gsm (with an Asterisk msgNNNN.txt beside "
        "it when there is one) is a voicemail. Directories are read recursively.",
    )
    p.add_argument("--at", metavar="ISO-8601", help="arrival time (default: now)")
    p.add_argument("--json", action="store_true", help="one JSON object per input per line")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    app = app_from(args)
    at = parse_when(args.at, app.settings.agency.timezone) if args.at else None
    all_handled = True
    try:
        for path in _expand(args.paths):
            if at is not None:
                with clock.frozen(at):
                    result = ingest_path(app, path)
            else:
                result = ingest_path(app, path)
            all_handled &= result.pop("_handled", True)
            _print(result, as_json=args.json)
    finally:
        app.close()
    return 0 if all_handled else 1


def _expand(paths: list[str]) -> list[Path]:
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file()))
        else:
            out.append(path)
    return out


def _empty(path: Path, channel: str) -> dict[str, Any]:
    result: dict[str, Any] = dict.fromkeys(CONTRACT_KEYS)
    result.update(path=str(path), channel=channel, paged=False, warnings=[])
    return result


def ingest_path(app: App, path: Path) -> dict[str, Any]:
    from frontdesk.intake import accept
    from frontdesk.pipeline import JustAccepted, decide_at_once
    from frontdesk.worker import run_job
    from storage import queue
    from storage.models import Message

    is_audio = path.suffix.lower() in AUDIO_SUFFIXES
    channel = "voicemail" if is_audio else "email"
    result = _empty(path, channel)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            result.update(action="rejected", reason=f"file is {size} bytes, over the limit")
            return result
        raw = path.read_bytes()
    except FileNotFoundError:
        result.update(action="rejected", reason="no such file")
        return result
    except IsADirectoryError:
        result.update(action="rejected", reason="is a directory")
        return result
    except PermissionError:
        result.update(action="rejected", reason="permission denied")
        return result
    except OSError as exc:
        result.update(action="rejected", reason=f"cannot read: {exc.strerror or exc}")
        return result

    meta: dict[str, Any] = {"path": str(path.resolve())}
    if is_audio:
        meta.update(kind="audio", filename=path.name)
        if app.settings.spool.language:  # a recording from our voicemail box
            meta["language"] = app.settings.spool.language
        txt = path.with_suffix(".txt")
        if txt.is_file():
            meta["asterisk_txt"] = txt.read_text("utf-8", "replace")[:65536]
    now = clock.now()
    decided = decide_at_once(
        app, raw, meta, source="file", source_ref=str(path.resolve())[:1024], received_at=now
    )
    if decided is not None:
        result.update(decided[1])
        result["path"] = str(path)
        return {k: result.get(k) for k in CONTRACT_KEYS}
    # The same bytes again, or deciding failed: the durable path (raw + job, then process)
    # says which, and keeps a failure for `frontdesk serve` to retry.
    accepted = accept(
        app.db,
        raw,
        source="file",
        source_ref=str(path.resolve())[:1024],
        received_at=now,
        meta=meta,
        max_attempts=app.settings.worker.max_attempts,
        claim_as=INGEST_WORKER,
    )
    if accepted.duplicate:
        return _duplicate_of(app, path, channel, accepted.message_pk)
    assert accepted.job_id is not None
    job = queue.ClaimedJob(
        accepted.job_id,
        "process",
        {"message": accepted.message_pk},
        attempts=1,
        max_attempts=app.settings.worker.max_attempts,
    )
    # The bytes are in hand: processing need not read them back.
    outcome = run_job(app, job, JustAccepted(raw, meta, "file", now.astimezone(UTC)))
    if outcome is None:
        with app.db.session() as session:
            message = session.get(Message, accepted.message_pk)
            error = message.last_error if message else "unknown"
        result.update(
            action="rejected",
            reason=f"processing failed (kept as message {accepted.message_pk}, will be "
            f"retried by `frontdesk serve`): {(error or '').splitlines()[0][:300]}",
            _handled=False,
        )
        return result
    result.update(outcome)
    result["path"] = str(path)
    return {k: result.get(k) for k in (*CONTRACT_KEYS, "_handled") if k in result}


def _duplicate_of(app: App, path: Path, channel: str, message_pk: int) -> dict[str, Any]:
    from storage.models import Message, Ticket

    result = _empty(path, channel)
    with app.db.session() as session:
        message = session.get(Message, message_pk)
        ticket = session.get(Ticket, message.ticket_id) if message and message.ticket_id else None
        previous = dict(message.result or {}) if message else {}
        prefix = app.settings.tickets.subject_tag_prefix
        result.update(
            action="duplicate",
            reason=f"same bytes as message {message_pk}",
            ticket=f"{prefix}-{ticket.number}" if ticket else None,
            severity=ticket.severity if ticket else None,
            customer=ticket.customer_id if ticket else previous.get("customer"),
            language=previous.get("language"),
            channel=previous.get("channel") or channel,
        )
    return result


def _print(result: dict[str, Any], *, as_json: bool) -> None:
    if as_json:
        print(json.dumps(result, ensure_ascii=False, sort_keys=False), flush=True)
        return
    bits = [f"{result['path']}: {result['action']}"]
    for key in ("ticket", "severity", "customer"):
        if result.get(key):
            bits.append(f"{key}={result[key]}")
    if result.get("paged"):
        bits.append("paged")
    if result.get("reason"):
        bits.append(f"({result['reason']})")
    print(" ".join(bits), file=sys.stdout, flush=True)
    for warning in result.get("warnings") or []:
        print(f"  warning: {warning}", flush=True)
