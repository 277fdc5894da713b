"""Acknowledging by replying: "ack" (or "resolve") as the first words of a reply. Pure.

The reply to an email page (its subject carries the case tag "[FD-12]") or a chat/SMS
answer arrives through the normal intake; the pipeline asks `ack_command(text)` and, for
a staff reply, calls `Pager.acknowledge(...)`.
"""

from __future__ import annotations

import re

_ACK = re.compile(r"^(?:ack|acked|acknowledged?|ok\s*ack|on\s+it)\b", re.IGNORECASE)
_RESOLVE = re.compile(r"^(?:resolve|resolved|fixed|closed?)\b", re.IGNORECASE)


def ack_command(text: str) -> str | None:
    """'ack', 'resolve' or None, from the first line the sender wrote (quotes skipped)."""
    for line in text.splitlines():
        stripped = line.strip().lstrip("*_").strip()
        if not stripped or stripped.startswith(">"):
            continue
        if _RESOLVE.match(stripped):
            return "resolve"
        if _ACK.match(stripped):
            return "ack"
        return None
    return None
