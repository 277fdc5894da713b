"""`frontdesk ingest` end to end through the real command, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from storage.db import Database
from storage.models import Message, Ticket

FIXTURES = Path(__file__).parents[1] / "fixtures"
CONTRACT_KEYS = {
    "path",
    "action",
    "ticket",
    "severity",
    "language",
    "channel",
    "customer",
    "paged",
    "response_due",
    "fix_due",
    "transcript",
    "reason",
    "warnings",
}


def _lines(stdout: str) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_ingest_json_prints_one_contract_object_per_file(run_cli, db: Database) -> None:  # type: ignore[no-untyped-def]
    files = sorted(str(p) for p in FIXTURES.glob("*.eml"))
    proc = run_cli("ingest", "--json", "--at", "2026-03-10T11:05:00+01:00", *files)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    objects = _lines(proc.stdout)
    assert [o["path"] for o in objects] == files
    for obj in objects:
        assert set(obj) == CONTRACT_KEYS
        assert obj["action"] in {"created", "updated", "ignored"}
        assert isinstance(obj["warnings"], list) and isinstance(obj["paged"], bool)
    by_name = {Path(o["path"]).name: o for o in objects}
    outage = by_name["plain_outage_en.eml"]
    assert outage["action"] == "created"
    assert outage["severity"] == "critical"
    assert outage["customer"] == "bakkerij-jansen"
    assert outage["ticket"].startswith("FD-")
    assert outage["response_due"] is not None
    reply = by_name["reply_in_reply_to_en.eml"]
    assert (reply["action"], reply["ticket"]) == ("updated", outage["ticket"])
    assert by_name["auto_reply_no.eml"]["action"] == "ignored"
    assert by_name["auto_reply_no.eml"]["ticket"] is None


def test_ingesting_the_same_files_twice_gives_duplicate_and_no_second_ticket(
    run_cli,  # type: ignore[no-untyped-def]
    db: Database,
) -> None:
    files = [str(FIXTURES / "plain_outage_en.eml"), str(FIXTURES / "html_only_de.eml")]
    first = _lines(run_cli("ingest", "--json", *files).stdout)
    second_proc = run_cli("ingest", "--json", *files)
    assert second_proc.returncode == 0
    second = _lines(second_proc.stdout)
    assert [o["action"] for o in first] == ["created", "created"]
    assert [o["action"] for o in second] == ["duplicate", "duplicate"]
    assert [o["ticket"] for o in second] == [o["ticket"] for o in first]
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Ticket)) == 2
        incoming = select(func.count()).select_from(Message).where(Message.direction == "in")
        assert s.scalar(incoming) == 2


def test_human_output_names_action_and_ticket(run_cli, db: Database) -> None:  # type: ignore[no-untyped-def]
    proc = run_cli("ingest", str(FIXTURES / "html_only_de.eml"))
    assert proc.returncode == 0
    assert "html_only_de.eml: created ticket=FD-" in proc.stdout


def test_unmigrated_database_is_refused_in_one_line(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTDESK_")}
    env["FRONTDESK_DATABASE_URL"] = f"sqlite:///{tmp_path / 'empty.db'}"
    proc = subprocess.run(
        [sys.executable, "-m", "frontdesk", "ingest", str(FIXTURES / "html_only_de.eml")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        f"frontdesk: database sqlite:///{tmp_path / 'empty.db'} is not initialised: "
        "run `frontdesk db upgrade`"
    ]
