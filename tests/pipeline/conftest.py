"""Pipeline fixtures: an App on the test database (SQLite and PostgreSQL)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from frontdesk.app import App
from frontdesk.cli.ingest import ingest_path
from frontdesk.config import Settings
from storage.db import Database
from storage.models import Message, Notification, Ticket, TicketEvent

AGENCY = {"name": "Agency", "domains": ["agency.example"], "timezone": "Europe/Amsterdam"}
CUSTOMERS = [
    {
        "id": "bakkerij-jansen",
        "name": "Bakkerij Jansen",
        "domains": ["bakkerij-jansen.nl"],
        "phones": ["+31612345678"],
        "support_package": True,
        "after_hours_cover": True,
        "language": "nl",
    },
    {
        "id": "weber-moebel",
        "name": "Weber Möbel",
        "domains": ["weber-moebel.de"],
        "support_package": True,
        "after_hours_cover": False,
        "timezone": "Europe/Berlin",
        "country": "DE",
        "language": "de",
    },
]


# The customer's first report (a ticket and its acknowledgement), and the Message-ID the
# bounce and staff-reply fixtures carry where our acknowledgement's goes: each test puts in
# the one our acknowledgement really got.
FIRST_REPORT = Path(__file__).parents[1] / "fixtures" / "threads" / "bakkerij_first_report_nl.eml"
OUR_ACK_PLACEHOLDER = b"frontdesk.18bb2c3d4e5f6a70.4f1c9a2e7d3b8c6a5e01@agency.example"


def row_counts(db: Database) -> dict[str, Any]:
    """Tickets, notifications and acknowledgements queued: what automated mail never adds."""
    with db.session() as s:
        return {
            "tickets": s.scalar(select(func.count()).select_from(Ticket)),
            "notifications": s.scalar(select(func.count()).select_from(Notification)),
            "acks_queued": s.scalar(select(func.count()).where(TicketEvent.kind == "ack_queued")),
        }


def first_report(app: App, db: Database) -> tuple[dict[str, Any], Message]:
    """`FIRST_REPORT` ingested: (its result, our acknowledgement's stored message)."""
    first = ingest_path(app, FIRST_REPORT)
    assert first["action"] == "created"
    with db.session() as s:
        ack = s.scalars(select(Message).where(Message.direction == "out")).one()
        s.expunge(ack)
    assert ack.message_id is not None
    return first, ack


@pytest.fixture
def settings(db: Database, settings_factory: Callable[..., Settings]) -> Settings:
    return settings_factory(agency=AGENCY, customers=CUSTOMERS, transcription={"model": "tiny.en"})


@pytest.fixture
def app(settings: Settings) -> Iterator[App]:
    application = App.build(settings)
    yield application
    application.close()


@pytest.fixture
def run_cli(settings: Settings, tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run the real `frontdesk` command against the test database."""
    config = tmp_path / "frontdesk.toml"
    lines = [f'[database]\nurl = "{settings.database.url}"\n']
    lines.append('[agency]\nname = "Agency"\ndomains = ["agency.example"]\n')
    lines.append('[transcription]\nmodel = "tiny.en"\n')
    for c in CUSTOMERS:
        body = "\n".join(f"{k} = {_toml(v)}" for k, v in c.items())
        lines.append(f"[[customers]]\n{body}\n")
    config.write_text("\n".join(lines))

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTDESK_")}
        env["HF_HUB_OFFLINE"] = "1"
        return subprocess.run(
            [sys.executable, "-m", "frontdesk", "--config", str(config), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=600,
        )

    return run


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return '"' + str(value).replace('"', '\\"') + '"'
