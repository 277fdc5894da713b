"""Tickets config: mistakes are reported by key, one line each, before the daemon starts."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontdesk.config import ConfigError, load_settings


def test_bad_customer_calendar_and_sla_are_one_line_problems_naming_the_key(
    tmp_path: Path,
) -> None:
    path = tmp_path / "frontdesk.toml"
    path.write_text(
        """
[agency]
office_open = "half past eight"

[tickets]
low_response = "later"

[[customers]]
id = "fjord"
name = "Fjord"
timezone = "Europe/Olso"
country = "XX"
sla = { critical = { response = "soon" } }

[[customers]]
id = "bakkerij"
name = "Bakkerij"
phones = ["+31 call me"]
""",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as caught:
        load_settings(path, env={})
    problems = caught.value.problems
    keys = [line.split(": ")[1] for line in problems]
    assert keys == [
        "agency.office_open",
        "tickets.low_response",
        "customers[0].timezone",
        "customers[0].country",
        "customers[0].sla",
        "customers[1]",
    ]
    assert all("\n" not in line for line in problems)
    assert any("'soon' is not a duration" in line for line in problems)


def test_sla_overrides_and_low_terms_load(tmp_path: Path) -> None:
    path = tmp_path / "frontdesk.toml"
    path.write_text(
        """
[tickets]
low_response = "3d"
low_fix = "none"
ack_templates_dir = "/etc/frontdesk/templates"

[[customers]]
id = "shop"
name = "Shop"
sla = { critical = { response = "30m", fix = "8h", clock = "calendar" } }
""",
        encoding="utf-8",
    )
    settings = load_settings(path, env={})
    assert settings.customers[0].sla["critical"]["clock"] == "calendar"
    assert settings.tickets.low_response == "3d"
