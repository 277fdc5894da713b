"""A bounce of our acknowledgement, as MTAs really send it, through `frontdesk ingest`'s path:
ignored (no ticket, no acknowledgement, no page) and logged on the ticket it is about.

Delivery-status reports seldom carry In-Reply-To: the acknowledgement they return is inside
them (message/rfc822, text/rfc822-headers, a read receipt's Original-Message-ID, or the
headers quoted in a plain-text bounce). The fixtures in tests/fixtures/bounces return an
acknowledgement whose Message-ID is the placeholder below; each test puts in the Message-ID
our acknowledgement really got.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from frontdesk.app import App
from frontdesk.cli.ingest import ingest_path
from frontdesk.clock import FrozenClock
from frontdesk.config import Settings
from storage.db import Database
from storage.models import Message, Ticket, TicketEvent
from tests.pipeline.conftest import (
    AGENCY,
    CUSTOMERS,
    OUR_ACK_PLACEHOLDER,
    first_report,
    row_counts,
)

BOUNCES = Path(__file__).parents[1] / "fixtures" / "bounces"


@pytest.fixture
def app(db: Database, settings_factory: Callable[..., Settings]) -> Iterator[App]:
    settings = settings_factory(
        agency=AGENCY,
        customers=CUSTOMERS,
        relay={"from_address": "support@agency.example"},
        transcription={"model": "tiny.en"},
    )
    application = App.build(settings)
    yield application
    application.close()


def _returning(name: str, tmp_path: Path, message_id: str | bytes, case: str) -> Path:
    """The fixture as it would come back for our acknowledgement `message_id` of `case`."""
    raw = (BOUNCES / name).read_bytes()
    assert OUR_ACK_PLACEHOLDER in raw
    if isinstance(message_id, str):
        message_id = message_id.encode()
    raw = raw.replace(OUR_ACK_PLACEHOLDER, message_id).replace(b"[FD-1]", f"[{case}]".encode())
    path = tmp_path / name
    path.write_bytes(raw)
    return path


def _logged(db: Database, ticket_case: str) -> list[TicketEvent]:
    number = int(ticket_case.rsplit("-", 1)[1])
    with db.session() as s:
        ticket_id = s.scalars(select(Ticket.id).where(Ticket.number == number)).one()
        return list(
            s.scalars(
                select(TicketEvent)
                .where(TicketEvent.ticket_id == ticket_id, TicketEvent.kind == "automated_reply")
                .order_by(TicketEvent.id)
            )
        )


@pytest.mark.parametrize(
    "name",
    [
        "dsn_of_our_ack_postfix.eml",  # multipart/report with text/rfc822-headers
        "dsn_of_our_ack_exchange.eml",  # multipart/report with message/rfc822
        "bounce_of_our_ack_exim_plain_text.eml",  # headers quoted in the text
        "bounce_of_our_ack_qmail_plain_text.eml",  # headers quoted in the text
        "read_receipt_of_our_ack_mdn.eml",  # Original-Message-ID only
    ],
)
def test_a_bounce_of_our_ack_is_ignored_and_logged_on_its_ticket(
    app: App, db: Database, clock: FrozenClock, tmp_path: Path, name: str
) -> None:
    first, ack = first_report(app, db)
    before = row_counts(db)
    bounce = _returning(name, tmp_path, ack.message_id, first["ticket"])
    # The outer headers name no mail of ours: the report's insides must be read.
    outer = bounce.read_bytes().split(b"\n\n", 1)[0]
    assert b"In-Reply-To" not in outer and b"References" not in outer

    result = ingest_path(app, bounce)

    assert result["action"] == "ignored"
    assert result["ticket"] == first["ticket"]
    assert result["paged"] is False
    assert result["reason"].startswith("automated: ")
    assert result["reason"].endswith("(logged on ticket)")
    assert row_counts(db) == before  # no new ticket, no acknowledgement, no page
    logged = _logged(db, first["ticket"])
    assert len(logged) == 1
    assert logged[0].detail["how"] == "returned_message_id"
    with db.session() as s:
        row = s.scalars(select(Message).where(Message.source_ref == str(bounce.resolve()))).one()
        assert row.state == "ignored"
        assert row.ticket_id == logged[0].ticket_id


def test_a_bounce_whose_message_id_we_do_not_know_is_found_by_the_returned_subjects_tag(
    app: App, db: Database, clock: FrozenClock, tmp_path: Path
) -> None:
    # The returned Message-ID is none we stored (a page, or an acknowledgement the
    # database no longer holds): the ticket tag of the returned subject names the ticket.
    first, _ = first_report(app, db)
    before = row_counts(db)
    bounce = _returning(
        "dsn_of_our_ack_postfix.eml", tmp_path, "not-stored-1@agency.example", first["ticket"]
    )
    result = ingest_path(app, bounce)
    assert (result["action"], result["ticket"], result["paged"]) == (
        "ignored",
        first["ticket"],
        False,
    )
    assert row_counts(db) == before
    assert [e.detail["how"] for e in _logged(db, first["ticket"])] == ["returned_subject_tag"]


def test_a_bounce_of_mail_that_is_not_ours_is_ignored_without_a_ticket(
    app: App, db: Database, clock: FrozenClock, tmp_path: Path
) -> None:
    first, _ = first_report(app, db)
    before = row_counts(db)
    bounce = _returning(
        "dsn_of_our_ack_exchange.eml", tmp_path, "someone-else-1@elsewhere.example", "FD-999"
    )
    result = ingest_path(app, bounce)
    assert (result["action"], result["ticket"], result["paged"]) == ("ignored", None, False)
    assert row_counts(db) == before
    assert _logged(db, first["ticket"]) == []
