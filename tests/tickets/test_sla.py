"""SLA terms per contract and severity, deadlines on the right clock, pauses, breach points."""

from __future__ import annotations

from datetime import datetime, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from tickets.calendar import BusinessCalendar
from tickets.sla import (
    SlaConfigError,
    breach_checkpoints,
    deadlines,
    resumed_fix_due,
    sla_snapshot,
    terms_for,
)

AMS = ZoneInfo("Europe/Amsterdam")
NL = BusinessCalendar("Europe/Amsterdam", "NL")


def due(severity: str, at: datetime, **contract: object) -> tuple[datetime | None, datetime | None]:
    kwargs = {"has_package": True, "after_hours_cover": False, **contract}
    terms = terms_for(severity, **kwargs)  # type: ignore[arg-type]
    response, fix = deadlines(at, terms, NL)
    return (
        response.astimezone(AMS) if response else None,
        fix.astimezone(AMS) if fix else None,
    )


def test_package_standard_on_business_time_from_friday_evening() -> None:
    response, fix = due("standard", datetime(2026, 11, 20, 17, 59, tzinfo=AMS))
    assert response == datetime(2026, 11, 23, 16, 29, tzinfo=AMS)
    # 48 business hours: 1 min on Friday, 5 office days of 9.5 h, then 29 min.
    assert fix == datetime(2026, 11, 30, 8, 59, tzinfo=AMS)


def test_package_urgent_is_two_business_hours() -> None:
    response, fix = due("urgent", datetime(2026, 11, 24, 17, 0, tzinfo=AMS))
    assert response == datetime(2026, 11, 25, 9, 30, tzinfo=AMS)
    # 24 h: 1 h on Tuesday, Wednesday and Thursday (19 h), 4 h on Friday.
    assert fix == datetime(2026, 11, 27, 12, 30, tzinfo=AMS)


def test_critical_with_after_hours_cover_runs_around_the_clock() -> None:
    saturday_night = datetime(2026, 11, 21, 3, 0, tzinfo=AMS)
    response, fix = due("critical", saturday_night, after_hours_cover=True)
    assert response == datetime(2026, 11, 21, 4, 0, tzinfo=AMS)
    assert fix == datetime(2026, 11, 21, 15, 0, tzinfo=AMS)


def test_critical_without_cover_waits_for_the_office() -> None:
    saturday_night = datetime(2026, 11, 21, 3, 0, tzinfo=AMS)
    response, fix = due("critical", saturday_night)
    assert response == datetime(2026, 11, 23, 9, 30, tzinfo=AMS)
    assert fix == datetime(2026, 11, 24, 11, 0, tzinfo=AMS)


def test_critical_around_the_clock_crosses_spring_dst_in_real_hours() -> None:
    before_switch = datetime(2026, 3, 28, 22, 0, tzinfo=AMS)
    _, fix = due("critical", before_switch, after_hours_cover=True)
    assert fix == datetime(2026, 3, 29, 11, 0, tzinfo=AMS)  # 12 real hours, wall shows 13


def test_without_package_48_business_hours_and_7_working_days() -> None:
    tuesday = datetime(2026, 11, 24, 10, 0, tzinfo=AMS)
    for severity in ("critical", "urgent", "standard"):
        response, fix = due(severity, tuesday, has_package=False, after_hours_cover=True)
        # 48 h = 5 office days (47.5 h) + 0.5 h -> next Tuesday 10:30.
        assert response == datetime(2026, 12, 1, 10, 30, tzinfo=AMS)
        # 7 working days -> Thursday of the next week, same time of day.
        assert fix == datetime(2026, 12, 3, 10, 0, tzinfo=AMS)


def test_low_is_per_contract_with_a_five_working_day_default() -> None:
    response, fix = due("low", datetime(2026, 11, 24, 10, 0, tzinfo=AMS))
    assert response == datetime(2026, 12, 1, 10, 0, tzinfo=AMS)
    assert fix is None
    response, fix = due("low", datetime(2026, 11, 24, 10, 0, tzinfo=AMS), low=("1d", "10d"))
    assert response == datetime(2026, 11, 25, 10, 0, tzinfo=AMS)
    assert fix == datetime(2026, 12, 8, 10, 0, tzinfo=AMS)


def test_customer_override_replaces_the_default_terms() -> None:
    response, fix = due(
        "critical",
        datetime(2026, 11, 24, 10, 0, tzinfo=AMS),
        overrides={"critical": {"response": "30m", "fix": "none"}},
    )
    assert response == datetime(2026, 11, 24, 10, 30, tzinfo=AMS)
    assert fix is None


def test_bad_duration_is_a_one_line_error() -> None:
    with pytest.raises(SlaConfigError, match=r"sla\.urgent\.response"):
        terms_for(
            "urgent",
            has_package=True,
            after_hours_cover=False,
            overrides={"urgent": {"response": "soon"}},
        )


def test_waiting_on_customer_moves_fix_due_out_by_the_paused_business_time() -> None:
    fix_due = datetime(2026, 11, 26, 12, 0, tzinfo=AMS)
    paused = datetime(2026, 11, 24, 12, 0, tzinfo=AMS)
    resumed = datetime(2026, 11, 25, 12, 0, tzinfo=AMS)  # 9.5 business hours later
    new_due = resumed_fix_due(fix_due, paused, resumed, "business", NL)
    assert new_due.astimezone(AMS) == datetime(2026, 11, 27, 12, 0, tzinfo=AMS)
    calendar_due = resumed_fix_due(fix_due, paused, resumed, "calendar", NL)
    assert calendar_due == fix_due + timedelta(days=1)


def _ticket(created: datetime, **fields: object) -> SimpleNamespace:
    terms = terms_for("standard", has_package=True, after_hours_cover=False)
    response, fix = deadlines(created, terms, NL)
    values = {
        "created_at": created,
        "status": "open",
        "response_due": response,
        "fix_due": fix,
        "first_response_at": None,
        "fix_paused_at": None,
        "sla": sla_snapshot(terms, NL),
    }
    values.update(fields)
    return SimpleNamespace(**values)


def test_breach_checkpoints_at_80_percent_and_at_breach_on_business_time() -> None:
    created = datetime(2026, 11, 24, 10, 0, tzinfo=AMS)
    points = {kind: at.astimezone(AMS) for kind, at in breach_checkpoints(_ticket(created))}
    # 8 h response from 10:00: warning after 6.4 business hours, breach at closing time.
    assert points["response_warning"] == datetime(2026, 11, 24, 16, 24, tzinfo=AMS)
    assert points["response_breach"] == datetime(2026, 11, 24, 18, 0, tzinfo=AMS)
    # 48 h fix: 8 h Tuesday, four full days (38 h), 2 h the next Tuesday.
    assert points["fix_breach"] == datetime(2026, 12, 1, 10, 30, tzinfo=AMS)
    assert NL.business_time_between(created, points["fix_warning"]) == timedelta(hours=38.4)


def test_breach_checkpoints_drop_response_after_first_reply_and_all_when_resolved() -> None:
    created = datetime(2026, 11, 24, 10, 0, tzinfo=AMS)
    answered = _ticket(created, first_response_at=created + timedelta(minutes=5))
    assert [kind for kind, _ in breach_checkpoints(answered)] == ["fix_warning", "fix_breach"]
    paused = _ticket(created, fix_paused_at=created, first_response_at=created)
    assert breach_checkpoints(paused) == []
    assert breach_checkpoints(_ticket(created, status="resolved")) == []
