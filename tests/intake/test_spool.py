"""The voicemail spool watcher on a real Asterisk-style folder, with the real accept()."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from frontdesk.intake import accept
from ingest.config import SpoolConfig
from ingest.spool import SpoolWatcher, find_recordings, parse_txt_fields
from storage.db import Database, DatabaseUnavailable
from storage.models import Message

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "audio" / "asterisk_spool_nl"


class FakeMonotonic:
    """The watcher's stability timer, moved by hand (a time seam, not a fake spool)."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def make_watcher(root: Path, db: Database, timer: FakeMonotonic, **overrides: Any) -> SpoolWatcher:
    config = SpoolConfig(path=root, stable_s=1.0, **overrides)
    return SpoolWatcher(config, db=db, accept=accept, monotonic=timer)


def stored(db: Database) -> list[Message]:
    with db.session() as session:
        return list(session.scalars(select(Message)))


def test_pair_becomes_a_message_only_when_complete_then_is_moved(
    db: Database, tmp_path: Path
) -> None:
    inbox = tmp_path / "spool" / "default" / "100" / "INBOX"
    inbox.mkdir(parents=True)
    timer = FakeMonotonic()
    watcher = make_watcher(tmp_path / "spool", db, timer)

    # The recording is still being written: audio without its .txt.
    audio = (FIXTURE / "msg0000.wav").read_bytes()
    (inbox / "msg0000.wav").write_bytes(audio[: len(audio) // 2])
    assert watcher.scan_once() == 0
    timer.t += 5
    assert watcher.scan_once() == 0

    # The .txt appears, but the audio is still growing.
    shutil.copy(FIXTURE / "msg0000.txt", inbox / "msg0000.txt")
    assert watcher.scan_once() == 0
    (inbox / "msg0000.wav").write_bytes(audio)
    timer.t += 0.5
    assert watcher.scan_once() == 0
    assert stored(db) == []

    # Unchanged for stable_s: taken, stored, moved.
    timer.t += 1.1
    assert watcher.scan_once() == 1
    [message] = stored(db)
    assert message.raw == audio
    assert message.source == "spool"
    assert message.source_ref == str(inbox / "msg0000.wav")
    assert message.meta["kind"] == "audio"
    assert message.meta["asterisk"]["callerid"] == '"Jan Jansen" <0612345678>'
    assert message.meta["asterisk"]["duration"] == "9"
    assert message.meta["asterisk"]["origmailbox"] == "100"
    assert "origtime=1795310265" in message.meta["asterisk_txt"]
    processed = tmp_path / "spool" / "processed" / "default" / "100" / "INBOX"
    assert sorted(p.name for p in processed.iterdir()) == ["msg0000.txt", "msg0000.wav"]
    assert list(inbox.iterdir()) == []
    # The processed folder inside the spool is never scanned again.
    timer.t += 10
    assert watcher.scan_once() == 0
    assert watcher.scan_once() == 0
    assert len(stored(db)) == 1


def test_pair_stays_in_the_spool_while_the_database_is_down(
    db: Database, short_busy_db: Database, tmp_path: Path, outage
) -> None:
    inbox = tmp_path / "spool" / "INBOX"
    inbox.mkdir(parents=True)
    shutil.copy(FIXTURE / "msg0000.wav", inbox / "msg0001.wav")
    shutil.copy(FIXTURE / "msg0000.txt", inbox / "msg0001.txt")
    timer = FakeMonotonic()
    watcher = make_watcher(tmp_path / "spool", short_busy_db, timer)
    watcher.scan_once()
    timer.t += 2
    with outage(db), pytest.raises(DatabaseUnavailable):
        watcher.scan_once()
    assert sorted(p.name for p in inbox.iterdir()) == ["msg0001.txt", "msg0001.wav"]
    assert watcher.scan_once() == 1
    assert len(stored(db)) == 1
    assert list(inbox.iterdir()) == []


def test_gsm_and_uppercase_wav_are_paired_preferring_wav() -> None:
    listing = {Path("a/msg0001.gsm"), Path("a/msg0001.WAV"), Path("a/msg0001.txt"),
               Path("a/msg0002.txt"), Path("a/msg0003.gsm"), Path("a/msg0003.txt")}  # fmt: skip
    recordings = find_recordings([p for p in listing if p.suffix == ".txt"], listing)
    assert [(r.txt.name, r.audio.name) for r in recordings] == [
        ("msg0001.txt", "msg0001.WAV"),
        ("msg0003.txt", "msg0003.gsm"),
    ]
    assert {p.name for p in recordings[0].members} == {"msg0001.WAV", "msg0001.gsm", "msg0001.txt"}


def test_asterisk_txt_fields_are_read_raw() -> None:
    fields = parse_txt_fields((FIXTURE / "msg0000.txt").read_text())
    assert fields["callerid"] == '"Jan Jansen" <0612345678>'
    assert fields["origdate"] == "Sun Nov 22 01:17:45 AM UTC 2026"
    assert fields["category"] == ""


def test_oversized_recording_is_never_read_and_moved_aside_to_rejected(
    db: Database, tmp_path: Path
) -> None:
    inbox = tmp_path / "spool" / "INBOX"
    inbox.mkdir(parents=True)
    timer = FakeMonotonic()
    watcher = make_watcher(tmp_path / "spool", db, timer, max_recording_size=10_000)
    shutil.copy(FIXTURE / "msg0000.wav", inbox / "msg0000.wav")  # about 156 KB
    shutil.copy(FIXTURE / "msg0000.txt", inbox / "msg0000.txt")
    watcher.scan_once()
    timer.t += 5
    assert watcher.scan_once() == 1
    assert stored(db) == []
    rejected = tmp_path / "spool" / "rejected" / "INBOX"
    assert sorted(p.name for p in rejected.iterdir()) == ["msg0000.txt", "msg0000.wav"]
    timer.t += 5
    assert watcher.scan_once() == 0, "a rejected pair is not taken again"
