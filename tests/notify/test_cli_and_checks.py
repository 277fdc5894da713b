"""`frontdesk oncall ...`, `frontdesk ack N`, and the notify config checks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.cli import main
from frontdesk.clock import FrozenClock
from frontdesk.config import Settings
from notify import Pager, check_notify
from storage.db import Database
from storage.models import Escalation, Notification, Ticket

ROTA = """
[http]
secret = "cli-secret"

[[notify.people]]
name = "alice"
channels = ["smtp:alice@agency.test"]
[[notify.people]]
name = "bob"
channels = ["smtp:bob@agency.test"]
[[notify.people]]
name = "carol"
channels = ["smtp:carol@agency.test"]

[[notify.rotations]]
name = "primary"
members = ["alice", "bob"]
handoff_weekday = "monday"
handoff_time = "09:00"
length = "1w"
timezone = "Europe/Amsterdam"
start = 2026-03-02

[[notify.overrides]]
person = "carol"
start = 2026-03-12
end = 2026-03-12

[[notify.policies]]
name = "default"
fallback = "ops@agency.test"
steps = [{ target = "rotation:primary", delay_minutes = 5 }, { target = "person:carol" }]
"""


@pytest.fixture
def rota_file(tmp_path: Path) -> Path:
    path = tmp_path / "frontdesk.toml"
    path.write_text(ROTA)
    return path


def test_oncall_now_names_the_person_and_when_their_shift_ends(
    rota_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--config", str(rota_file), "oncall", "now", "--at", "2026-03-10T11:00"]) == 0
    assert capsys.readouterr().out.strip() == (
        "primary: bob until Thu 2026-03-12 00:00 Europe/Amsterdam"
    )


def test_oncall_next_names_the_next_handoff(
    rota_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--config", str(rota_file), "oncall", "next", "--at", "2026-03-13T11:00"]) == 0
    assert capsys.readouterr().out.strip() == (
        "primary: bob -> alice at Mon 2026-03-16 09:00 Europe/Amsterdam"
    )


def test_oncall_schedule_prints_a_table_for_fourteen_days_with_the_override(
    rota_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--config", str(rota_file), "oncall", "schedule", "--days", "14"]
    assert main([*argv, "--at", "2026-03-09T09:00"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "primary (Europe/Amsterdam)"
    assert lines[1].split() == ["from", "until", "on", "call"]
    people = [line.split()[6] for line in lines[2:]]
    assert people == ["bob", "carol", "bob", "alice"]
    assert lines[3].endswith("override")


def test_oncall_with_unknown_rotation_is_one_line_and_exit_2(
    rota_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--config", str(rota_file), "oncall", "now", "--rotation", "nope"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "frontdesk: --rotation: unknown rotation 'nope' (known: primary)"


def test_ack_command_stops_the_escalation_of_ticket_n(
    db: Database,
    clock: FrozenClock,
    settings_factory: Callable[..., Settings],
    make_ticket: Callable[..., int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings = settings_factory()
    config = tmp_path / "ack.toml"
    config.write_text(f'{ROTA}\n[database]\nurl = "{settings.database.url}"\n')
    from frontdesk.config import load_settings

    loaded = load_settings(config, env={})
    pager = Pager(loaded.notify, loaded.relay, loaded.http)
    now = clock.at
    ticket_id = make_ticket(now)
    with db.transaction() as session:
        pager.on_ticket(
            session,
            ticket_id,
            event="created",
            severity="critical",
            after_hours=False,
            after_hours_cover=True,
            has_package=True,
            next_office_open=None,
            uncertain=False,
            now=now,
        )
    assert main(["--config", str(config), "ack", "FD-1", "--by", "bob"]) == 0
    assert capsys.readouterr().out.strip() == "FD-1 acknowledged by bob"
    with db.session() as session:
        assert session.scalars(select(Escalation.state)).one() == "acknowledged"
        assert session.scalars(select(Notification.state)).all() == ["cancelled"]
        assert _ticket(session, ticket_id).acknowledged_at is not None


def test_ack_works_while_a_rule_file_is_broken(
    db: Database,
    clock: FrozenClock,
    settings_factory: Callable[..., Settings],
    make_ticket: Callable[..., int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Someone's rule edit is half done; the engineer woken by the page must still ack it.
    broken = tmp_path / "half_edited.toml"
    broken.write_text('language = "en"\n[[rule]\n', encoding="utf-8")
    config = tmp_path / "ack.toml"
    config.write_text(
        f'[database]\nurl = "{settings_factory().database.url}"\n'
        f'[classifier]\nrule_files = ["{broken}"]\n'
    )
    make_ticket(clock.at)
    assert main(["--config", str(config), "ack", "FD-1", "--by", "bob"]) == 0
    assert capsys.readouterr().out.strip() == "FD-1 acknowledged by bob"
    # check-config still reports it, naming the file and line.
    assert main(["--config", str(config), "check-config"]) != 0
    assert "half_edited.toml:2: " in capsys.readouterr().out


def test_ack_of_unknown_ticket_is_one_line_and_exit_2(
    db: Database,
    settings_factory: Callable[..., Settings],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    config = tmp_path / "ack.toml"
    config.write_text(f'[database]\nurl = "{settings_factory().database.url}"\n')
    assert main(["--config", str(config), "ack", "FD-999"]) == 2
    assert capsys.readouterr().err.strip() == "frontdesk: ticket: no ticket with number 999"


def _settings(**notify: Any) -> Settings:
    return Settings.model_validate({"http": {"secret": "x"}, "notify": notify})


def test_check_notify_is_quiet_on_a_good_config(rota_file: Path) -> None:
    from frontdesk.config import load_settings

    assert check_notify(load_settings(rota_file, env={})) == []


def test_check_notify_finds_targets_without_channels_bad_urls_and_unknown_names() -> None:
    settings = _settings(
        people=[
            {"name": "alice", "channels": []},
            {"name": "bob", "channels": ["notascheme://what", "smtp:nobody"]},
        ],
        rotations=[{"name": "primary", "members": []}, {"name": "second", "members": ["eve"]}],
        overrides=[{"person": "zoe", "start": "2026-03-01", "end": "2026-03-02"}],
        policies=[
            {
                "name": "default",
                "steps": [{"target": "rotation:primary"}, {"target": "rotation:nope"}],
                "fallback": "ops@agency.test",
            },
            {"name": "other", "steps": [{"target": "person:mallory"}], "fallback": "x"},
        ],
    )
    problems = check_notify(settings)
    expected = [
        "notify.people[0] (alice): no channels: a page to them cannot be delivered",
        "notify.people[1] (bob): apprise cannot use notascheme://***",
        "notify.people[1] (bob): 'smtp:nobody' is not 'smtp:name@example.com'",
        "notify.rotations[0] (primary): no members",
        "notify.rotations[1] (second): member 'eve' is not in notify.people",
        "notify.overrides[0]: person 'zoe' is not in notify.people",
        "notify.policies[0] (default).steps[0]: rotation 'primary' has nobody to page",
        "notify.policies[0] (default).steps[1]: unknown rotation 'nope'",
        "notify.policies[1] (other).steps[0]: unknown person 'mallory'",
    ]
    assert problems == expected


def _ticket(session: Session, ticket_id: int) -> Ticket:
    ticket = session.get(Ticket, ticket_id)
    assert ticket is not None
    return ticket
