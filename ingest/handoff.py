"""What every source hands its messages to, injected by the daemon so the sources run
without the pipeline: `frontdesk.intake.accept` and `accept_many`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

AcceptFn = Callable[..., Any]
"""accept(db, raw, *, source, received_at, source_ref, meta, envelope_from, envelope_to)."""

# Several messages in one transaction, all or none: (db, items) -> one result per item.
AcceptManyFn = Callable[[Any, Sequence[dict[str, Any]]], list[Any]]
