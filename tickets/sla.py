"""SLA terms and deadlines (ARCHITECTURE.md "Domain", seed 000).

With a support package: critical 1 h / 12 h, urgent 2 h / 24 h, standard 8 h / 48 h.
Without one: 48 h / 7 days for every issue. Low: per contract (TicketsConfig.low_*).

Which clock: only critical can run around the clock, and only when the contract has
after-hours cover (the "non-working day add-on" / standby arrangement). Everything else
runs on business time: office hours on working days of the customer's calendar.

The no-package "48 hours / 7 days" is read as 48 business hours and 7 working days.
Why: seed 000 says without a package "you wait in the standard queue", and the standard
queue runs on business time (ARCHITECTURE.md: "Standard and lower clocks run on business
time"); reading it as calendar time would make a no-package standard issue reported on
Friday evening due before a package customer's (8 h / 48 h business) one, which inverts
the promise. A "day" on a business clock is one office day of business time (same time
of day, N working days later).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from tickets.calendar import BusinessCalendar, as_utc, maybe_utc

Clock = Literal["business", "calendar"]
SEVERITIES = ("low", "standard", "urgent", "critical")


def severity_rank(severity: str | None) -> int:
    """Order of severities; unknown names rank as standard."""
    if severity in SEVERITIES:
        return SEVERITIES.index(severity)
    return SEVERITIES.index("standard")


class SlaConfigError(ValueError):
    """A duration in the SLA config cannot be read: one line."""


@dataclass(frozen=True)
class Duration:
    """A deadline length: hours/minutes of clock time plus whole (working) days."""

    time: timedelta = timedelta(0)
    days: int = 0

    def on(self, clock: Clock, calendar: BusinessCalendar) -> timedelta:
        day = calendar.office_day if clock == "business" else timedelta(days=1)
        return self.time + self.days * day


_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(m|min|h|d)\s*$", re.IGNORECASE)


def parse_duration(value: str, what: str = "sla") -> Duration | None:
    """ "30m", "2h", "7d" -> Duration; "none"/"" -> None (no deadline)."""
    if value.strip().lower() in ("", "none", "-"):
        return None
    match = _DURATION.match(value)
    if not match:
        raise SlaConfigError(f"{what}: {value!r} is not a duration like 30m, 8h, 5d or none")
    amount, unit = float(match.group(1)), match.group(2).lower()
    if unit == "d":
        if amount != int(amount):
            raise SlaConfigError(f"{what}: {value!r}: days must be whole")
        return Duration(days=int(amount))
    minutes = amount * 60 if unit == "h" else amount
    return Duration(time=timedelta(minutes=minutes))


PACKAGE_TERMS: dict[str, tuple[str, str]] = {
    "critical": ("1h", "12h"),
    "urgent": ("2h", "24h"),
    "standard": ("8h", "48h"),
}
NO_PACKAGE_TERMS = ("48h", "7d")


@dataclass(frozen=True)
class SlaTerms:
    severity: str
    response: Duration | None
    fix: Duration | None
    clock: Clock
    has_package: bool
    after_hours_cover: bool


def terms_for(
    severity: str,
    *,
    has_package: bool,
    after_hours_cover: bool,
    low: tuple[str, str] = ("5d", "none"),
    overrides: Mapping[str, Mapping[str, str]] | None = None,
) -> SlaTerms:
    """The contract's promise for one severity (overrides per customer win)."""
    severity = severity if severity in SEVERITIES else "standard"
    if severity == "low":
        response, fix = low
    elif has_package:
        response, fix = PACKAGE_TERMS[severity]
    else:
        response, fix = NO_PACKAGE_TERMS
    override = (overrides or {}).get(severity, {})
    response = override.get("response", response)
    fix = override.get("fix", fix)
    clock: Clock = "business"
    if severity == "critical" and has_package and after_hours_cover:
        clock = "calendar"
    if override.get("clock") in ("business", "calendar"):
        clock = override["clock"]  # type: ignore[assignment]
    return SlaTerms(
        severity=severity,
        response=parse_duration(response, f"sla.{severity}.response"),
        fix=parse_duration(fix, f"sla.{severity}.fix"),
        clock=clock,
        has_package=has_package,
        after_hours_cover=after_hours_cover,
    )


def add_clock_time(
    start: datetime, delta: timedelta, clock: Clock, calendar: BusinessCalendar
) -> datetime:
    if clock == "calendar":
        # In UTC: aware arithmetic in a local zone would add wall-clock time across DST.
        return start.astimezone(UTC) + delta
    return calendar.add_business_time(start, delta)


def deadlines(
    received_at: datetime, terms: SlaTerms, calendar: BusinessCalendar
) -> tuple[datetime | None, datetime | None]:
    """(response_due, fix_due) for a message that arrived at `received_at`."""

    def due(d: Duration | None) -> datetime | None:
        if d is None:
            return None
        return add_clock_time(received_at, d.on(terms.clock, calendar), terms.clock, calendar)

    return due(terms.response), due(terms.fix)


def resumed_fix_due(
    fix_due: datetime,
    paused_at: datetime,
    resumed_at: datetime,
    clock: Clock,
    calendar: BusinessCalendar,
) -> datetime:
    """The fix deadline after a pause (waiting on the customer) from paused_at to resumed_at.

    The time that was left when the clock stopped is granted again from the resume.
    """
    fix_due, paused_at, resumed_at = as_utc(fix_due), as_utc(paused_at), as_utc(resumed_at)
    if resumed_at <= paused_at:
        return fix_due
    if clock == "calendar":
        return fix_due + (resumed_at - paused_at)
    left = calendar.business_time_between(paused_at, fix_due)
    return calendar.add_business_time(resumed_at, left)


def sla_snapshot(terms: SlaTerms, calendar: BusinessCalendar) -> dict[str, Any]:
    """What a ticket stores so later clocks (pause, breach warnings) need no config."""
    return {
        "clock": terms.clock,
        "has_package": terms.has_package,
        "after_hours_cover": terms.after_hours_cover,
        "response_s": terms.response.on(terms.clock, calendar).total_seconds()
        if terms.response
        else None,
        "fix_s": terms.fix.on(terms.clock, calendar).total_seconds() if terms.fix else None,
        "calendar": calendar.to_dict(),
    }


def calendar_from_snapshot(snapshot: Mapping[str, Any]) -> BusinessCalendar:
    cal = snapshot.get("calendar") or {}
    try:
        key = tuple(sorted(cal.items()))
        hash(key)
    except TypeError:  # not plain values: build it (and let it say what is wrong)
        return BusinessCalendar(**cal)
    return _calendar(key)


@functools.lru_cache(maxsize=64)
def _calendar(key: tuple[tuple[str, Any], ...]) -> BusinessCalendar:
    """One calendar per snapshot's settings: building one loads the country's holidays, and
    the SLA checks rebuild every open ticket's; a shared one also keeps the days it worked
    out (BusinessCalendar._day). A frozen value: sharing it changes nothing else."""
    return BusinessCalendar(**dict(key))


BREACH_WARNING_FRACTION = 0.8


def breach_checkpoints(ticket: Any) -> list[tuple[str, datetime]]:
    """When to warn about this ticket's SLA: [(kind, at)], sorted by time.

    kinds: "response_warning" (80 % of the response time used), "response_breach",
    "fix_warning" (80 % of the fix time used), "fix_breach". The 80 % point is measured
    on the ticket's own clock (business or calendar), as the moment when 20 % of the
    allotted time is left before the (possibly pause-shifted) deadline. A response
    checkpoint is gone once someone responded; fix checkpoints are gone once the
    ticket is resolved/closed and suspended while it waits on the customer. Pure: the
    on-call timers call it and fire the checkpoints whose time has come.
    """
    snapshot: Mapping[str, Any] = getattr(ticket, "sla", None) or {}
    clock: Clock = "calendar" if snapshot.get("clock") == "calendar" else "business"
    calendar = calendar_from_snapshot(snapshot)
    out: list[tuple[str, datetime]] = []

    def add(kind: str, due: datetime | None, seconds: float | None) -> None:
        due = maybe_utc(due)
        if due is None:
            return
        if not seconds:
            seconds = (due - as_utc(ticket.created_at)).total_seconds()
        margin = timedelta(seconds=seconds * (1 - BREACH_WARNING_FRACTION))
        warn = due - margin if clock == "calendar" else calendar.subtract_business_time(due, margin)
        out.append((f"{kind}_warning", warn))
        out.append((f"{kind}_breach", due))

    if ticket.status in ("resolved", "closed"):
        return []
    if ticket.first_response_at is None:
        add("response", ticket.response_due, snapshot.get("response_s"))
    if ticket.fix_paused_at is None:
        add("fix", ticket.fix_due, snapshot.get("fix_s"))
    return sorted(out, key=lambda item: item[1])
