"""The `frontdesk` command line.

Each command group lives in its own module here with a `register(subparsers)` function;
this module only builds the parser and turns user errors into one line and exit 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from frontdesk.config import ConfigError
from frontdesk.errors import UserError

# Command modules, in the order `frontdesk --help` lists them.
COMMAND_MODULES = [
    "serve",
    "ingest",
    "classify",
    "transcribe",
    "tickets",
    "customers",
    "oncall",
    "ack",
    "jobs",
    "db",
    "check_config",
    "eval",
]


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or of command `only` alone: each command module imports
    what its command needs (SQLAlchemy, aiohttp, alembic, the rule engine), and `frontdesk
    serve` should not wait half a second for the others' before it starts its workers."""
    parser = argparse.ArgumentParser(
        prog="frontdesk",
        description="Intake daemon for SLA-backed support desks.",
    )
    parser.add_argument(
        "--config",
        metavar="PATH",
        help="TOML config file (default: $FRONTDESK_CONFIG, else built-in defaults)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in [only] if only else COMMAND_MODULES:
        try:
            module = importlib.import_module(f"frontdesk.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"frontdesk.cli.{name}":
                continue  # not built yet
            raise
        module.register(sub)
    return parser


def command_module(argv: Sequence[str]) -> str | None:
    """The module of the command `argv` names (`check-config` -> "check_config"), or None
    when it names none of them: then every command goes into the parser, for the help."""
    words = iter(argv)
    for word in words:
        if word == "--config":
            next(words, None)
        elif not word.startswith("-"):
            name = word.replace("-", "_")
            return name if name in COMMAND_MODULES else None
        elif not word.startswith("--config="):
            return None  # -h, --help, or an unknown option before the command
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(only=command_module(argv))
    args = parser.parse_args(argv)
    # Commands print their results on stdout; their logs go to stderr. `serve` reconfigures
    # logging from its settings (JSON on stdout when not on a terminal).
    from frontdesk.logging import STDERR, configure_logging

    configure_logging(stream=STDERR)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return int(args.handler(args) or 0)
    except ConfigError as exc:
        for line in exc.problems:
            print(f"frontdesk: config: {line}", file=sys.stderr)
        return 2
    except UserError as exc:
        print(f"frontdesk: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
