"""What the pipeline hands the desk (IncomingMessage) and what it gets back (Filing)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal


@dataclass(frozen=True)
class IncomingMessage:
    message_pk: int
    channel: Literal["email", "voicemail"]
    message_id: str | None  # without <>
    in_reply_to: str | None
    references: tuple[str, ...]
    sender_email: str | None
    sender_name: str | None
    caller_id: str | None  # E.164
    subject: str
    text: str  # new text of the body, or the transcript
    received_at: datetime
    severity: str
    language: str | None
    rules: tuple[dict[str, Any], ...] = ()  # {"id", "level", "field", "matched"}
    automated: str | None = None  # why it is automated; then never a ticket or an ack
    # What an automated report says of the message it returns (a bounce of our
    # acknowledgement): its Message-ID (without <>) and subject, from the returned headers.
    returned_message_id: str | None = None
    returned_subject: str | None = None
    uncertain: bool = False
    warnings: tuple[str, ...] = ()
    attachments: tuple[dict[str, Any], ...] = ()
    duration_s: float | None = None


@dataclass(frozen=True)
class Filing:
    action: Literal["created", "updated", "duplicate", "ignored"]
    ticket_id: int | None = None
    case: str | None = None
    customer_id: str | None = None
    severity: str | None = None  # the ticket's, after this message
    previous_severity: str | None = None  # set when this message raised it
    response_due: datetime | None = None
    fix_due: datetime | None = None
    after_hours: bool = False
    next_office_open: datetime | None = None
    has_package: bool = False
    after_hours_cover: bool = False
    staff_reply: bool = False
    ack_queued: bool = False
    reason: str | None = None
    contact: str | None = None
    caller_id: str | None = None
    # The ticket object itself, held so the session keeps it: its identity map holds
    # objects weakly, and the pager would otherwise read the row we just wrote again.
    ticket: Any = field(default=None, repr=False, compare=False)
