"""The acknowledgement email (RFC 3834 auto-reply), rendered in the customer's language.

Templates ship as package data (tickets/templates/ack_<lang>.txt) and can be replaced
per language from TicketsConfig.ack_templates_dir. A template's first line is
"Subject: ...", then a blank line, then the body. Placeholders ($-style, string.Template):
$tag $case $subject $name $agency $severity $response_due $after_hours_note.
"""

from __future__ import annotations

import functools
import quopri
import re
import string
from dataclasses import dataclass
from datetime import datetime
from email import message_from_string
from email.header import Header
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from importlib import resources
from pathlib import Path

from storage.message_ids import new_message_id
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
        try:
            stamp = path.stat().st_mtime_ns  # an edited template is read again
        except OSError:
            stamp = None
        if stamp is not None and path.is_file():
            return _read_template(str(path), stamp)
    return _shipped_template(language)


@functools.lru_cache(maxsize=64)
def _read_template(path: str, _stamp: int) -> str:
    return Path(path).read_text(encoding="utf-8")


@functools.cache
def _shipped_template(language: str) -> str:
    return (resources.files("tickets") / "templates" / f"ack_{language}.txt").read_text(
        encoding="utf-8"
    )


@dataclass(frozen=True)
class RenderedAck:
    text: str  # the full RFC 5322 message with CRLF line ends (what goes over SMTP)
    message_id: str  # without <>
    subject: str
    body: str

    def as_text(self) -> str:
        return self.text

    @property
    def message(self) -> EmailMessage:
        """The acknowledgement parsed, for a reader that wants headers and parts."""
        parsed = message_from_string(self.text, policy=POLICY)
        assert isinstance(parsed, EmailMessage)
        return parsed


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
    """Render one acknowledgement. Pure apart from the template files and its new
    Message-ID (in Frontdesk's own form: storage/message_ids.py)."""
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
    message_id = new_message_id(domain)
    headers = [
        ("From", formataddr((clean_header_text(agency), from_addr), charset="utf-8")),
        (
            "To",
            formataddr((clean_header_text(name), clean_header_text(to_address)), charset="utf-8"),
        ),
        ("Subject", _unstructured(final_subject)),
        ("Date", format_datetime(now)),
        ("Message-ID", message_id),
    ]
    refs = [clean_header_text(r, 998).strip("<>") for r in references if r]
    if in_reply_to:
        irt = clean_header_text(in_reply_to, 998).strip("<>")
        headers.append(("In-Reply-To", f"<{irt}>"))
        if irt not in refs:
            refs.append(irt)
    if refs:
        headers.append(("References", " ".join(f"<{r}>" for r in refs[-10:])))
    headers += [
        # RFC 3834: mark it auto-replied, so other responders do not answer it.
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Precedence", "auto_reply"),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'text/plain; charset="utf-8"'),
        ("Content-Transfer-Encoding", "quoted-printable"),
        ("Content-Language", lang),
    ]
    # Written out directly: every value above is one clean line (clean_header_text) or
    # RFC 2047-encoded; building an EmailMessage parsed each header again (a third of the
    # cost of filing a ticket).
    encoded = quopri.encodestring((body.strip() + "\n").encode("utf-8")).decode("ascii")
    text = "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
    text += encoded.replace("\r\n", "\n").replace("\n", "\r\n")
    return RenderedAck(text, message_id.strip("<>"), final_subject, body)


def _unstructured(value: str) -> str:
    """A header value as it goes on the wire: RFC 2047 encoded words when not ASCII."""
    if value.isascii():
        return value
    return Header(value, "utf-8", header_name="Subject").encode(linesep="\r\n")
