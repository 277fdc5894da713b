"""The issue's "done when", through the real pipeline: a real .eml is accepted and processed
(parse, classify, desk, pager), pages go to a webhook over HTTP, the ack link is clicked
over HTTP, and a standard message waits for the morning. SQLite and PostgreSQL."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from frontdesk.app import App
from frontdesk.clock import FrozenClock
from frontdesk.config import Settings
from frontdesk.intake import accept
from frontdesk.pipeline import process_message
from storage.db import Database
from storage.models import Ticket, TicketEvent

from .conftest import SmtpSink, Webhook, fetch, free_port

FIXTURES = Path(__file__).parent / "fixtures"
# Tuesday 23:00 UTC = midnight in Amsterdam; the office opens Wednesday 08:30 (07:30 UTC).
NIGHT = datetime(2026, 3, 10, 23, 0, tzinfo=UTC)
OFFICE_OPEN = datetime(2026, 3, 11, 7, 30, tzinfo=UTC)


@pytest.fixture
def app(
    db: Database,
    settings_factory: Callable[..., Settings],
    webhook: Webhook,
    smtp_sink: SmtpSink,
) -> Iterator[App]:
    http_port = free_port()
    settings = settings_factory(
        agency={"timezone": "Europe/Amsterdam", "country": "NL", "domains": ["agency.test"]},
        customers=[
            {
                "id": "acme",
                "name": "ACME B.V.",
                "domains": ["acme.test"],
                "support_package": True,
                "after_hours_cover": True,
            }
        ],
        relay={"host": "127.0.0.1", "port": smtp_sink.port, "from_address": "support@agency.test"},
        http={"secret": "e2e-secret", "public_url": f"http://127.0.0.1:{http_port}"},
        notify={
            "people": [
                {"name": "alice", "channels": [webhook.apprise_url("alice")]},
                {"name": "bob", "channels": [webhook.apprise_url("bob")]},
            ],
            "rotations": [
                {"name": "primary", "members": ["alice"]},
                {"name": "secondary", "members": ["bob"]},
            ],
            "policies": [
                {
                    "name": "default",
                    "steps": [
                        {"target": "rotation:primary", "delay_minutes": 5},
                        {"target": "rotation:secondary", "delay_minutes": 10},
                    ],
                    "fallback": "ops@agency.test",
                }
            ],
        },
    )
    application = App.build(settings)
    yield application
    application.close()


def ingest(app: App, name: str, at: datetime) -> dict[str, Any]:
    raw = (FIXTURES / name).read_bytes()
    accepted = accept(app.db, raw, source="smtp", received_at=at)
    return process_message(app, accepted.message_pk)


def tick(app: App, clock: FrozenClock) -> None:
    app.pager.run_timers(app.db, clock.at)
    app.pager.deliver_due(app.db, clock.at)


def page_paths(webhook: Webhook) -> list[str]:
    return [p["path"] for p in webhook.posts]


def test_critical_email_at_night_pages_escalates_and_stops_when_the_link_is_clicked(
    app: App,
    clock: FrozenClock,
    webhook: Webhook,
    serve: Callable[[Any], str],
) -> None:
    clock.set(NIGHT)
    base = serve(app)
    app.pager.http = app.pager.http.model_copy(update={"public_url": base})
    result = ingest(app, "critical_webshop_down_at_night.eml", NIGHT)
    assert (result["severity"], result["customer"], result["paged"]) == ("critical", "acme", True)
    tick(app, clock)
    assert page_paths(webhook) == ["/alice"]
    assert "en.site_down" in webhook.posts[0]["message"]

    clock.advance(minutes=5)
    tick(app, clock)
    assert page_paths(webhook) == ["/alice", "/bob"]

    link = re.search(r"http://127\.0\.0\.1:\d+/ack/\S+", webhook.posts[1]["message"])
    assert link is not None
    status, _ = fetch(link.group(0), {"action": "acknowledge", "by": "bob"})
    assert status == 200
    for _ in range(10):
        clock.advance(minutes=10)
        tick(app, clock)
    assert page_paths(webhook) == ["/alice", "/bob"]
    with app.db.session() as session:
        ticket = session.scalars(select(Ticket)).one()
        assert ticket.acknowledged_at is not None
        actors = session.scalars(
            select(TicketEvent.actor).where(TicketEvent.kind == "page_acknowledged")
        ).all()
        assert actors == ["bob"]


def test_standard_email_at_night_pages_nobody_and_is_released_next_morning(
    app: App, clock: FrozenClock, webhook: Webhook
) -> None:
    clock.set(NIGHT)
    result = ingest(app, "standard_search_shows_nothing_at_night.eml", NIGHT)
    assert (result["severity"], result["paged"]) == ("standard", False)
    for minutes in (1, 60, 300):
        clock.set(NIGHT + timedelta(minutes=minutes))
        tick(app, clock)
    assert page_paths(webhook) == []
    clock.set(OFFICE_OPEN)
    tick(app, clock)
    assert page_paths(webhook) == ["/alice"]
    assert "[STANDARD]" in webhook.posts[0]["title"]
