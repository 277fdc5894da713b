"""The on-call engineer acknowledges by replying "ack" to the page: the reply arrives through
the normal intake, is matched to the ticket, and stops the escalation at once."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
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
from storage.models import Escalation, Notification, Ticket
from tests.pipeline.conftest import AGENCY, CUSTOMERS

NIGHT = datetime(2026, 3, 11, 2, 30, tzinfo=UTC)  # Wednesday 03:30 in Amsterdam


@pytest.fixture
def oncall_app(db: Database, settings_factory: Callable[..., Settings]) -> Iterator[App]:
    settings = settings_factory(
        agency=AGENCY,
        customers=CUSTOMERS,
        notify={
            "people": [
                {"name": "eva", "channels": ["log:"]},
                {"name": "lead", "channels": ["log:"]},
            ],
            "rotations": [{"name": "primary", "members": ["eva"]}],
            "policies": [
                {
                    "name": "default",
                    "steps": [
                        {"target": "rotation:primary", "delay_minutes": 5},
                        {"target": "person:lead", "delay_minutes": 10},
                    ],
                    "fallback": "ops@agency.example",
                }
            ],
        },
    )
    application = App.build(settings)
    yield application
    application.close()


def _mail(subject: str, body: str, sender: str, mid: str, reply_to: str | None = None) -> bytes:
    m = EmailMessage()
    m["From"] = sender
    m["To"] = "support@agency.example"
    m["Subject"] = subject
    m["Message-ID"] = f"<{mid}>"
    m["Date"] = "Wed, 11 Mar 2026 03:30:00 +0100"
    if reply_to:
        m["In-Reply-To"] = f"<{reply_to}>"
        m["References"] = f"<{reply_to}>"
    m.set_content(body)
    return m.as_bytes(policy=policy.SMTP)


def _ingest(app: App, raw: bytes, at: datetime) -> dict:  # type: ignore[type-arg]
    accepted = accept(app.db, raw, source="smtp", received_at=at)
    return process_message(app, accepted.message_pk)


def test_staff_reply_ack_acknowledges_the_ticket_and_stops_the_escalation(
    oncall_app: App, db: Database, clock: FrozenClock
) -> None:
    clock.set(NIGHT)
    outage = _mail(
        "Webshop down",
        "Our webshop is down, nobody can check out or pay.",
        "Anna <anna@bakkerij-jansen.nl>",
        "outage-1@bakkerij-jansen.nl",
    )
    first = _ingest(oncall_app, outage, NIGHT)
    assert (first["action"], first["severity"], first["paged"]) == ("created", "critical", True)

    clock.advance(minutes=2)
    reply = _mail(
        f"Re: [{first['ticket']}] Webshop down",
        "ack\n\nlooking at it now\n\n> Our webshop is down",
        "Eva <eva@agency.example>",
        "ack-1@agency.example",
        reply_to="outage-1@bakkerij-jansen.nl",
    )
    second = _ingest(oncall_app, reply, clock())
    assert second["ticket"] == first["ticket"]
    assert second["reason"] == "acknowledged by reply"

    with db.session() as s:
        ticket = s.scalar(select(Ticket))
        assert ticket is not None and ticket.acknowledged_at is not None
        escalation = s.scalar(select(Escalation))
        assert escalation is not None and escalation.state == "acknowledged"
    # Past every step's delay: nothing more is ever queued for the lead.
    clock.advance(minutes=30)
    oncall_app.pager.run_timers(db, clock())
    with db.session() as s:
        recipients = {n.recipient for n in s.scalars(select(Notification))}
    assert "eva" in recipients, recipients  # the first step paged the on-call engineer
    assert "lead" not in recipients
