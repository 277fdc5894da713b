"""The ack link fetched over real HTTP from the aiohttp app on a loopback port."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk import clock as clock_module
from frontdesk.clock import FrozenClock
from frontdesk.config import HttpConfig
from notify import Pager
from notify.config import RelayConfig
from notify.links import make_token
from storage.db import Database
from storage.models import Notification, Ticket, TicketEvent
from tickets import TicketDesk
from tickets.config import AgencyConfig, TicketsConfig

from .conftest import Webhook, fetch, notify_config

NIGHT = datetime(2026, 3, 10, 23, 0, tzinfo=UTC)
HTTP = HttpConfig(secret="http-test-secret", public_url="http://placeholder")


def build_app(db: Database, pager: Pager) -> SimpleNamespace:
    desk = TicketDesk(AgencyConfig(), TicketsConfig(), [], ack_from="support@agency.test")
    return SimpleNamespace(settings=None, db=db, pager=pager, desk=desk)


def test_healthz_answers_ok_after_checking_the_database(
    db: Database, serve: Callable[[Any], str], relay: RelayConfig
) -> None:
    base = serve(build_app(db, Pager(notify_config(alice=[], bob=[]), relay, HTTP)))
    status, body = fetch(f"{base}/healthz")
    assert status == 200
    assert json.loads(body) == {
        "status": "ok",
        "db": "ok",
        "problems": [],
        "queue": {"ready": 0, "running": 0, "dead": 0, "oldest_ready_s": None},
        "sources": {},
    }


def test_link_from_the_page_acknowledges_over_http_and_no_further_step_is_sent(
    db: Database,
    clock: FrozenClock,
    webhook: Webhook,
    relay: RelayConfig,
    serve: Callable[[Any], str],
    make_ticket: Callable[..., int],
) -> None:
    clock.set(NIGHT)
    config = notify_config(alice=[webhook.apprise_url("alice")], bob=[webhook.apprise_url("bob")])
    pager = Pager(config, relay, HTTP)
    base = serve(build_app(db, pager))
    pager.http = HttpConfig(secret=HTTP.secret, public_url=base)
    ticket_id = make_ticket(NIGHT)
    with db.transaction() as session:
        pager.on_ticket(
            session,
            ticket_id,
            event="created",
            severity="critical",
            after_hours=True,
            after_hours_cover=True,
            has_package=True,
            next_office_open=None,
            uncertain=False,
            now=NIGHT,
        )
    pager.deliver_due(db, clock_module.now())
    link = re.search(r"http://127\.0\.0\.1:\d+/ack/\S+", webhook.posts[0]["message"])
    assert link is not None

    clock.advance(minutes=2)
    status, page = fetch(link.group(0))
    assert status == 200
    assert "Webshop down: checkout gives 500" in page
    assert "Acknowledge" in page and "Resolve" in page
    with db.session() as session:
        assert _ticket(session, ticket_id).acknowledged_at is None  # GET changes nothing

    status, page = fetch(link.group(0), {"action": "acknowledge", "by": "Alice"})
    assert status == 200
    assert "Acknowledged by Alice" in page
    for _ in range(6):
        now = clock.advance(minutes=10)
        pager.run_timers(db, now)
        pager.deliver_due(db, now)
    assert [p["path"] for p in webhook.posts] == ["/alice"]
    with db.session() as session:
        ticket = _ticket(session, ticket_id)
        assert ticket.acknowledged_at is not None
        kinds = session.scalars(
            select(TicketEvent.actor).where(
                TicketEvent.ticket_id == ticket_id, TicketEvent.kind == "acknowledged_via"
            )
        ).all()
        assert kinds == ["Alice"]
        assert not session.scalars(
            select(Notification).where(Notification.state == "pending")
        ).all()


def test_resolve_button_resolves_the_ticket(
    db: Database,
    clock: FrozenClock,
    relay: RelayConfig,
    serve: Callable[[Any], str],
    make_ticket: Callable[..., int],
) -> None:
    clock.set(NIGHT)
    pager = Pager(notify_config(alice=[], bob=[]), relay, HTTP)
    base = serve(build_app(db, pager))
    ticket_id = make_ticket(NIGHT)
    token = make_token(pager.link_secret, ticket_id, "ack", now=NIGHT, ttl=timedelta(hours=1))
    status, page = fetch(f"{base}/ack/{token}", {"action": "resolve", "by": "bob"})
    assert status == 200 and "Resolved by bob" in page
    with db.session() as session:
        assert _ticket(session, ticket_id).status == "resolved"


def test_page_escapes_what_the_customer_wrote(
    db: Database,
    clock: FrozenClock,
    relay: RelayConfig,
    serve: Callable[[Any], str],
    make_ticket: Callable[..., int],
) -> None:
    clock.set(NIGHT)
    pager = Pager(notify_config(alice=[], bob=[]), relay, HTTP)
    base = serve(build_app(db, pager))
    ticket_id = make_ticket(
        NIGHT, subject="<script>alert(1)</script>", description="<img src=x onerror=alert(2)>"
    )
    token = make_token(pager.link_secret, ticket_id, "ack", now=NIGHT, ttl=timedelta(hours=1))
    status, page = fetch(f"{base}/ack/{token}")
    assert status == 200
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page
    assert "<img src=x" not in page


def test_ack_page_is_not_cached_framed_or_leaked_in_a_referer(
    db: Database,
    clock: FrozenClock,
    relay: RelayConfig,
    serve: Callable[[Any], str],
    make_ticket: Callable[..., int],
) -> None:
    import urllib.request

    clock.set(NIGHT)
    pager = Pager(notify_config(alice=[], bob=[]), relay, HTTP)
    base = serve(build_app(db, pager))
    ticket_id = make_ticket(NIGHT)
    token = make_token(pager.link_secret, ticket_id, "ack", now=NIGHT, ttl=timedelta(hours=1))
    with urllib.request.urlopen(f"{base}/ack/{token}", timeout=10) as response:
        assert response.headers["Referrer-Policy"] == "no-referrer"
        assert response.headers["Cache-Control"] == "no-store"
        assert response.headers["X-Frame-Options"] == "DENY"


def test_expired_link_gets_403_and_changes_nothing(
    db: Database,
    clock: FrozenClock,
    relay: RelayConfig,
    serve: Callable[[Any], str],
    make_ticket: Callable[..., int],
) -> None:
    clock.set(NIGHT)
    pager = Pager(notify_config(alice=[], bob=[]), relay, HTTP)
    base = serve(build_app(db, pager))
    ticket_id = make_ticket(NIGHT)
    token = make_token(pager.link_secret, ticket_id, "ack", now=NIGHT, ttl=timedelta(hours=1))
    clock.advance(hours=1)
    status, page = fetch(f"{base}/ack/{token}", {"action": "acknowledge"})
    assert status == 403 and "link expired" in page
    with db.session() as session:
        assert _ticket(session, ticket_id).acknowledged_at is None


def test_link_with_a_forged_signature_gets_403(
    db: Database,
    clock: FrozenClock,
    relay: RelayConfig,
    serve: Callable[[Any], str],
    make_ticket: Callable[..., int],
) -> None:
    clock.set(NIGHT)
    pager = Pager(notify_config(alice=[], bob=[]), relay, HTTP)
    base = serve(build_app(db, pager))
    ticket_id = make_ticket(NIGHT)
    token = make_token("not-our-secret", ticket_id, "ack", now=NIGHT, ttl=timedelta(hours=1))
    for form in (None, {"action": "acknowledge"}):
        status, page = fetch(f"{base}/ack/{token}", form)
        assert status == 403 and "bad signature" in page


def _ticket(session: Session, ticket_id: int) -> Ticket:
    ticket = session.get(Ticket, ticket_id)
    assert ticket is not None
    return ticket
