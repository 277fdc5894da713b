"""notify — on-call schedules, the paging matrix, escalation, channels, ack links.

Public surface: `Pager`, `PageDecision` (see CONTRACTS.md) and `check_notify`.
"""

# The names below are imported on first use (PEP 562), not with the package: importing
# `notify.config` for the settings then costs no SQLAlchemy, rule engine or channels, and
# `frontdesk serve` can spawn its worker processes before it loads the rest.
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from notify.checks import check_notify
    from notify.pager import PageDecision, Pager

_WHERE = {
    "check_notify": "notify.checks",
    "PageDecision": "notify.pager",
    "Pager": "notify.pager",
}

__all__ = ["PageDecision", "Pager", "check_notify"]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # found in the module's dict from now on, without this call
    return value
