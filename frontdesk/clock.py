"""The one clock seam.

Everything that asks "what time is it?" calls `now()`; pure code takes the time as an
argument instead. Tests move the clock with `set_clock()` / `frozen()`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

_source: Callable[[], datetime] = lambda: datetime.now(UTC)  # noqa: E731


def now() -> datetime:
    """The current time, timezone-aware (UTC)."""
    return _source()


def set_clock(source: Callable[[], datetime] | None) -> None:
    """Replace the clock (None restores the wall clock)."""
    global _source
    _source = source if source is not None else (lambda: datetime.now(UTC))


class FrozenClock:
    """A clock that stands still until moved: `clock.advance(minutes=5)`."""

    def __init__(self, at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("FrozenClock needs a timezone-aware datetime")
        self.at = at

    def __call__(self) -> datetime:
        return self.at

    def advance(self, **delta: float) -> datetime:
        self.at = self.at + timedelta(**delta)
        return self.at

    def set(self, at: datetime) -> None:
        self.at = at


@contextlib.contextmanager
def frozen(at: datetime) -> Iterator[FrozenClock]:
    clock = FrozenClock(at)
    set_clock(clock)
    try:
        yield clock
    finally:
        set_clock(None)
