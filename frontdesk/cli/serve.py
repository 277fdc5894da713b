"""`frontdesk serve`: run the daemon (SMTP, IMAP, spool, workers, HTTP) from config."""

from __future__ import annotations

import argparse
import asyncio

from frontdesk.cli._common import settings_from


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "serve",
        help="run the intake daemon",
        description=(
            "Run SMTP, IMAP pollers, the voicemail spool watcher, the workers and the HTTP "
            "pages. SIGTERM stops gracefully; SIGHUP reloads the config file."
        ),
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from frontdesk.daemon import serve

    settings = settings_from(args)
    return asyncio.run(
        serve(
            settings,
            config_path=getattr(args, "config", None),
            freeze_heap=True,
            exit_leaving_threads=True,
        )
    )
