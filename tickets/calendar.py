"""Business calendars: office hours on working days in one time zone, public holidays per country.

A business hour is wall-clock time inside office hours on a working day. Office hours
(08:30-18:00) never contain a DST switch (those happen at night), so inside one office
day wall-clock and elapsed time agree; all arithmetic is done on UTC instants and the
local zone is only used to find where each office day starts and ends.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cached_property
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays

# Working days: Monday..Friday. Holidays come from the `holidays` package.
_WORKDAYS = frozenset(range(5))
# No real calendar has this many closed days in a row; stops a runaway loop on bad config.
_MAX_SEARCH_DAYS = 400


class CalendarError(ValueError):
    """A calendar setting is wrong (unknown zone or country, bad office hours): one line."""


def parse_clock_time(value: str, what: str) -> time:
    try:
        hours, minutes = value.strip().split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise CalendarError(f"{what}: {value!r} is not a time like 08:30") from None


@dataclass(frozen=True)
class BusinessCalendar:
    timezone: str = "Europe/Amsterdam"
    country: str = "NL"
    office_open: str = "08:30"
    office_close: str = "18:00"

    def __post_init__(self) -> None:
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise CalendarError(f"timezone: unknown time zone {self.timezone!r}") from None
        try:
            holidays.country_holidays(self.country)
        except NotImplementedError:
            raise CalendarError(f"country: no holiday calendar for {self.country!r}") from None
        if self.open_time >= self.close_time:
            raise CalendarError(
                f"office hours: opening {self.office_open} is not before"
                f" closing {self.office_close}"
            )

    @cached_property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @cached_property
    def open_time(self) -> time:
        return parse_clock_time(self.office_open, "office_open")

    @cached_property
    def close_time(self) -> time:
        return parse_clock_time(self.office_close, "office_close")

    @cached_property
    def _holidays(self) -> holidays.HolidayBase:
        return holidays.country_holidays(self.country)

    @property
    def office_day(self) -> timedelta:
        """Length of one office day (what "1 working day" of business time is)."""
        return datetime.combine(date.min, self.close_time) - datetime.combine(
            date.min, self.open_time
        )

    def to_dict(self) -> dict[str, str]:
        return {
            "timezone": self.timezone,
            "country": self.country,
            "office_open": self.office_open,
            "office_close": self.office_close,
        }

    # --- days ---------------------------------------------------------------------------

    @cached_property
    def _days(self) -> dict[date, tuple[bool, datetime, datetime]]:
        # Per day: (working day?, office opens, office closes), as UTC instants. Every
        # deadline walks the days ahead (the holiday lookup and two zone conversions
        # each), and a message's deadlines, acknowledgement and page walk the same days
        # again: each day is worked out once per calendar. (A few hundred days a year.)
        return {}

    def _day(self, day: date) -> tuple[bool, datetime, datetime]:
        known = self._days.get(day)
        if known is None:
            known = self._days[day] = (
                day.weekday() in _WORKDAYS and day not in self._holidays,
                datetime.combine(day, self.open_time, tzinfo=self.zone).astimezone(UTC),
                datetime.combine(day, self.close_time, tzinfo=self.zone).astimezone(UTC),
            )
        return known

    def is_working_day(self, day: date) -> bool:
        return self._day(day)[0]

    def holiday_name(self, day: date) -> str | None:
        name = self._holidays.get(day)
        return str(name) if name else None

    def _opens(self, day: date) -> datetime:
        return self._day(day)[1]

    def _closes(self, day: date) -> datetime:
        return self._day(day)[2]

    def local(self, t: datetime) -> datetime:
        return _aware(t).astimezone(self.zone)

    # --- instants -----------------------------------------------------------------------

    def is_office_hours(self, t: datetime) -> bool:
        local = self.local(t)
        return (
            self.is_working_day(local.date())
            and self.open_time <= local.time().replace(tzinfo=None) < self.close_time
        )

    def next_office_open(self, t: datetime) -> datetime:
        """The earliest instant at or after `t` inside office hours (t itself if it is)."""
        t = _aware(t).astimezone(UTC)
        day = self.local(t).date()
        for _ in range(_MAX_SEARCH_DAYS):
            working, opens, closes = self._day(day)
            if working:
                if t < opens:
                    return opens
                if t < closes:
                    return t
            day += timedelta(days=1)
        raise CalendarError(f"no working day within {_MAX_SEARCH_DAYS} days of {t.isoformat()}")

    def _last_office_close(self, t: datetime) -> datetime:
        """The latest instant at or before `t` that ends office time (t itself if inside)."""
        t = _aware(t).astimezone(UTC)
        day = self.local(t).date()
        for _ in range(_MAX_SEARCH_DAYS):
            working, opens, closes = self._day(day)
            if working:
                if t > closes:
                    return closes
                if t > opens:
                    return t
            day -= timedelta(days=1)
        raise CalendarError(f"no working day within {_MAX_SEARCH_DAYS} days of {t.isoformat()}")

    def add_business_time(self, start: datetime, delta: timedelta) -> datetime:
        """`start` plus `delta` of office time; returned in UTC.

        Starting outside office hours the clock starts at the next opening; a deadline that
        lands exactly on closing time stays there (it is met by the end of that day).
        """
        if delta < timedelta(0):
            return self.subtract_business_time(start, -delta)
        t = self.next_office_open(start)
        remaining = delta
        while True:
            closes = self._closes(self.local(t).date())
            available = closes - t
            if remaining <= available:
                return t + remaining
            remaining -= available
            t = self.next_office_open(closes + timedelta(microseconds=1))

    def subtract_business_time(self, end: datetime, delta: timedelta) -> datetime:
        """The instant whose `add_business_time(..., delta)` is `end` (for "80 % used" points)."""
        t = self._last_office_close(end)
        remaining = delta
        while True:
            opens = self._opens(self.local(t).date())
            available = t - opens
            if remaining <= available:
                return t - remaining
            remaining -= available
            t = self._last_office_close(opens - timedelta(microseconds=1))

    def business_time_between(self, start: datetime, end: datetime) -> timedelta:
        """Office time elapsed from `start` to `end` (zero if end is not after start)."""
        start, end = _aware(start).astimezone(UTC), _aware(end).astimezone(UTC)
        total = timedelta(0)
        t = self.next_office_open(start)
        while t < end:
            closes = self._closes(self.local(t).date())
            total += min(closes, end) - t
            t = self.next_office_open(closes + timedelta(microseconds=1))
        return total


def as_utc(t: datetime) -> datetime:
    """UTC-aware; a naive value is taken as UTC (SQLite returns stored times naive)."""
    return t.replace(tzinfo=UTC) if t.tzinfo is None else t.astimezone(UTC)


def maybe_utc(t: datetime | None) -> datetime | None:
    return None if t is None else as_utc(t)


def _aware(t: datetime) -> datetime:
    if t.tzinfo is None:
        raise ValueError("business calendar needs timezone-aware datetimes")
    return t
