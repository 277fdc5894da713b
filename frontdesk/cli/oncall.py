"""`frontdesk oncall now | next | schedule --days N`: who is on call, from the config."""

from __future__ import annotations

import argparse
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from frontdesk import clock
from frontdesk.cli._common import parse_when, settings_from
from frontdesk.errors import UserError
from notify import schedule
from notify.config import NotifyConfig, RotationConfig


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("oncall", help="who is on call: now, next handoff, schedule table")
    osub = p.add_subparsers(dest="oncall_command", metavar="COMMAND", required=True)
    for name, helptext, handler in (
        ("now", "who is on call now, per rotation", run_now),
        ("next", "the next handoff, per rotation", run_next),
        ("schedule", "a table of who is on call for the next days", run_schedule),
    ):
        c = osub.add_parser(name, help=helptext)
        c.add_argument("--at", metavar="ISO", help="as if it were this time (default: now)")
        c.add_argument("--rotation", metavar="NAME", help="only this rotation")
        if name == "schedule":
            c.add_argument("--days", type=int, default=14, help="how many days (default 14)")
        c.set_defaults(handler=handler)


def _setup(args: argparse.Namespace) -> tuple[NotifyConfig, list[RotationConfig], datetime]:
    settings = settings_from(args)
    notify = settings.notify
    rotations = list(notify.rotations)
    if args.rotation:
        rotations = [r for r in rotations if r.name == args.rotation]
        if not rotations:
            known = ", ".join(r.name for r in notify.rotations) or "none configured"
            raise UserError(f"--rotation: unknown rotation {args.rotation!r} (known: {known})")
    if not rotations:
        raise UserError(f"{settings.source}: no [[notify.rotations]] configured")
    at = parse_when(args.at, settings.agency.timezone) if args.at else clock.now()
    return notify, rotations, at


def _local(at: datetime, rotation: RotationConfig) -> str:
    return at.astimezone(ZoneInfo(rotation.timezone)).strftime("%a %Y-%m-%d %H:%M")


def run_now(args: argparse.Namespace) -> int:
    notify, rotations, at = _setup(args)
    for rotation in rotations:
        current = schedule.on_call(rotation, notify.overrides, at)
        note = " (override)" if current.override else ""
        print(
            f"{rotation.name}: {current.person or 'nobody'}{note} "
            f"until {_local(current.until, rotation)} {rotation.timezone}"
        )
    return 0


def run_next(args: argparse.Namespace) -> int:
    notify, rotations, at = _setup(args)
    for rotation in rotations:
        current, _ = schedule.person_at(rotation, notify.overrides, at)
        when, person = schedule.next_handoff(rotation, notify.overrides, at)
        print(
            f"{rotation.name}: {current or 'nobody'} -> {person or 'nobody'} "
            f"at {_local(when, rotation)} {rotation.timezone}"
        )
    return 0


def run_schedule(args: argparse.Namespace) -> int:
    if args.days < 1:
        raise UserError("--days: must be at least 1")
    notify, rotations, at = _setup(args)
    end = at + timedelta(days=args.days)
    for index, rotation in enumerate(rotations):
        if index:
            print()
        print(f"{rotation.name} ({rotation.timezone})")
        rows = [("from", "until", "on call", "")]
        for seg in schedule.segments(rotation, notify.overrides, at, end):
            rows.append(
                (
                    _local(seg.start, rotation),
                    _local(seg.end, rotation),
                    seg.person or "nobody",
                    "override" if seg.override else "",
                )
            )
        widths = [max(len(r[i]) for r in rows) for i in range(4)]
        for row in rows:
            print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    return 0
