"""What a page says. Pure: built from a snapshot of the ticket, no database access."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

SMS_LIMIT = 160
_SEVERITY_SHORT = {"critical": "CRIT", "urgent": "URG", "standard": "STD", "low": "LOW"}


@dataclass(frozen=True)
class TicketSnapshot:
    """The fields of a Ticket row a page needs."""

    id: int
    case: str  # "FD-12"
    severity: str
    customer: str | None
    subject: str
    text: str
    channel: str  # email | voicemail
    contact_name: str | None = None
    contact_email: str | None = None
    contact_phone: str | None = None
    rules: Sequence[dict[str, Any]] = field(default_factory=tuple)
    status: str = "open"


@dataclass(frozen=True)
class PageText:
    subject: str
    body: str
    short: str  # <= 160 characters, for SMS


def first_lines(text: str, *, lines: int = 4, width: int = 300) -> str:
    kept = [line.strip() for line in text.splitlines() if line.strip()][:lines]
    joined = "\n".join(kept)
    return joined if len(joined) <= width else joined[: width - 1].rstrip() + "…"


def _rules_line(rules: Sequence[dict[str, Any]]) -> str:
    parts = []
    for rule in rules[:5]:
        rid = str(rule.get("id", "?"))
        matched = rule.get("matched")
        parts.append(f"{rid} ({matched!r})" if matched else rid)
    return ", ".join(parts) if parts else "no rule fired (default severity)"


def _contact(ticket: TicketSnapshot) -> str:
    if ticket.contact_name and ticket.contact_email:
        return f"{ticket.contact_name} <{ticket.contact_email}>"
    return ticket.contact_name or ticket.contact_email or "unknown"


def render_page(
    ticket: TicketSnapshot,
    *,
    link: str | None,
    headline: str = "",
    possibly_critical: bool = False,
    folded: int = 0,
) -> PageText:
    """The full text (email, chat, push) and the SMS form of one page.

    headline says why this message is sent now ("escalation step 2", "severity raised ...").
    """
    severity = "possibly critical" if possibly_critical else ticket.severity
    customer = ticket.customer or "unknown customer"
    # "[FD-12]" is the desk's case tag: a reply to the page ("ack") threads onto the ticket.
    subject = f"[{severity.upper()}] [{ticket.case}] {customer}: {ticket.subject}".strip()
    lines = []
    if headline:
        lines.append(headline)
        lines.append("")
    lines += [
        f"Severity:  {severity}",
        f"Case:      {ticket.case} ({ticket.channel})",
        f"Customer:  {customer}",
        f"Contact:   {_contact(ticket)}",
    ]
    if ticket.contact_phone:
        lines.append(f"Caller-ID: {ticket.contact_phone}")
    if folded:
        lines.append(f"Messages:  {folded} more about this since the first page")
    lines += [
        f"Why:       {_rules_line(ticket.rules)}",
        "",
        first_lines(ticket.text) or ticket.subject,
        "",
    ]
    if link:
        lines.append(f"Open / acknowledge: {link}")
    lines.append(f"Or reply 'ack' to this message, or run: frontdesk ack {ticket.case}")
    body = "\n".join(lines) + "\n"
    return PageText(subject, body, short_form(ticket, severity=severity, link=link, folded=folded))


def short_form(ticket: TicketSnapshot, *, severity: str, link: str | None, folded: int = 0) -> str:
    """<= 160 characters: severity, case, customer, caller, the gist, the ack link."""
    tag = _SEVERITY_SHORT.get(severity, "POSS CRIT" if "possibly" in severity else severity)
    head = f"{tag} {ticket.case} {ticket.customer or '?'}"
    if ticket.contact_phone:
        head += f" {ticket.contact_phone}"
    if folded:
        head += f" +{folded}"
    tail = f" ack: {link}" if link else " reply ACK"
    if len(head) + len(tail) > SMS_LIMIT:
        tail = " reply ACK"
    gist = " ".join((ticket.subject or ticket.text).split())
    room = SMS_LIMIT - len(head) - len(tail) - 2
    if room >= 4 and gist:
        if len(gist) > room:
            gist = gist[: room - 1].rstrip() + "…"
        text = f"{head}: {gist}{tail}"
    else:
        text = head + tail
    return text[:SMS_LIMIT]
