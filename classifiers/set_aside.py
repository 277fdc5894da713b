"""Which reading step forgot which rule match: `classify(..., explain=True)`'s record.

The steps forget a match with `del found[i]` (or `found.pop(i)`), often in a helper they
share. Rather than make each of some eighty step calls name itself, `classify()` hands the
steps a `Recorder` in place of its plain dict when asked to explain: on a deletion it looks
up the call stack for the function `classify()` itself called, and notes that function and
its module. So a step is traced without knowing it, a new step is traced without anyone
remembering to, and a classification not asked to explain runs the plain dict, at no cost.
"""

from __future__ import annotations

import sys
from types import FrameType
from typing import Any

from classifiers.model import FiredRule, SetAside

# The engine's own readings (functions of classifiers/engine.py), by a short name.
ENGINE_STEPS = {
    "_drop_subject_the_body_explains": "subject",
    "_drop_receipt": "receipt",
    "_drop_other_languages": "language",
}


def _step_of(frame: FrameType) -> tuple[str, str]:
    """(step, function) of the reading `frame` runs: its module's last name for the steps of
    classifiers/steps/ ("supposed", "past", ...), else the engine's name for it."""
    function = frame.f_code.co_name
    module = str(frame.f_globals.get("__name__", ""))
    if module.startswith("classifiers.steps."):
        return module.rsplit(".", 1)[1], function
    return ENGINE_STEPS.get(function, function.removeprefix("_drop_")), function


class Recorder(dict[int, FiredRule]):
    """`found` that notes each match a reading step deletes, with that step. Made inside
    `classify()`: the code that made it is the one whose callees are the steps. (Its code,
    not its frame: a frame kept here would keep all of classify()'s locals alive with it.)"""

    def __init__(self) -> None:
        super().__init__()
        self._classify = sys._getframe(1).f_code
        self.forgotten: list[tuple[int, SetAside]] = []  # (the rule's index, what it forgot)

    def _note(self, key: int) -> None:
        frame: FrameType | None = sys._getframe(2)  # past _note and the deleting method
        while (
            frame is not None
            and frame.f_code is not self._classify
            and (frame.f_back is None or frame.f_back.f_code is not self._classify)
        ):
            frame = frame.f_back
        if frame is None or frame.f_code is self._classify:  # classify() itself, or not under it
            step, function = "engine", "classify"
        else:
            step, function = _step_of(frame)
        self.forgotten.append((key, SetAside(self[key], step, function)))

    def __delitem__(self, key: int) -> None:
        self._note(key)
        super().__delitem__(key)

    def pop(self, key: int, *default: Any) -> Any:
        if key in self:
            self._note(key)
        return super().pop(key, *default)

    def popitem(self) -> tuple[int, FiredRule]:
        key = next(reversed(self))
        self._note(key)
        return key, super().pop(key)

    def clear(self) -> None:
        for key in list(self):
            del self[key]

    def set_aside(self) -> tuple[SetAside, ...]:
        """The matches forgotten and not found again, in the order of the rules (as the rules
        that fired are): each (rule, field, words) once, with the step that forgot it last (a
        match `_fires_again` took back and a later step forgot again is that later step's)."""
        kept = {(f.id, f.field, f.matched) for f in self.values()}
        last: dict[tuple[str, str, str], tuple[int, SetAside]] = {}
        for index, entry in self.forgotten:
            key = (entry.rule.id, entry.rule.field, entry.rule.matched)
            if key not in kept:
                last[key] = (index, entry)
        return tuple(entry for _, entry in sorted(last.values(), key=lambda pair: pair[0]))
