"""notify — on-call schedules, the paging matrix, escalation, channels, ack links.

Public surface: `Pager`, `PageDecision` (see CONTRACTS.md) and `check_notify`.
"""

from notify.checks import check_notify
from notify.pager import PageDecision, Pager

__all__ = ["PageDecision", "Pager", "check_notify"]
