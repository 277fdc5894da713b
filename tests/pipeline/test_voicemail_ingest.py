"""Voicemail through `frontdesk ingest`: an Asterisk spool pair and a PBX voicemail email
each become a ticket with transcript, language, caller-ID, duration and the audio kept.

Real model: multilingual Whisper base from the installed model packages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from frontdesk.app import App
from frontdesk.cli.ingest import ingest_path
from frontdesk.config import Settings
from storage.db import Database
from storage.models import Attachment, Blob, Message, Ticket, TicketEvent

AUDIO = Path(__file__).parents[1] / "fixtures" / "audio"


@pytest.fixture
def vm_app(
    db: Database, settings_factory: Callable[..., Settings], settings: Settings
) -> Iterator[App]:
    # The Dutch voicemail box names its language, as a deployment would: Whisper base
    # does not recognise espeak-ng's Dutch voice as Dutch by itself (see tests/transcribe).
    application = App.build(
        settings.model_copy(
            update={
                "transcription": settings.transcription.model_copy(update={"model": "base"}),
                "spool": settings.spool.model_copy(update={"language": "nl"}),
            }
        )
    )
    yield application
    application.close()


def _ticket_of(db: Database, case: str) -> Ticket:
    number = int(case.split("-")[1])
    with db.session() as s:
        ticket = s.scalar(select(Ticket).where(Ticket.number == number))
        assert ticket is not None
        return ticket


def _audio_kept(db: Database, ticket: Ticket, original: bytes) -> None:
    with db.session() as s:
        attachments = s.scalars(
            select(Attachment).join(Message).where(Message.ticket_id == ticket.id)
        ).all()
        audio = [a for a in attachments if a.is_audio]
        assert audio, "the recording is attached to the ticket"
        blob = s.get(Blob, audio[0].blob_sha256)
        assert blob is not None and blob.data == original


def test_asterisk_spool_pair_becomes_a_ticket_with_transcript_and_caller(
    vm_app: App, db: Database
) -> None:
    wav = AUDIO / "asterisk_spool_nl" / "msg0000.wav"
    result = ingest_path(vm_app, wav)
    assert result["action"] == "created", result
    assert result["channel"] == "voicemail"
    assert result["language"] == "nl"
    transcript = (result["transcript"] or "").lower()
    assert "storing" in transcript or "offline" in transcript, transcript
    assert result["customer"] == "bakkerij-jansen", "caller-ID +31612345678 is on the contract"
    ticket = _ticket_of(db, result["ticket"])
    assert ticket.contact_phone == "+31612345678"
    assert ticket.channel == "voicemail"
    assert ticket.description.strip()
    assert ticket.language == "nl"
    with db.session() as s:
        created = s.scalar(
            select(TicketEvent).where(
                TicketEvent.ticket_id == ticket.id, TicketEvent.kind == "created"
            )
        )
        assert created is not None
        assert created.detail["duration_s"] == 9.0, "duration from the Asterisk msg0000.txt"
        assert created.detail["caller_id"] == "+31612345678"
    _audio_kept(db, ticket, wav.read_bytes())


def test_pbx_voicemail_email_becomes_a_ticket_with_transcript_and_caller(
    vm_app: App, db: Database
) -> None:
    # An email from the PBX: its language comes from the recording, not the spool setting.
    eml = AUDIO / "pbx_voicemail_email_en.eml"
    result = ingest_path(vm_app, eml)
    assert result["action"] == "created", result
    assert result["channel"] == "voicemail"
    assert result["language"] == "en"
    transcript = (result["transcript"] or "").lower()
    assert "website" in transcript and "down" in transcript, transcript
    ticket = _ticket_of(db, result["ticket"])
    assert ticket.contact_phone == "+31612345678"
    assert result["customer"] == "bakkerij-jansen"
    with db.session() as s:
        message = s.scalar(
            select(Message).where(Message.ticket_id == ticket.id, Message.direction == "in")
        )
        assert message is not None and message.raw == eml.read_bytes()


def test_a_pdf_renamed_wav_still_files_a_ticket_that_says_listen_to_the_recording(
    vm_app: App, db: Database
) -> None:
    result = ingest_path(vm_app, AUDIO / "pdf_renamed_invoice.wav")
    assert result["action"] == "created", result
    assert any("listen to the recording" in w for w in result["warnings"]), result["warnings"]
