"""`frontdesk customers list` and `frontdesk tickets list|show|update` against a real database."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from frontdesk.cli import main
from storage.db import Database

from .conftest import FileEml

AMS = ZoneInfo("Europe/Amsterdam")

CONFIG = """
[database]
url = "{url}"

[agency]
name = "Example Agency"
domains = ["agency.example"]
support_address = "support@agency.example"

[[customers]]
id = "bakkerij"
name = "Bakkerij Jansen"
domains = ["bakkerij-jansen.nl"]
phones = ["0497 84 26 11"]
language = "nl"

[[customers]]
id = "fjord"
name = "Fjord Reiser AS"
domains = ["fjord.no"]
timezone = "Europe/Oslo"
country = "NO"
language = "no"
after_hours_cover = true
"""


def write_config(tmp_path: Path, url: str) -> str:
    path = tmp_path / "frontdesk.toml"
    path.write_text(CONFIG.format(url=url), encoding="utf-8")
    return str(path)


def test_customers_list_shows_contracts_from_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path, f"sqlite:///{tmp_path}/unused.db")
    assert main(["--config", config, "customers", "list", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in rows] == ["bakkerij", "fjord"]
    assert rows[1]["timezone"] == "Europe/Oslo" and rows[1]["after_hours_cover"]
    assert rows[0]["timezone"] == "Europe/Amsterdam"


def test_tickets_list_show_and_update_by_case_label_or_number(
    db: Database, file_eml: FileEml, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file_eml("bakkerij_first_report_nl.eml", datetime(2026, 11, 24, 19, 40, tzinfo=AMS), "urgent")
    file_eml("gmail_first_report_en.eml", datetime(2026, 11, 24, 10, 0, tzinfo=AMS), "low")
    config = write_config(tmp_path, db.url)

    assert main(["--config", config, "tickets", "list", "--open", "--json"]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [t["case"] for t in listed] == ["FD-2", "FD-1"]

    args = ["--config", config, "tickets", "list", "--severity", "urgent", "--json"]
    assert main(args) == 0
    assert [json.loads(x)["case"] for x in capsys.readouterr().out.splitlines()] == ["FD-1"]

    assert main(["--config", config, "tickets", "list", "--customer", "bakkerij"]) == 0
    out = capsys.readouterr().out
    assert "FD-1" in out and "FD-2" not in out

    update = ["--config", config, "tickets", "update", "FD-1", "--severity", "standard"]
    assert main([*update, "--note", "alleen bevestigingsmail", "--by", "eva"]) == 0
    assert capsys.readouterr().out.strip() == "FD-1: open, standard"

    assert main(["--config", config, "tickets", "show", "1", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["case"] == "FD-1" and shown["severity"] == "standard"
    timeline = [(e["kind"], e["actor"]) for e in shown["timeline"]]
    assert ("severity_lowered", "eva") in timeline and ("note", "eva") in timeline

    assert main(["--config", config, "tickets", "show", "FD-1"]) == 0
    text = capsys.readouterr().out
    assert "timeline:" in text and "severity_lowered" in text


def test_unknown_case_is_one_line_error(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path, db.url)
    assert main(["--config", config, "tickets", "show", "FD-99"]) == 2
    assert capsys.readouterr().err.strip() == "frontdesk: no ticket FD-99"


def test_unmigrated_database_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path, f"sqlite:///{tmp_path}/fresh.db")
    assert main(["--config", config, "tickets", "list"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "not initialised" in err and "frontdesk db upgrade" in err
