"""Fixtures for tickets tests: a desk with customers, and filing .eml fixtures through it."""

from __future__ import annotations

import contextlib
import hashlib
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from ingest.parse import parse_email
from storage.db import Database
from storage.models import Message
from tickets import Filing, IncomingMessage, TicketDesk
from tickets.config import AgencyConfig, CustomerConfig, TicketsConfig

THREADS = Path(__file__).parent.parent / "fixtures" / "threads"

AGENCY = AgencyConfig(
    name="Example Agency",
    domains=["agency.example"],
    timezone="Europe/Amsterdam",
    country="NL",
    support_address="support@agency.example",
)
CUSTOMERS = [
    CustomerConfig(
        id="shop-mueller",
        name="Shop Müller GmbH",
        domains=["shop-mueller.de"],
        timezone="Europe/Berlin",
        country="DE",
        language="de",
        after_hours_cover=True,
    ),
    CustomerConfig(
        id="northwind",
        name="Northwind Books",
        domains=["northwind-books.co.uk"],
        timezone="Europe/London",
        country="GB",
        language="en",
    ),
    CustomerConfig(
        id="fjord",
        name="Fjord Reiser AS",
        domains=["fjord.no"],
        timezone="Europe/Oslo",
        country="NO",
        language="no",
    ),
    CustomerConfig(
        id="bakkerij",
        name="Bakkerij Jansen",
        domains=["bakkerij-jansen.nl"],
        addresses=["jan@bakkerij-jansen.nl"],
        phones=["0497 84 26 11"],
        language="nl",
        support_package=True,
    ),
]


def make_desk(**tickets: Any) -> TicketDesk:
    return TicketDesk(AGENCY, TicketsConfig(**tickets), CUSTOMERS, "support@agency.example")


@pytest.fixture
def desk() -> TicketDesk:
    return make_desk()


def store_raw(db: Database, raw: bytes, received_at: datetime, source: str = "file") -> int:
    """Store the bytes the way intake does (a Message row) and return its primary key."""
    parsed_id = None
    with contextlib.suppress(ValueError):
        parsed_id = parse_email(raw).message_id
    with db.transaction() as session:
        row = Message(
            sha256=hashlib.sha256(raw).hexdigest(),
            message_id=parsed_id,
            direction="in",
            source=source,
            received_at=received_at,
            raw=raw,
            size=len(raw),
        )
        session.add(row)
        session.flush()
        return row.id


def incoming_from_eml(
    raw: bytes, pk: int, received_at: datetime, severity: str, **extra: Any
) -> IncomingMessage:
    inbound = parse_email(raw)
    values: dict[str, Any] = {
        "message_pk": pk,
        "channel": "email",
        "message_id": inbound.message_id,
        "in_reply_to": inbound.in_reply_to,
        "references": inbound.references,
        "sender_email": inbound.sender,
        "sender_name": inbound.sender_name,
        "caller_id": None,
        "subject": inbound.subject,
        "text": inbound.text,
        "received_at": received_at,
        "severity": severity,
        "language": None,
    }
    values.update(extra)
    return IncomingMessage(**values)


FileEml = Callable[..., Filing]


@pytest.fixture
def file_eml(db: Database, desk: TicketDesk) -> FileEml:
    """file_eml("outlook_reply_aw.eml", at, "urgent") -> Filing (one transaction)."""

    def run(
        name_or_raw: str | bytes,
        at: datetime,
        severity: str = "standard",
        *,
        now: datetime | None = None,
        using: TicketDesk | None = None,
        **extra: Any,
    ) -> Filing:
        raw = (THREADS / name_or_raw).read_bytes() if isinstance(name_or_raw, str) else name_or_raw
        pk = store_raw(db, raw, at)
        msg = incoming_from_eml(raw, pk, at, severity, **extra)
        with db.transaction() as session:
            return (using or desk).file_message(session, msg, now or at)

    return run


@dataclass
class Sink:
    port: int
    received: list[tuple[str, list[str], bytes]] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp_sink() -> Iterator[Sink]:
    """A real aiosmtpd server on loopback that keeps what it receives."""
    sink = Sink(port=free_port())
    controller = Controller(sink, hostname="127.0.0.1", port=sink.port)
    controller.start()
    try:
        yield sink
    finally:
        controller.stop()
