"""`frontdesk check-config`: every problem on one line naming the key; exit 2 if any."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays

from frontdesk.config import ConfigError, Settings, load_settings
from storage.db import Database, DatabaseUrlError

# Each part may offer `check_<part>(settings) -> list[str]`; they are called when present.
PART_CHECKS = [
    ("notify.checks", "check_notify"),
    ("tickets.checks", "check_tickets"),
    ("ingest.checks", "check_ingest"),
]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("check-config", help="validate the configuration; exit 2 on problems")
    p.set_defaults(handler=run)


def problems_in(settings: Settings) -> list[str]:
    problems: list[str] = []
    try:
        Database(settings.database.url).dispose()
    except DatabaseUrlError as exc:
        problems.append(str(exc))
    problems += _calendar_problems(settings)
    try:
        from classifiers import RuleFileError

        try:
            settings.classifier.load_rules()
        except RuleFileError as exc:
            problems.append(f"classifier: {exc}")
    except ImportError:
        pass
    for module_name, func_name in PART_CHECKS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue
            raise
        check: Callable[[Settings], list[str]] | None = getattr(module, func_name, None)
        if check is not None:
            problems += check(settings)
    return problems


def _calendar_problems(settings: Settings) -> list[str]:
    problems = []
    places: list[tuple[str, str | None, str | None]] = [
        ("agency", settings.agency.timezone, settings.agency.country)
    ]
    places += [
        (f"customers[{i}] ({c.id})", c.timezone, c.country)
        for i, c in enumerate(settings.customers)
    ]
    supported = holidays.list_supported_countries()
    for where, tz, country in places:
        if tz:
            try:
                ZoneInfo(tz)
            except (ZoneInfoNotFoundError, ValueError):
                problems.append(f"{where}.timezone: unknown time zone {tz!r}")
        if country and country.upper() not in supported:
            problems.append(f"{where}.country: no holiday calendar for {country!r}")
    seen: set[str] = set()
    for i, customer in enumerate(settings.customers):
        if customer.id in seen:
            problems.append(f"customers[{i}].id: duplicate id {customer.id!r}")
        seen.add(customer.id)
    return problems


def run(args: argparse.Namespace) -> int:
    try:
        settings = load_settings(args.config)
    except ConfigError as exc:
        for line in exc.problems:
            print(line)
        return 2
    found = problems_in(settings)
    # A part may return advice as "warning: ..."; it is shown but does not fail the check.
    warnings = [p for p in found if p.startswith("warning: ")]
    problems = [p for p in found if not p.startswith("warning: ")]
    for line in problems + warnings:
        print(f"{settings.source}: {line}")
    if problems:
        return 2
    print(f"{settings.source}: ok")
    return 0
