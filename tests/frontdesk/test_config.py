"""Config: TOML file, environment overrides, one-line errors naming the key."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from frontdesk.config import ConfigError, load_settings


def _frontdesk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    full_env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTDESK_")}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "frontdesk", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
    )


def test_no_file_gives_the_embedded_default() -> None:
    settings = load_settings(env={})
    assert settings.database.url == "sqlite:///frontdesk.db"
    assert (settings.smtp.host, settings.smtp.port) == ("127.0.0.1", 8025)
    assert settings.source == "defaults"


def test_toml_file_sets_keys_and_environment_overrides_them(tmp_path: Path) -> None:
    path = tmp_path / "frontdesk.toml"
    path.write_text(
        '[database]\nurl = "sqlite:///from-file.db"\n[smtp]\nport = 2525\n'
        '[[customers]]\nid = "acme"\nname = "Acme"\ndomains = ["acme.example"]\n'
    )
    settings = load_settings(
        path,
        env={
            "FRONTDESK_DATABASE_URL": "postgresql://db/frontdesk",
            "FRONTDESK_SMTP_MAX_MESSAGE_SIZE": "1000",
            "FRONTDESK_SMTP_SUPPORT_DOMAINS": '["acme.example"]',
        },
    )
    assert settings.database.url == "postgresql://db/frontdesk"
    assert settings.smtp.port == 2525
    assert settings.smtp.max_message_size == 1000
    assert settings.smtp.support_domains == ["acme.example"]
    assert [c.id for c in settings.customers] == ["acme"]


def test_frontdesk_config_variable_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "x.toml"
    path.write_text("[smtp]\nport = 2526\n")
    assert load_settings(env={"FRONTDESK_CONFIG": str(path)}).smtp.port == 2526


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        ("[smtp]\nport = 'high'\n", "smtp.port: Input should be a valid integer"),
        ("[smtp]\nprot = 25\n", "smtp.prot: unknown key"),
        ("[[customers]]\nname = 'x'\n", "customers[0].id: Field required"),
        ("[smtp\nport = 1\n", "invalid TOML"),
        (
            "[smtp]\nsession_limit_exceptions = ['10.0.0.300/8']\n",
            "smtp.session_limit_exceptions: not an address or CIDR network: '10.0.0.300/8'",
        ),
    ],
)
def test_bad_config_is_one_line_naming_the_key(tmp_path: Path, toml: str, expected: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(toml)
    with pytest.raises(ConfigError) as err:
        load_settings(path, env={})
    assert len(err.value.problems) == 1
    assert expected in err.value.problems[0]
    assert str(path) in err.value.problems[0]


def test_bad_environment_value_names_the_variable() -> None:
    with pytest.raises(ConfigError) as err:
        load_settings(env={"FRONTDESK_SMTP_PORT": "abc"})
    assert err.value.problems[0].startswith("FRONTDESK_SMTP_PORT: smtp.port:")


def test_missing_config_file_is_one_line_without_traceback(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    proc = _frontdesk("--config", str(missing), "check-config")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr + proc.stdout
    lines = (proc.stdout + proc.stderr).strip().splitlines()
    assert lines == [f"{missing}: config file not found"]


def test_check_config_lists_every_problem_and_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(
        '[agency]\ntimezone = "Europe/Atlantis"\n'
        '[[customers]]\nid = "a"\nname = "A"\ncountry = "XX"\n'
        '[[customers]]\nid = "a"\nname = "A again"\n'
    )
    proc = _frontdesk("--config", str(path), "check-config")
    assert proc.returncode == 2, proc.stdout + proc.stderr
    out = proc.stdout
    assert f"{path}: agency.timezone: unknown time zone 'Europe/Atlantis'" in out
    assert f"{path}: customers[0].country:" in out and "'XX'" in out
    assert "Traceback" not in proc.stderr


def test_check_config_reports_duplicate_customer_ids(tmp_path: Path) -> None:
    path = tmp_path / "dup.toml"
    path.write_text('[[customers]]\nid = "a"\nname = "A"\n[[customers]]\nid = "a"\nname = "B"\n')
    proc = _frontdesk("--config", str(path), "check-config")
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "customers[1].id: duplicate id 'a'" in proc.stdout


def test_check_config_passes_on_the_embedded_default() -> None:
    proc = _frontdesk("check-config")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip() == "defaults: ok"


def test_worker_processes_default_and_environment_override() -> None:
    assert load_settings(env={}).worker.processes == 2
    assert load_settings(env={"FRONTDESK_WORKER_PROCESSES": "0"}).worker.processes == 0
    with pytest.raises(ConfigError) as caught:
        load_settings(env={"FRONTDESK_WORKER_PROCESSES": "-1"})
    assert caught.value.problems == [
        "FRONTDESK_WORKER_PROCESSES: worker.processes: Input should be greater than or equal to 0"
    ]
