"""Helpers shared by the CLI commands."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from frontdesk.config import Settings, load_settings
from frontdesk.errors import UserError

if TYPE_CHECKING:
    from frontdesk.app import App


def settings_from(args: argparse.Namespace) -> Settings:
    return load_settings(getattr(args, "config", None))


def app_from(args: argparse.Namespace, *, classifies: bool = True) -> App:
    """The app of the command's config. `classifies=False` for a command that never
    classifies (`ack`, `jobs`): it does not wait for the rules to compile, and a broken
    rule file does not stop it (an engineer acknowledging a page at night while someone's
    rule edit is half done)."""
    # Imported here so that `frontdesk --help` and light commands stay fast.
    from frontdesk.app import App

    return App.build(settings_from(args), classifies=classifies)


def parse_when(value: str, default_tz: str) -> datetime:
    """ISO-8601; without an offset it is read in the agency's time zone."""
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise UserError(f"--at: {value!r} is not an ISO-8601 date and time") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=ZoneInfo(default_tz))
    return parsed
