"""What `frontdesk <command>` imports before it runs: `serve` spawns its worker processes
as soon as it has read its settings and checked the schema, so neither the settings nor
the serve command's parser may pull in the other commands' parts (SQLAlchemy's ORM,
aiohttp, alembic, the rule engine). Each check runs in a fresh interpreter."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from frontdesk.cli import COMMAND_MODULES, command_module


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return set(out.split())


HEAVY = {"sqlalchemy.orm", "aiohttp", "alembic", "classifiers.engine", "apprise", "notify.pager"}


def test_reading_the_settings_imports_none_of_the_parts_they_configure() -> None:
    loaded = _modules_after("from frontdesk.config import load_settings\nload_settings()")
    assert not HEAVY & loaded, sorted(HEAVY & loaded)


def test_the_serve_command_is_parsed_without_importing_the_other_commands() -> None:
    loaded = _modules_after(
        "from frontdesk.cli import build_parser, command_module\n"
        "argv = ['--config', 'frontdesk.toml', 'serve']\n"
        "build_parser(only=command_module(argv)).parse_args(argv)"
    )
    assert not HEAVY & loaded, sorted(HEAVY & loaded)
    assert "frontdesk.cli.serve" in loaded and "frontdesk.cli.tickets" not in loaded


def test_the_whole_parser_for_help_imports_no_rule_engine() -> None:
    # `frontdesk --help` registers every command, `classify` and `eval` among them: the
    # engine (half a second of compiled patterns) comes when a message is classified.
    loaded = _modules_after("from frontdesk.cli import build_parser\nbuild_parser()")
    assert "frontdesk.cli.classify" in loaded and "frontdesk.cli.eval" in loaded
    assert "classifiers.engine" not in loaded


def test_the_schema_check_before_the_worker_processes_start_imports_no_part_of_the_app(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'frontdesk.db'}"
    subprocess.run(
        [sys.executable, "-m", "frontdesk", "db", "upgrade"],
        env={**os.environ, "FRONTDESK_DATABASE_URL": url},
        check=True,
        capture_output=True,
    )
    loaded = _modules_after(
        "import os\n"
        f"os.environ['FRONTDESK_DATABASE_URL'] = {url!r}\n"
        "from frontdesk.config import load_settings\n"
        "from frontdesk.daemon import prepare_database\n"
        "prepare_database(load_settings())"
    )
    app_parts = {"classifiers.engine", "notify.pager", "tickets.desk", "aiohttp", "apprise"}
    assert not app_parts & loaded, sorted(app_parts & loaded)
    assert "frontdesk.app" not in loaded


def test_the_help_without_a_command_lists_every_command() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "frontdesk", "--help"], capture_output=True, text=True
    ).stdout
    listed = {line.split()[0] for line in out.splitlines() if line.startswith("    ")}
    assert {name.replace("_", "-") for name in COMMAND_MODULES} <= listed, out


@pytest.mark.parametrize(
    ("argv", "module"),
    [
        (["serve"], "serve"),
        (["--config", "fd.toml", "check-config"], "check_config"),
        (["--config=fd.toml", "db", "current"], "db"),
        (["tickets", "list", "--json"], "tickets"),
        (["--help"], None),
        (["-h", "serve"], None),
        (["bogus"], None),
        ([], None),
    ],
)
def test_the_command_named_on_the_line_is_the_only_module_loaded(
    argv: list[str], module: str | None
) -> None:
    assert command_module(argv) == module
