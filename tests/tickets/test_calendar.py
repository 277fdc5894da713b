"""Business calendars: office hours, holidays per country, DST weekends, moving the clock."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from frontdesk import clock
from tickets.calendar import BusinessCalendar, CalendarError

AMS = ZoneInfo("Europe/Amsterdam")
BER = ZoneInfo("Europe/Berlin")
OSL = ZoneInfo("Europe/Oslo")
NL = BusinessCalendar("Europe/Amsterdam", "NL")
DE = BusinessCalendar("Europe/Berlin", "DE")
NO = BusinessCalendar("Europe/Oslo", "NO")


def local(t: datetime, zone: ZoneInfo = AMS) -> datetime:
    return t.astimezone(zone)


def test_friday_1759_plus_8_business_hours_is_monday_1629() -> None:
    with clock.frozen(datetime(2026, 11, 20, 17, 59, tzinfo=AMS)):
        due = NL.add_business_time(clock.now(), timedelta(hours=8))
    assert local(due) == datetime(2026, 11, 23, 16, 29, tzinfo=AMS)


def test_office_hours_boundaries() -> None:
    assert not NL.is_office_hours(datetime(2026, 11, 24, 8, 29, tzinfo=AMS))
    assert NL.is_office_hours(datetime(2026, 11, 24, 8, 30, tzinfo=AMS))
    assert NL.is_office_hours(datetime(2026, 11, 24, 17, 59, tzinfo=AMS))
    assert not NL.is_office_hours(datetime(2026, 11, 24, 18, 0, tzinfo=AMS))
    assert not NL.is_office_hours(datetime(2026, 11, 21, 11, 0, tzinfo=AMS))  # Saturday


def test_next_office_open_after_hours_and_inside() -> None:
    friday_evening = datetime(2026, 11, 20, 21, 0, tzinfo=AMS)
    assert local(NL.next_office_open(friday_evening)) == datetime(2026, 11, 23, 8, 30, tzinfo=AMS)
    inside = datetime(2026, 11, 23, 10, 0, tzinfo=AMS)
    assert NL.next_office_open(inside) == inside


def test_koningsdag_is_not_a_working_day_in_the_netherlands() -> None:
    # 27 April 2026 is a Monday.
    assert not NL.is_working_day(date(2026, 4, 27))
    assert DE.is_working_day(date(2026, 4, 27))
    with clock.frozen(datetime(2026, 4, 24, 17, 0, tzinfo=AMS)):
        due = NL.add_business_time(clock.now(), timedelta(hours=2))
    assert local(due) == datetime(2026, 4, 28, 9, 30, tzinfo=AMS)


def test_tweede_kerstdag_skipped_over_christmas() -> None:
    # 2025: Christmas Thursday, Tweede Kerstdag Friday.
    assert NL.holiday_name(date(2025, 12, 26))
    with clock.frozen(datetime(2025, 12, 24, 17, 0, tzinfo=AMS)):
        due = NL.add_business_time(clock.now(), timedelta(hours=2))
    assert local(due) == datetime(2025, 12, 29, 9, 30, tzinfo=AMS)


def test_tag_der_deutschen_einheit_is_a_german_holiday_only() -> None:
    # 3 October 2025 is a Friday.
    assert not DE.is_working_day(date(2025, 10, 3))
    assert NL.is_working_day(date(2025, 10, 3))
    with clock.frozen(datetime(2025, 10, 2, 17, 30, tzinfo=BER)):
        due = DE.add_business_time(clock.now(), timedelta(hours=1))
    assert local(due, BER) == datetime(2025, 10, 6, 9, 0, tzinfo=BER)


def test_spring_dst_weekend_keeps_wall_clock_office_hours() -> None:
    # Clocks go forward on Sunday 29 March 2026: Friday is CET (+1), Monday CEST (+2).
    with clock.frozen(datetime(2026, 3, 27, 17, 0, tzinfo=AMS)):
        start = clock.now()
        due = NL.add_business_time(start, timedelta(hours=2))
    assert local(due) == datetime(2026, 3, 30, 9, 30, tzinfo=AMS)
    assert local(due).utcoffset() == timedelta(hours=2)
    # The weekend is one real hour shorter than its wall-clock length.
    assert due - start == timedelta(days=2, hours=15, minutes=30)
    assert NL.business_time_between(start, due) == timedelta(hours=2)


def test_autumn_dst_weekend_keeps_wall_clock_office_hours() -> None:
    # Clocks go back on Sunday 25 October 2026: Friday is CEST (+2), Monday CET (+1).
    with clock.frozen(datetime(2026, 10, 23, 17, 0, tzinfo=AMS)):
        start = clock.now()
        due = NL.add_business_time(start, timedelta(hours=2))
    assert local(due) == datetime(2026, 10, 26, 9, 30, tzinfo=AMS)
    assert local(due).utcoffset() == timedelta(hours=1)
    assert due - start == timedelta(days=2, hours=17, minutes=30)


def test_norwegian_customer_in_oslo_skips_17_mai() -> None:
    # 17 May 2024 (Grunnlovsdag) is a Friday; Monday 20 May is Whit Monday.
    assert not NO.is_working_day(date(2024, 5, 17))
    assert NL.is_working_day(date(2024, 5, 17))
    with clock.frozen(datetime(2024, 5, 16, 17, 0, tzinfo=OSL)):
        due = NO.add_business_time(clock.now(), timedelta(hours=2))
    assert local(due, OSL) == datetime(2024, 5, 21, 9, 30, tzinfo=OSL)


def test_subtract_business_time_inverts_add() -> None:
    start = datetime(2026, 11, 20, 17, 59, tzinfo=AMS)
    for hours in (0.5, 8, 30, 66.5):
        end = NL.add_business_time(start, timedelta(hours=hours))
        assert NL.subtract_business_time(end, timedelta(hours=hours)) == start


def test_business_time_between_counts_only_office_hours() -> None:
    friday = datetime(2026, 11, 20, 12, 0, tzinfo=AMS)
    monday = datetime(2026, 11, 23, 12, 0, tzinfo=AMS)
    assert NL.business_time_between(friday, monday) == timedelta(hours=9, minutes=30)


def test_unknown_country_or_zone_is_one_line_error() -> None:
    with pytest.raises(CalendarError, match="country"):
        BusinessCalendar("Europe/Amsterdam", "XX")
    with pytest.raises(CalendarError, match="time zone"):
        BusinessCalendar("Mars/Olympus", "NL")


def test_add_and_between_agree_for_starts_all_through_the_year() -> None:
    # Every 7 h 13 min through 2026 (both DST switches, every holiday) in three countries.
    for calendar in (NL, DE, NO):
        start = datetime(2026, 1, 1, tzinfo=calendar.zone)
        while start.year == 2026:
            for hours in (1, 8, 48):
                delta = timedelta(hours=hours)
                end = calendar.add_business_time(start, delta)
                assert calendar.business_time_between(start, end) == delta
                local_end = calendar.local(end)
                assert calendar.is_working_day(local_end.date())
                assert calendar.open_time < local_end.time() <= calendar.close_time
            start += timedelta(hours=7, minutes=13)
