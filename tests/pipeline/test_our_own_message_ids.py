"""Only the Message-IDs Frontdesk made are "our own message", through `frontdesk ingest`'s path.

The relay sends from support@agency.example, and staff write from agency.example too: a
staff reply whose mail client made `<uuid@agency.example>` is a reply (filed on its ticket,
the response clock stopped), while our own acknowledgement coming back (BCC'd to the
support address, or looped by a forward) is ignored as "our own message".
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from email.utils import make_msgid
from pathlib import Path

import pytest
from sqlalchemy import select

import tickets.ack
from frontdesk.app import App
from frontdesk.cli.ingest import ingest_path
from frontdesk.clock import FrozenClock
from frontdesk.config import Settings
from storage.db import Database
from storage.message_ids import frontdesk_domain
from storage.models import Ticket, TicketEvent
from tests.pipeline.conftest import (
    AGENCY,
    CUSTOMERS,
    OUR_ACK_PLACEHOLDER,
    first_report,
    row_counts,
)

THREADS = Path(__file__).parents[1] / "fixtures" / "threads"
STAFF_REPLY = THREADS / "staff_reply_thunderbird_message_id_at_agency_domain.eml"
RECEIVED = (
    b"Received: from mx.agency.example (mx.agency.example [203.0.113.25])\r\n"
    b"\tby mx.agency.example (Postfix) with ESMTPS id 4Xk1hW8defz9sUp\r\n"
    b"\tfor <support@agency.example>; Tue, 10 Mar 2026 11:00:02 +0100 (CET)\r\n"
)


# Without `own_message_id_domains` the relay's domain is ours; an operator may also have
# listed it, as earlier versions suggested: both must file the staff reply.
@pytest.fixture(params=[[], ["agency.example"]], ids=["relay-domain", "configured"])
def app(
    request: pytest.FixtureRequest, db: Database, settings_factory: Callable[..., Settings]
) -> Iterator[App]:
    settings = settings_factory(
        agency=AGENCY,
        customers=CUSTOMERS,
        relay={"from_address": "support@agency.example"},
        classifier={"own_message_id_domains": request.param},
        transcription={"model": "tiny.en"},
    )
    application = App.build(settings)
    yield application
    application.close()


def test_a_staff_reply_with_a_message_id_at_the_agency_domain_is_filed_on_its_ticket(
    app: App, db: Database, clock: FrozenClock, tmp_path: Path
) -> None:
    first, ack = first_report(app, db)
    assert ack.message_id is not None
    before = row_counts(db)
    raw = STAFF_REPLY.read_bytes().replace(OUR_ACK_PLACEHOLDER, ack.message_id.encode())
    reply = tmp_path / STAFF_REPLY.name
    reply.write_bytes(raw.replace(b"[FD-1]", f"[{first['ticket']}]".encode()))
    assert b"<3f2a9c1e-7b4d-4e8a-9c1f-5d7b9e1a3c5f@agency.example>" in raw

    result = ingest_path(app, reply)

    assert result["action"] == "updated", result
    assert result["ticket"] == first["ticket"]
    assert result["paged"] is False
    assert row_counts(db) == before
    with db.session() as s:
        ticket = s.scalars(select(Ticket)).one()
        assert ticket.first_response_at is not None  # the response clock stopped
        kinds = s.scalars(select(TicketEvent.kind).where(TicketEvent.ticket_id == ticket.id)).all()
    assert "staff_reply" in kinds and "responded" in kinds


def test_our_own_ack_coming_back_is_ignored_as_our_own_message(
    app: App, db: Database, clock: FrozenClock, tmp_path: Path
) -> None:
    _, ack = first_report(app, db)
    assert frontdesk_domain(ack.message_id) == "agency.example"
    before = row_counts(db)
    # The bytes we sent, as a BCC to the support address delivers them: with a Received line.
    copy = tmp_path / "bcc_copy_of_our_ack.eml"
    copy.write_bytes(RECEIVED + ack.raw)

    result = ingest_path(app, copy)

    assert result["action"] == "ignored"
    assert result["reason"].startswith("automated: our own message")
    assert result["paged"] is False
    assert row_counts(db) == before


def test_an_ack_made_before_our_message_ids_had_their_form_is_known_from_the_database(
    app: App, db: Database, clock: FrozenClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An acknowledgement sent by an earlier version (make_msgid's form), coming back
    # through a loop that dropped its Auto-Submitted and Precedence headers: only the
    # outgoing Message-ID the database holds says it is ours.
    monkeypatch.setattr(tickets.ack, "new_message_id", lambda domain: make_msgid(domain=domain))
    _, ack = first_report(app, db)
    assert ack.message_id is not None and frontdesk_domain(ack.message_id) is None
    before = row_counts(db)
    lines = ack.raw.split(b"\r\n")
    dropped = (b"auto-submitted:", b"precedence:", b"x-auto-response-suppress:")
    looped = b"\r\n".join(line for line in lines if not line.lower().startswith(dropped))
    copy = tmp_path / "looped_old_ack.eml"
    copy.write_bytes(RECEIVED + looped)

    result = ingest_path(app, copy)

    assert result["action"] == "ignored"
    assert result["reason"].startswith("automated: our own message")
    assert row_counts(db) == before
