"""Who is on call when: rotations, handoffs and overrides. Pure: every function takes `at`.

Shifts are counted in the rotation's local wall-clock time, so a handoff at 09:00 stays
at 09:00 across daylight-saving changes. Overrides win over the rota; the last matching
override in the config wins over earlier ones.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from notify.config import WEEKDAYS, OverrideConfig, RotationConfig


@dataclass(frozen=True)
class OnCall:
    rotation: str
    person: str | None
    since: datetime  # start of the current segment (UTC)
    until: datetime  # when someone else takes over (UTC)
    override: bool


@dataclass(frozen=True)
class Segment:
    start: datetime
    end: datetime
    person: str | None
    override: bool


def _zone(rotation: RotationConfig) -> ZoneInfo:
    return ZoneInfo(rotation.timezone)


def _first_handoff(rotation: RotationConfig) -> datetime:
    """Local naive datetime of the first handoff on/after rotation.start."""
    weekday = WEEKDAYS.index(rotation.handoff_weekday)
    day = rotation.start + timedelta(days=(weekday - rotation.start.weekday()) % 7)
    hh, mm = (int(x) for x in rotation.handoff_time.split(":"))
    return datetime.combine(day, time(hh, mm))


def _local_naive(at: datetime, zone: ZoneInfo) -> datetime:
    return at.astimezone(zone).replace(tzinfo=None)


def _to_utc(local: datetime, zone: ZoneInfo) -> datetime:
    from datetime import UTC

    return local.replace(tzinfo=zone).astimezone(UTC)


def _shift_index(rotation: RotationConfig, at: datetime) -> int:
    zone = _zone(rotation)
    delta = _local_naive(at, zone) - _first_handoff(rotation)
    length = timedelta(days=rotation.length_days)
    return math.floor(delta / length)


def _shift_bounds(rotation: RotationConfig, index: int) -> tuple[datetime, datetime]:
    zone = _zone(rotation)
    start = _first_handoff(rotation) + index * timedelta(days=rotation.length_days)
    end = start + timedelta(days=rotation.length_days)
    return _to_utc(start, zone), _to_utc(end, zone)


def _override_bounds(override: OverrideConfig, zone: ZoneInfo) -> tuple[datetime, datetime]:
    def edge(value: datetime | date, is_end: bool) -> datetime:
        if isinstance(value, datetime):
            return value if value.tzinfo else _to_utc(value, zone)
        day = value + timedelta(days=1) if is_end else value  # whole days, end inclusive
        return _to_utc(datetime.combine(day, time(0, 0)), zone)

    return edge(override.start, False), edge(override.end, True)


def _applies(override: OverrideConfig, rotation: RotationConfig) -> bool:
    return override.rotation is None or override.rotation == rotation.name


def rota_person(rotation: RotationConfig, at: datetime) -> str | None:
    """The rota member on shift at `at`, ignoring overrides."""
    if not rotation.members:
        return None
    return rotation.members[_shift_index(rotation, at) % len(rotation.members)]


def _override_at(
    rotation: RotationConfig, overrides: Sequence[OverrideConfig], at: datetime
) -> OverrideConfig | None:
    zone = _zone(rotation)
    found = None
    for override in overrides:
        if not _applies(override, rotation):
            continue
        start, end = _override_bounds(override, zone)
        if start <= at < end:
            found = override  # later entries win
    return found


def person_at(
    rotation: RotationConfig, overrides: Sequence[OverrideConfig], at: datetime
) -> tuple[str | None, bool]:
    """(person, by_override) on call at `at`."""
    override = _override_at(rotation, overrides, at)
    if override is not None:
        return override.person, True
    return rota_person(rotation, at), False


def _boundaries(
    rotation: RotationConfig, overrides: Sequence[OverrideConfig], start: datetime, end: datetime
) -> list[datetime]:
    """Every instant in (start, end] where the answer may change."""
    points: set[datetime] = set()
    index = _shift_index(rotation, start)
    while True:
        _, shift_end = _shift_bounds(rotation, index)
        if shift_end > end:
            break
        points.add(shift_end)
        index += 1
    zone = _zone(rotation)
    for override in overrides:
        if not _applies(override, rotation):
            continue
        for edge in _override_bounds(override, zone):
            if start < edge <= end:
                points.add(edge)
    return sorted(points)


def segments(
    rotation: RotationConfig,
    overrides: Sequence[OverrideConfig],
    start: datetime,
    end: datetime,
) -> list[Segment]:
    """Who is on call from `start` to `end`, merged into runs of the same person."""
    out: list[Segment] = []
    cuts = [start, *(p for p in _boundaries(rotation, overrides, start, end) if p < end), end]
    for a, b in itertools.pairwise(cuts):
        if a >= b:
            continue
        person, by_override = person_at(rotation, overrides, a)
        if out and out[-1].person == person and out[-1].override == by_override:
            out[-1] = Segment(out[-1].start, b, person, by_override)
        else:
            out.append(Segment(a, b, person, by_override))
    return out


# How far ahead to look for the next change of person (a rota of one never changes).
_HORIZON = timedelta(days=400)


def on_call(rotation: RotationConfig, overrides: Sequence[OverrideConfig], at: datetime) -> OnCall:
    person, by_override = person_at(rotation, overrides, at)
    since = at
    for seg in reversed(segments(rotation, overrides, at - _HORIZON, at + timedelta(seconds=1))):
        if seg.person != person or seg.override != by_override:
            break
        since = seg.start
    until = next_handoff(rotation, overrides, at)[0]
    return OnCall(rotation.name, person, since, until, by_override)


def next_handoff(
    rotation: RotationConfig, overrides: Sequence[OverrideConfig], at: datetime
) -> tuple[datetime, str | None]:
    """When the on-call person next changes after `at`, and who takes over."""
    current, _ = person_at(rotation, overrides, at)
    for point in _boundaries(rotation, overrides, at, at + _HORIZON):
        person, _ = person_at(rotation, overrides, point)
        if person != current:
            return point, person
    return at + _HORIZON, current


def find_rotation(rotations: Sequence[RotationConfig], name: str) -> RotationConfig | None:
    for rotation in rotations:
        if rotation.name == name:
            return rotation
    return None
