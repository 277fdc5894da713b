"""A customer's late reply reopens a resolved ticket: its fix clock restarts at that reply,
so the deadline that passed while the ticket was resolved never pages anyone."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage

import pytest
from sqlalchemy import select

from frontdesk.app import App
from frontdesk.clock import FrozenClock
from frontdesk.config import Settings
from frontdesk.intake import accept
from frontdesk.pipeline import process_message
from storage.db import Database
from storage.models import Notification, Ticket, TicketEvent
from tests.pipeline.conftest import AGENCY, CUSTOMERS

MONDAY_MORNING = datetime(2026, 3, 9, 9, 0, tzinfo=UTC)  # 10:00 in Amsterdam


@pytest.fixture
def oncall_app(db: Database, settings_factory: Callable[..., Settings]) -> Iterator[App]:
    settings = settings_factory(
        agency=AGENCY,
        customers=CUSTOMERS,
        notify={
            "people": [{"name": "eva", "channels": ["log:"]}],
            "rotations": [{"name": "primary", "members": ["eva"]}],
            "policies": [{"name": "default", "steps": [{"target": "rotation:primary"}]}],
            "sla_check_interval_s": 1,
        },
    )
    application = App.build(settings)
    yield application
    application.close()


def _mail(subject: str, body: str, mid: str, reply_to: str | None = None) -> bytes:
    m = EmailMessage()
    m["From"] = "Piet <piet@bakkerij-jansen.nl>"
    m["To"] = "support@agency.example"
    m["Subject"] = subject
    m["Message-ID"] = f"<{mid}>"
    m["Date"] = "Mon, 9 Mar 2026 10:00:00 +0100"
    if reply_to:
        m["In-Reply-To"] = f"<{reply_to}>"
        m["References"] = f"<{reply_to}>"
    m.set_content(body)
    return m.as_bytes(policy=policy.SMTP)


def _ingest(app: App, raw: bytes, at: datetime) -> dict:  # type: ignore[type-arg]
    return process_message(app, accept(app.db, raw, source="smtp", received_at=at).message_pk)


def test_late_reply_to_a_resolved_ticket_restarts_the_fix_clock_and_pages_nobody(
    oncall_app: App, db: Database, clock: FrozenClock
) -> None:
    clock.set(MONDAY_MORNING)
    first = _ingest(
        oncall_app,
        _mail("Zoekfunctie", "De zoekfunctie geeft geen resultaten meer.", "search-1@bj.nl"),
        MONDAY_MORNING,
    )
    assert (first["action"], first["severity"]) == ("created", "standard")
    with oncall_app.db.transaction() as session:
        ticket_id = session.scalar(select(Ticket.id))
        assert ticket_id is not None
        oncall_app.desk.acknowledge(session, ticket_id, "eva", clock())
        oncall_app.desk.update(session, ticket_id, status="resolved", by="eva", now=clock())

    # Nine days later, at 03:00 in Amsterdam, long past the old fix deadline (48 h).
    night = datetime(2026, 3, 18, 2, 0, tzinfo=UTC)
    clock.set(night)
    reply = _mail(
        "Re: Zoekfunctie", "Bedankt, het werkt weer!", "thanks-1@bj.nl", reply_to="search-1@bj.nl"
    )
    second = _ingest(oncall_app, reply, night)
    assert (second["action"], second["ticket"]) == ("updated", first["ticket"])
    oncall_app.pager.run_timers(db, clock())
    clock.advance(minutes=30)
    oncall_app.pager.run_timers(db, clock())

    with db.session() as session:
        kinds = [n.kind for n in session.scalars(select(Notification))]
    assert not [k for k in kinds if "breach" in k or "warning" in k], kinds
    with db.session() as session:
        ticket = session.get(Ticket, ticket_id)
        assert ticket is not None and ticket.status == "open"
        assert ticket.fix_due is not None and ticket.fix_due > night + timedelta(hours=24)
        reopened = session.scalar(select(TicketEvent).where(TicketEvent.kind == "reopened"))
        assert reopened is not None and "fix_due" in reopened.detail
