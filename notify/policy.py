"""The paging matrix: severity x office hours/after hours x cover -> what to do. Pure."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from notify.config import MatrixRow, PageAction

SEVERITY_RANK = {"low": 0, "standard": 1, "urgent": 2, "critical": 3}


@dataclass(frozen=True)
class MatrixDecision:
    action: PageAction
    severity: str  # the severity the decision was made for (after "possibly critical")
    cell: str  # e.g. "critical.after_hours_cover", for the timeline
    reason: str


def rank(severity: str | None) -> int:
    return SEVERITY_RANK.get(severity or "", 1)


def decide(
    matrix: Mapping[str, MatrixRow],
    severity: str,
    *,
    after_hours: bool,
    after_hours_cover: bool,
    uncertain: bool = False,
    uncertain_is_critical: bool = True,
) -> MatrixDecision:
    """Look the case up in the matrix. An uncertain or failed voicemail transcript counts
    as possibly critical: the caller chose the emergency line and we could not hear why."""
    effective = severity
    why = ""
    if uncertain and uncertain_is_critical and rank(severity) < rank("critical"):
        effective = "critical"
        why = f" (transcript uncertain: {severity} treated as possibly critical)"
    row = matrix.get(effective) or matrix.get("standard") or MatrixRow()
    column = ("after_hours" if after_hours else "office_hours") + (
        "_cover" if after_hours_cover else "_no_cover"
    )
    action: PageAction = getattr(row, column)
    cell = f"{effective}.{column}"
    words = {
        "page": "page now",
        "office_hours": "notify in office hours",
        "none": "no notification",
    }
    return MatrixDecision(action, effective, cell, f"{cell} -> {words[action]}{why}")
