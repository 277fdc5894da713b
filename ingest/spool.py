"""The voicemail spool watcher: Asterisk-style folders of msgNNNN.<audio> + msgNNNN.txt.

A recording is taken only when it is complete: its .txt exists and the audio's size
and mtime have not changed for `stable_s`. It is accepted like a mail (the stored raw
bytes are the audio; the .txt goes into `meta`), and only after that commit is the
pair moved to the processed folder, keeping its relative path. A crash between the
commit and the move is harmless: the next scan accepts the same bytes again, accept()
recognises them by sha256, and the pair is moved then.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import structlog
from sqlalchemy.exc import OperationalError

from frontdesk import clock
from ingest.config import SpoolConfig
from ingest.handoff import AcceptFn
from storage.db import DatabaseUnavailable

log = structlog.get_logger("frontdesk.spool")


# In order of preference when Asterisk kept one message in several formats.
AUDIO_SUFFIXES = (".wav", ".WAV", ".mp3", ".MP3", ".gsm", ".GSM")
CONTENT_TYPES = {".wav": "audio/wav", ".mp3": "audio/mpeg", ".gsm": "audio/x-gsm"}


# --- pure parts ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Recording:
    txt: Path
    audio: Path
    # Every file of this message (all audio formats + the .txt), moved together.
    members: tuple[Path, ...]


def find_recordings(txt_files: Iterable[Path], listing: set[Path]) -> list[Recording]:
    """Pair each msgNNNN.txt with its audio (preferred format first); unpaired are skipped."""
    out: list[Recording] = []
    for txt in sorted(txt_files):
        audio = [txt.with_suffix(s) for s in AUDIO_SUFFIXES if txt.with_suffix(s) in listing]
        if not audio:
            continue
        out.append(Recording(txt, audio[0], (*audio, txt)))
    return out


@dataclass
class StabilityTracker:
    """Remembers each file's (size, mtime) and since when it has been unchanged."""

    stable_s: float
    _seen: dict[Path, tuple[tuple[int, float], float]] = field(default_factory=dict)

    def is_stable(self, path: Path, size: int, mtime: float, now: float) -> bool:
        signature = (size, mtime)
        previous = self._seen.get(path)
        if previous is None or previous[0] != signature:
            self._seen[path] = (signature, now)
            return self.stable_s <= 0
        return now - previous[1] >= self.stable_s

    def forget(self, path: Path) -> None:
        self._seen.pop(path, None)

    def keep_only(self, paths: set[Path]) -> None:
        for stale in set(self._seen) - paths:
            del self._seen[stale]


def parse_txt_fields(text: str) -> dict[str, str]:
    """The raw key=value lines of an Asterisk msgNNNN.txt (no interpretation)."""
    fields: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith((";", "[")):
            continue
        key, sep, value = line.partition("=")
        if sep:
            fields[key.strip()] = value.strip()
    return fields


MAX_TXT_BYTES = 64 * 1024

KEPT_FIELDS = ("callerid", "origdate", "origtime", "duration", "origmailbox", "msg_id", "exten")


def recording_meta(recording: Recording, txt_text: str, language: str | None) -> dict[str, Any]:
    fields = parse_txt_fields(txt_text)
    meta: dict[str, Any] = {
        "kind": "audio",
        "filename": recording.audio.name,
        "content_type": CONTENT_TYPES.get(recording.audio.suffix.lower(), "audio/wav"),
        "path": str(recording.audio),
        "asterisk_txt": txt_text[:65536],
        "asterisk": {k: fields[k] for k in KEPT_FIELDS if k in fields},
    }
    if language:
        meta["language"] = language
    return meta


# --- the watcher (I/O) ------------------------------------------------------------------------


class SpoolWatcher:
    def __init__(
        self,
        config: SpoolConfig,
        *,
        db: Any,
        accept: AcceptFn,
        wake: Callable[[], None] | None = None,
        monotonic: Callable[[], float] | None = None,
    ) -> None:
        self.config = config
        self.root = Path(config.path)
        self.processed = Path(config.processed_path or (self.root / "processed"))
        self.db = db
        self.accept = accept
        self.wake = wake
        self.tracker = StabilityTracker(config.stable_s)
        self._monotonic = monotonic or time.monotonic
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.accepted = 0

    def scan_once(self) -> int:
        """One pass: accept and move every complete recording. Returns how many were moved."""
        if not self.root.is_dir():
            return 0
        listing: set[Path] = set()
        txts: list[Path] = []
        skipped = {self.processed.resolve(), (self.root / "rejected").resolve()}
        for dirpath, dirnames, filenames in os.walk(self.root):
            here = Path(dirpath)
            # Never descend into the processed or rejected folders (inside the spool).
            dirnames[:] = [d for d in dirnames if (here / d).resolve() not in skipped]
            for name in filenames:
                path = here / name
                listing.add(path)
                if name.startswith("msg") and name.endswith(".txt"):
                    txts.append(path)
        self.tracker.keep_only(listing)
        moved = 0
        now = self._monotonic()
        for recording in find_recordings(txts, listing):
            if self._stop.is_set():
                break
            if not self._complete(recording, now):
                continue
            if self._take(recording):
                moved += 1
        return moved

    def _complete(self, recording: Recording, now: float) -> bool:
        stable = True
        for path in (recording.audio, recording.txt):
            try:
                st = path.stat()
            except FileNotFoundError:
                return False
            stable = self.tracker.is_stable(path, st.st_size, st.st_mtime, now) and stable
        return stable

    def _take(self, recording: Recording) -> bool:
        try:
            size = recording.audio.stat().st_size
            if size > self.config.max_recording_size:
                self._reject(recording, f"recording of {size} bytes is over max_recording_size")
                return True
            audio = recording.audio.read_bytes()
            with recording.txt.open("rb") as fh:  # Asterisk's .txt is a few hundred bytes
                txt_text = fh.read(MAX_TXT_BYTES).decode("utf-8", "replace")
        except OSError as exc:
            log.warning("spool read failed", path=str(recording.audio), error=str(exc))
            return False
        meta = recording_meta(recording, txt_text, self.config.language)
        try:
            accepted = self.accept(
                self.db,
                audio,
                source="spool",
                received_at=clock.now(),
                source_ref=str(recording.audio)[:1024],
                meta=meta,
            )
        except OperationalError as exc:  # a read outside db.transaction() also means "down"
            raise DatabaseUnavailable(" ".join(str(exc.orig or exc).split())[:300]) from exc
        self._move(recording)
        duplicate = bool(getattr(accepted, "duplicate", False))
        log.info(
            "spool accepted",
            path=str(recording.audio),
            message_pk=getattr(accepted, "message_pk", None),
            duplicate=duplicate,
            caller=meta["asterisk"].get("callerid"),
        )
        if not duplicate:
            self.accepted += 1
            if self.wake is not None:
                self.wake()
        return True

    def _reject(self, recording: Recording, reason: str) -> None:
        log.error("spool recording rejected", path=str(recording.audio), error=reason)
        self._move(recording, into=self.root / "rejected")

    def _move(self, recording: Recording, into: Path | None = None) -> None:
        try:
            relative = recording.txt.parent.relative_to(self.root)
        except ValueError:
            relative = Path()
        target_dir = (into or self.processed) / relative
        target_dir.mkdir(parents=True, exist_ok=True)
        # Audio first, .txt last: a half-moved pair has no .txt left in the spool and is
        # therefore never taken twice.
        for member in sorted(recording.members, key=lambda p: p.suffix == ".txt"):
            target = target_dir / member.name
            if target.exists():
                target = _unique(target)
            shutil.move(str(member), str(target))
            self.tracker.forget(member)

    # -- thread ---------------------------------------------------------------------------------

    def run(self) -> None:
        attempt = 0
        log.info("spool watching", path=str(self.root), processed=str(self.processed))
        while not self._stop.is_set():
            try:
                self.scan_once()
                attempt = 0
            except DatabaseUnavailable as exc:
                attempt += 1
                log.warning("spool paused: database unavailable", error=str(exc))
            except Exception as exc:  # a bug or a bad file must not end the watcher
                attempt += 1
                log.exception("spool error", error=f"{type(exc).__name__}: {exc}")
            delay = self.config.poll_interval_s * (min(2 ** (attempt - 1), 30) if attempt else 1)
            self._stop.wait(delay)

    def start(self) -> None:
        self._thread = threading.Thread(target=self.run, name="spool", daemon=True)
        self._thread.start()

    def stop(self, timeout: float) -> bool:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            return not self._thread.is_alive()
        return True


def _unique(target: Path) -> Path:
    for n in range(1, 10_000):
        candidate = target.with_name(f"{target.stem}.{n}{target.suffix}")
        if not candidate.exists():
            return candidate
    return target.with_name(f"{target.stem}.{os.getpid()}{target.suffix}")
