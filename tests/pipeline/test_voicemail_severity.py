"""A voicemail's severity comes from its transcript, through the real pipeline: the rules
that fired are recorded on the ticket with field "transcript", and the page follows the
contract (Bakkerij Jansen has a support package with after-hours cover, so a critical
failure at night pages the on-call engineer now; anything else waits for the morning).

Real model: multilingual Whisper base from the installed model packages, loaded once per
process (ingest.transcribe.get_transcriber). Exact wording is never asserted: only that a
rule's matched text is in the transcript the recogniser produced.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from frontdesk.app import App
from frontdesk.cli import main
from frontdesk.cli.ingest import ingest_path
from frontdesk.clock import FrozenClock
from frontdesk.config import Settings
from frontdesk.intake import accept
from frontdesk.worker import run_job
from ingest.spool import SpoolWatcher
from storage import queue
from storage.db import Database
from storage.models import Notification, Ticket, TicketEvent
from tests.pipeline.conftest import AGENCY, CUSTOMERS

AUDIO = Path(__file__).parents[1] / "fixtures" / "audio"
# Says, in Dutch: the website is offline, there is a failure, customers cannot pay.
OUTAGE_SPOOL_NL = AUDIO / "asterisk_spool_nl"
# Says, in English: the website is down, customers cannot pay at the checkout.
OUTAGE_PBX_EMAIL_EN = AUDIO / "pbx_voicemail_email_en.eml"
# Says, in English: a question about last month's invoice, call back when it suits you.
INVOICE_QUESTION_SPOOL_EN = AUDIO / "asterisk_spool_en_invoice_question"
NIGHT = datetime(2026, 3, 11, 2, 30, tzinfo=UTC)  # Wednesday 03:30 in Amsterdam
NOTIFY = {
    "people": [{"name": "eva", "channels": ["log:"]}],
    "rotations": [{"name": "primary", "members": ["eva"]}],
    "policies": [
        {
            "name": "default",
            "steps": [{"target": "rotation:primary", "delay_minutes": 5}],
            "fallback": "ops@agency.example",
        }
    ],
}


@pytest.fixture
def make_app(
    db: Database, settings_factory: Callable[..., Settings], tmp_path: Path
) -> Iterator[Callable[[str | None], App]]:
    """An App with on-call people; `spool_language` is the voicemail box's language (the
    Dutch box names it: Whisper base does not recognise espeak-ng's Dutch voice by itself)."""
    built: list[App] = []

    def make(spool_language: str | None) -> App:
        settings = settings_factory(
            agency=AGENCY,
            customers=CUSTOMERS,
            transcription={"model": "base"},
            spool={"path": str(tmp_path / "spool"), "stable_s": 0, "language": spool_language},
            notify=NOTIFY,
        )
        built.append(App.build(settings))
        return built[-1]

    yield make
    for application in built:
        application.close()


def _ticket(db: Database, case: str) -> Ticket:
    with db.session() as s:
        ticket = s.scalar(select(Ticket).where(Ticket.number == int(case.split("-")[1])))
        assert ticket is not None
        return ticket


def _pages(db: Database, ticket: Ticket) -> list[Notification]:
    with db.session() as s:
        query = select(Notification).where(
            Notification.ticket_id == ticket.id, Notification.kind == "page"
        )
        return list(s.scalars(query))


def _page_decision(db: Database, ticket: Ticket) -> dict[str, Any]:
    with db.session() as s:
        event = s.scalar(
            select(TicketEvent).where(
                TicketEvent.ticket_id == ticket.id, TicketEvent.kind == "page_decision"
            )
        )
        assert event is not None
        return dict(event.detail)


def _assert_decided_on_the_transcript(ticket: Ticket, transcript: str | None) -> None:
    assert transcript, "the recording was transcribed"
    assert ticket.rules, "the rules that fired are recorded on the ticket"
    assert {r["field"] for r in ticket.rules} == {"transcript"}, ticket.rules
    assert any(r["level"] == "critical" for r in ticket.rules), ticket.rules
    heard = transcript.lower()
    assert any(r["matched"].lower() in heard for r in ticket.rules), (ticket.rules, transcript)


def _assert_critical_and_paged(db: Database, result: dict[str, Any]) -> None:
    assert result["action"] == "created", result
    assert (result["severity"], result["channel"]) == ("critical", "voicemail"), result
    assert result["customer"] == "bakkerij-jansen"
    ticket = _ticket(db, result["ticket"])
    assert (ticket.severity, ticket.channel) == ("critical", "voicemail")
    _assert_decided_on_the_transcript(ticket, result["transcript"])
    # After hours, with after-hours cover: critical pages the on-call engineer now.
    assert result["paged"] is True, result
    assert _page_decision(db, ticket)["cell"] == "critical.after_hours_cover"
    assert [p.recipient for p in _pages(db, ticket)] == ["eva"]


def test_spoken_outage_on_an_asterisk_spool_pair_is_critical_and_pages_at_night(
    make_app: Callable[[str | None], App], db: Database, clock: FrozenClock
) -> None:
    clock.set(NIGHT)
    result = ingest_path(make_app("nl"), OUTAGE_SPOOL_NL / "msg0000.wav")
    _assert_critical_and_paged(db, result)


def test_spoken_outage_taken_from_the_spool_by_the_watcher_and_a_worker_job(
    make_app: Callable[[str | None], App], db: Database, clock: FrozenClock
) -> None:
    # The path `frontdesk serve` takes: the watcher accepts the pair (raw + job), a worker
    # claims the job and processes the stored message.
    clock.set(NIGHT)
    app = make_app("nl")
    inbox = Path(app.settings.spool.path) / "default" / "100" / "INBOX"
    inbox.mkdir(parents=True)
    for name in ("msg0000.wav", "msg0000.txt"):
        shutil.copy(OUTAGE_SPOOL_NL / name, inbox / name)
    watcher = SpoolWatcher(
        app.settings.spool,
        db=app.db,
        accept=functools.partial(accept, max_attempts=app.settings.worker.max_attempts),
    )
    assert watcher.scan_once() == 1
    job = queue.claim(app.db, "test-worker", now=clock())
    assert job is not None and job.kind == "process"
    result = run_job(app, job)
    assert result is not None
    _assert_critical_and_paged(db, result)


def test_pbx_voicemail_email_is_critical_from_its_transcript_not_its_pbx_text(
    make_app: Callable[[str | None], App], db: Database, clock: FrozenClock
) -> None:
    # The email's own text is the PBX's "you were left a message": the recording decides.
    clock.set(NIGHT)
    result = ingest_path(make_app(None), OUTAGE_PBX_EMAIL_EN)
    _assert_critical_and_paged(db, result)
    assert result["language"] == "en"


def test_calm_voicemail_about_an_invoice_is_not_critical_and_pages_nobody(
    make_app: Callable[[str | None], App], db: Database, clock: FrozenClock
) -> None:
    clock.set(NIGHT)
    result = ingest_path(make_app(None), INVOICE_QUESTION_SPOOL_EN / "msg0000.wav")
    assert result["action"] == "created", result
    assert result["channel"] == "voicemail"
    assert result["customer"] == "bakkerij-jansen"
    assert result["transcript"], "the recording was transcribed"
    assert result["severity"] not in (None, "critical"), result
    assert result["paged"] is False, result
    ticket = _ticket(db, result["ticket"])
    assert ticket.severity == result["severity"]
    assert all(r["level"] != "critical" for r in ticket.rules), ticket.rules
    assert all(r["field"] == "transcript" for r in ticket.rules), ticket.rules
    assert _page_decision(db, ticket)["paged"] is False
    assert _pages(db, ticket) == []


def test_frontdesk_ingest_json_says_critical_voicemail_and_pages(
    db: Database,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The command's own entry point (in this process, so the loaded model is reused):
    what `frontdesk ingest --json --at NIGHT` prints for the PBX email."""
    config = tmp_path / "frontdesk.toml"
    config.write_text(
        f'[database]\nurl = "{settings.database.url}"\n'
        '[agency]\nname = "Agency"\ndomains = ["agency.example"]\n'
        'timezone = "Europe/Amsterdam"\n'
        '[transcription]\nmodel = "base"\n'
        '[[customers]]\nid = "bakkerij-jansen"\nname = "Bakkerij Jansen"\n'
        'phones = ["+31612345678"]\nsupport_package = true\nafter_hours_cover = true\n'
        '[[notify.people]]\nname = "eva"\nchannels = ["log:"]\n'
        '[[notify.rotations]]\nname = "primary"\nmembers = ["eva"]\n'
    )
    for name in [k for k in os.environ if k.startswith("FRONTDESK_")]:
        monkeypatch.delenv(name)
    argv = ["--config", str(config), "ingest", "--json", "--at", NIGHT.isoformat()]
    assert main([*argv, str(OUTAGE_PBX_EMAIL_EN)]) == 0
    [line] = [line for line in capsys.readouterr().out.splitlines() if line.strip()]
    _assert_critical_and_paged(db, json.loads(line))
