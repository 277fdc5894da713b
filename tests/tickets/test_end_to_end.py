"""`frontdesk ingest --json` on a conversation: created, then updated on the same ticket, with
the contract's deadlines for the arrival time, and the acknowledgement received over SMTP."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from email import message_from_bytes
from email.policy import default
from pathlib import Path

from frontdesk.app import App
from frontdesk.config import load_settings
from storage.db import Database

from .conftest import THREADS, Sink

CONFIG = """
[database]
url = "{url}"

[agency]
name = "Example Agency"
domains = ["agency.example"]
support_address = "support@agency.example"

[relay]
host = "127.0.0.1"
port = {port}
from_address = "support@agency.example"

[[customers]]
id = "northwind"
name = "Northwind Books"
domains = ["northwind-books.co.uk"]
timezone = "Europe/London"
country = "GB"
language = "en"
"""


FRONTDESK = [sys.executable, "-m", "frontdesk"]


def ingest(config: Path, at: str, name: str) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTDESK_")}
    env["HF_HUB_OFFLINE"] = "1"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "frontdesk",
            "--config",
            str(config),
            "ingest",
            "--json",
            "--at",
            at,
            str(THREADS / name),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 1, proc.stdout
    return dict(json.loads(lines[0]))


def test_conversation_is_created_then_updated_with_deadlines_and_ack_delivered(
    db: Database, smtp_sink: Sink, tmp_path: Path
) -> None:
    config = tmp_path / "frontdesk.toml"
    config.write_text(CONFIG.format(url=db.url, port=smtp_sink.port), encoding="utf-8")

    # Tuesday 09:58 in London (UTC in winter), within office hours.
    first = ingest(config, "2026-11-24T09:58:12+00:00", "gmail_first_report_en.eml")
    reply = ingest(config, "2026-11-24T10:31:40+00:00", "gmail_reply_in_reply_to.eml")
    assert first["action"] == "created"
    assert first["customer"] == "northwind"
    assert (reply["action"], reply["ticket"]) == ("updated", first["ticket"])

    # Deadlines follow the contract (package) and the classified severity, on the
    # London business calendar from the arrival time.
    severity = first["severity"]
    expected_response = {
        "critical": "2026-11-24T10:58:12+00:00",
        "urgent": "2026-11-24T11:58:12+00:00",
        "standard": "2026-11-24T17:58:12+00:00",
        "low": "2026-12-01T09:58:12+00:00",
    }[str(severity)]
    assert first["response_due"] == expected_response
    assert reply["response_due"] == first["response_due"]

    # The outbox (on-call engineer's pager) delivers the queued acknowledgement.
    app = App.build(load_settings(config, env={}))
    try:
        app.pager.deliver_due(app.db, datetime(2026, 11, 24, 9, 59, tzinfo=UTC))
    finally:
        app.close()
    acks = [
        c for _, rcpt, c in smtp_sink.received if rcpt == ["sarah.collins@northwind-books.co.uk"]
    ]
    assert len(acks) == 1
    ack = message_from_bytes(acks[0], policy=default)
    assert ack["Auto-Submitted"] == "auto-replied"
    assert str(ack["Subject"]).startswith(f"[{first['ticket']}] ")
    assert (
        ack["In-Reply-To"] == "<CAJ8pQ2X7mK3vT9r-Lw4Zq_5cN1bH6yFd0sE2gU8aR3oPvXk1Tw@mail.gmail.com>"
    )
