"""Bad input: a clear action and reason, the raw bytes kept, no traceback, nothing lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from frontdesk.app import App
from frontdesk.cli.ingest import ingest_path
from storage.db import Database
from storage.models import Message, Ticket

BAD = Path(__file__).parents[1] / "fixtures" / "bad"


def _stored(db: Database, path: Path) -> Message:
    with db.session() as s:
        messages = s.scalars(select(Message)).all()
    matching = [m for m in messages if m.raw == path.read_bytes()]
    assert len(matching) == 1, "the raw bytes are kept exactly"
    return matching[0]


@pytest.mark.parametrize(
    ("name", "reason_part"),
    [
        ("not_an_email.pdf", "not an email"),
        ("huge_header_2mb.eml", "header block is"),
    ],
)
def test_input_that_is_not_mail_is_rejected_with_its_reason_and_kept(
    app: App, db: Database, name: str, reason_part: str
) -> None:
    result = ingest_path(app, BAD / name)
    assert result["action"] == "rejected"
    assert reason_part in result["reason"]
    message = _stored(db, BAD / name)
    assert message.state == "rejected"
    assert message.ticket_id is None


@pytest.mark.parametrize(
    ("name", "warning_part"),
    [
        ("truncated_mime.eml", "MIME defect"),
        ("unknown_charset.eml", "unknown charset 'x-klingon-42'"),
        ("nul_bytes.eml", "NUL bytes removed"),
    ],
)
def test_damaged_mail_becomes_a_ticket_with_warnings(
    app: App, db: Database, name: str, warning_part: str
) -> None:
    result = ingest_path(app, BAD / name)
    assert result["action"] == "created", result
    assert any(warning_part in w for w in result["warnings"]), result["warnings"]
    message = _stored(db, BAD / name)
    with db.session() as s:
        ticket = s.get(Ticket, message.ticket_id)
        assert ticket is not None and ticket.description


def test_unknown_charset_text_still_reaches_the_classifier(app: App, db: Database) -> None:
    result = ingest_path(app, BAD / "unknown_charset.eml")
    assert result["severity"] == "critical", "Kasse geht nicht / nicht bezahlen"


def test_empty_file_is_rejected(app: App, db: Database) -> None:
    result = ingest_path(app, BAD / "empty.eml")
    assert (result["action"], result["reason"]) == ("rejected", "empty input")


def test_missing_path_is_rejected_with_a_clear_reason(app: App, tmp_path: Path) -> None:
    result = ingest_path(app, tmp_path / "nope.eml")
    assert (result["action"], result["reason"]) == ("rejected", "no such file")


def test_directory_given_as_a_file_is_rejected(app: App, tmp_path: Path) -> None:
    result = ingest_path(app, tmp_path)
    assert result["action"] == "rejected"
