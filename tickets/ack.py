"""The acknowledgement email (RFC 3834 auto-reply), rendered in the customer's language.

Templates ship as package data (tickets/templates/ack_<lang>.txt) and can be replaced
per language from TicketsConfig.ack_templates_dir. A template's first line is
"Subject: ...", then a blank line, then the body. Placeholders ($-style, string.Template):
$tag $case $subject $name $agency $severity $response_due $after_hours_note.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from importlib import resources
from pathlib import Path

from tickets.calendar import BusinessCalendar

LANGUAGES = ("en", "nl", "de", "no")
_LANGUAGE_ALIASES = {"nb": "no", "nn": "no"}

SEVERITY_NAMES = {
    "en": {"critical": "critical", "urgent": "urgent", "standard": "standard", "low": "low"},
    "nl": {"critical": "kritiek", "urgent": "urgent", "standard": "normaal", "low": "laag"},
    "de": {"critical": "kritisch", "urgent": "dringend", "standard": "normal", "low": "niedrig"},
    "no": {"critical": "kritisk", "urgent": "haster", "standard": "normal", "low": "lav"},
}
WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "no": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
}
AFTER_HOURS_NOTE = {
    "en": "Your message arrived outside our office hours; we will handle it on the next "
    "working day, {when}.",
    "nl": "Uw bericht kwam binnen buiten onze kantooruren; wij behandelen het op de "
    "eerstvolgende werkdag, {when}.",
    "de": "Ihre Nachricht ist außerhalb unserer Geschäftszeiten eingegangen; wir bearbeiten "
    "sie am nächsten Werktag, {when}.",
    "no": "Meldingen kom utenfor kontortiden vår; vi behandler den neste arbeidsdag, {when}.",
}
NO_DEADLINE = {
    "en": "as soon as possible",
    "nl": "zo spoedig mogelijk",
    "de": "so bald wie möglich",
    "no": "så snart som mulig",
}
DEFAULT_NAME = {"en": "customer", "nl": "klant", "de": "Kundin, Kunde", "no": "kunde"}

# Headers are not folded below the RFC 5322 hard limit: the stdlib folds before an encoded
# word leaving "word \r\n =?utf-8?...", which unfolds to a double space in the subject.
POLICY = SMTP.clone(max_line_length=998)

_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def clean_header_text(value: str | None, limit: int = 200) -> str:
    """One safe line: CR/LF and other control characters become spaces (no header
    injection), whitespace collapsed, length capped."""
    text = " ".join(_CONTROL.sub(" ", value or "").split())
    return text[:limit]


def pick_language(language: str | None) -> str:
    lang = (language or "en").lower()[:2]
    lang = _LANGUAGE_ALIASES.get(lang, lang)
    return lang if lang in LANGUAGES else "en"


def format_local(t: datetime, calendar: BusinessCalendar, language: str) -> str:
    """'Monday 23-11-2026 16:29 (Europe/Amsterdam, CET)' in the customer's zone and words."""
    local = calendar.local(t)
    day = WEEKDAYS[language][local.weekday()]
    return f"{day} {local:%d-%m-%Y %H:%M} ({calendar.timezone}, {local.tzname()})"


def load_template(language: str, override_dir: str | None) -> str:
    if override_dir:
        path = Path(override_dir) / f"ack_{language}.txt"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return (resources.files("tickets") / "templates" / f"ack_{language}.txt").read_text(
        encoding="utf-8"
    )


@dataclass(frozen=True)
class RenderedAck:
    message: EmailMessage
    message_id: str  # without <>
    subject: str
    body: str

    def as_text(self) -> str:
        """The full RFC 5322 message with CRLF line ends (what goes over SMTP)."""
        return self.message.as_string(policy=POLICY)


def render_ack(
    *,
    language: str | None,
    case: str,
    tag: str,
    severity: str,
    subject: str,
    name: str | None,
    to_address: str,
    from_address: str,
    agency: str,
    response_due: datetime | None,
    after_hours: bool,
    next_office_open: datetime | None,
    calendar: BusinessCalendar,
    in_reply_to: str | None,
    references: tuple[str, ...],
    now: datetime,
    templates_dir: str | None = None,
) -> RenderedAck:
    """Render one acknowledgement. Pure apart from the template files and make_msgid."""
    lang = pick_language(language)
    note = ""
    # Seed 003: after hours only a critical failure is handled at once; tell everyone
    # else when we will pick it up.
    if after_hours and severity != "critical" and next_office_open is not None:
        note = (
            "\n"
            + AFTER_HOURS_NOTE[lang].format(when=format_local(next_office_open, calendar, lang))
            + "\n"
        )
    values = {
        "tag": tag,
        "case": case,
        "subject": clean_header_text(subject) or "-",
        "name": clean_header_text(name) or DEFAULT_NAME[lang],
        "agency": clean_header_text(agency),
        "severity": SEVERITY_NAMES[lang].get(severity, severity),
        "response_due": format_local(response_due, calendar, lang)
        if response_due
        else NO_DEADLINE[lang],
        "after_hours_note": note,
    }
    rendered = string.Template(load_template(lang, templates_dir)).safe_substitute(values)
    head, _, body = rendered.partition("\n\n")
    subject_line = head.strip()
    if subject_line.lower().startswith("subject:"):
        subject_line = subject_line[len("subject:") :]
    final_subject = clean_header_text(subject_line, limit=900)

    from_addr = clean_header_text(from_address)
    domain = from_addr.rsplit("@", 1)[-1] if "@" in from_addr else "localhost"
    message_id = make_msgid(domain=domain)
    msg = EmailMessage(policy=POLICY)
    msg["From"] = Address(clean_header_text(agency), addr_spec=from_addr)
    msg["To"] = Address(clean_header_text(name), addr_spec=clean_header_text(to_address))
    msg["Subject"] = final_subject
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = message_id
    refs = [clean_header_text(r, 998).strip("<>") for r in references if r]
    if in_reply_to:
        irt = clean_header_text(in_reply_to, 998).strip("<>")
        msg["In-Reply-To"] = f"<{irt}>"
        if irt not in refs:
            refs.append(irt)
    if refs:
        msg["References"] = " ".join(f"<{r}>" for r in refs[-10:])
    # RFC 3834: mark it auto-replied, so other responders do not answer it.
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"
    msg["Precedence"] = "auto_reply"
    msg.set_content(body.strip() + "\n", charset="utf-8", cte="quoted-printable")
    msg["Content-Language"] = lang  # after set_content, which replaces Content-* headers
    return RenderedAck(msg, message_id.strip("<>"), final_subject, body)
