from datetime import UTC, date, datetime

from notify.config import OverrideConfig, RotationConfig
from notify.schedule import next_handoff, on_call, person_at, segments

WEEKLY = RotationConfig(
    name="primary",
    members=["alice", "bob", "carol"],
    handoff_weekday="monday",
    handoff_time="09:00",
    length="1w",
    timezone="Europe/Amsterdam",
    start=date(2026, 1, 5),
)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def test_weekly_rotation_hands_off_on_monday_at_nine_local_time() -> None:
    # 2026-01-12 is the second Monday; 09:00 Amsterdam is 08:00 UTC in winter.
    assert person_at(WEEKLY, [], utc(2026, 1, 12, 7, 59))[0] == "alice"
    assert person_at(WEEKLY, [], utc(2026, 1, 12, 8, 0))[0] == "bob"
    assert person_at(WEEKLY, [], utc(2026, 1, 19, 8, 0))[0] == "carol"
    assert person_at(WEEKLY, [], utc(2026, 1, 26, 8, 0))[0] == "alice"


def test_handoff_stays_at_nine_local_across_daylight_saving() -> None:
    # DST starts 2026-03-29; Monday 2026-03-30 09:00 Amsterdam is 07:00 UTC.
    before = person_at(WEEKLY, [], utc(2026, 3, 30, 6, 59))[0]
    after = person_at(WEEKLY, [], utc(2026, 3, 30, 7, 0))[0]
    assert before != after


def test_override_for_whole_days_wins_over_the_rota() -> None:
    override = OverrideConfig(person="dave", start=date(2026, 1, 14), end=date(2026, 1, 15))
    assert person_at(WEEKLY, [override], utc(2026, 1, 13, 22, 59)) == ("bob", False)
    assert person_at(WEEKLY, [override], utc(2026, 1, 13, 23, 0)) == ("dave", True)
    assert person_at(WEEKLY, [override], utc(2026, 1, 15, 22, 59)) == ("dave", True)
    assert person_at(WEEKLY, [override], utc(2026, 1, 15, 23, 0)) == ("bob", False)


def test_override_of_another_rotation_does_not_apply() -> None:
    override = OverrideConfig(
        person="dave", start=date(2026, 1, 14), end=date(2026, 1, 15), rotation="other"
    )
    assert person_at(WEEKLY, [override], utc(2026, 1, 14, 12, 0)) == ("bob", False)


def test_next_handoff_is_the_next_change_of_person() -> None:
    at = utc(2026, 1, 13, 12, 0)
    assert next_handoff(WEEKLY, [], at) == (utc(2026, 1, 19, 8, 0), "carol")
    override = OverrideConfig(person="dave", start=date(2026, 1, 14), end=date(2026, 1, 14))
    assert next_handoff(WEEKLY, [override], at) == (utc(2026, 1, 13, 23, 0), "dave")


def test_on_call_reports_since_and_until() -> None:
    current = on_call(WEEKLY, [], utc(2026, 1, 13, 12, 0))
    assert current.person == "bob"
    assert current.until == utc(2026, 1, 19, 8, 0)
    assert current.since <= utc(2026, 1, 12, 8, 0)


def test_schedule_table_for_fourteen_days_lists_each_shift_and_override() -> None:
    override = OverrideConfig(
        person="dave", start=datetime(2026, 1, 20, 18, 0), end=datetime(2026, 1, 21, 8, 30)
    )
    rows = segments(WEEKLY, [override], utc(2026, 1, 13, 12, 0), utc(2026, 1, 27, 12, 0))
    assert [(r.person, r.override) for r in rows] == [
        ("bob", False),
        ("carol", False),
        ("dave", True),
        ("carol", False),
        ("alice", False),
    ]
    assert rows[2].start == utc(2026, 1, 20, 17, 0)
    assert rows[2].end == utc(2026, 1, 21, 7, 30)


def test_rotation_of_one_day_shifts() -> None:
    daily = WEEKLY.model_copy(update={"length": "1d", "members": ["alice", "bob"]})
    assert person_at(daily, [], utc(2026, 1, 5, 8, 0))[0] == "alice"
    assert person_at(daily, [], utc(2026, 1, 6, 8, 0))[0] == "bob"
    assert person_at(daily, [], utc(2026, 1, 7, 8, 0))[0] == "alice"
