"""Voicemail metadata: who called, when, how long, which mailbox. Pure functions over text.

Two sources: Asterisk's spool files (``msgNNNN.txt`` beside ``msgNNNN.wav``) and the
voicemail-to-email a PBX sends (Asterisk's default template and its FreePBX/3CX variants,
plus the ``X-Asterisk-CallerID`` headers). Caller-IDs are normalised to E.164 with
phonenumbers, since that is how the caller's customer is found and how repeat calls join
one ticket.
"""

from __future__ import annotations

import configparser
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import Message
from email.utils import parsedate_to_datetime
from pathlib import PurePath

import phonenumbers

AUDIO_SUFFIXES = frozenset(
    {
        ".wav",
        ".wav49",
        ".gsm",
        ".mp3",
        ".ogg",
        ".opus",
        ".flac",
        ".m4a",
        ".amr",
        ".au",
        ".aiff",
        ".aif",
        ".webm",
    }
)

# What PBXes put in the caller-ID when there is no number to call back.
_NO_NUMBER = {"", "unknown", "anonymous", "private", "restricted", "unavailable", "<unknown>"}


@dataclass(frozen=True)
class VoicemailMeta:
    caller_id: str | None  # E.164 ("+31612345678") when parseable
    caller_name: str | None
    caller_raw: str | None  # as the PBX wrote it
    recorded_at: datetime | None  # aware, UTC
    duration_s: float | None
    mailbox: str | None
    msg_id: str | None


def normalise_number(raw: str, default_region: str = "NL") -> str | None:
    """A dialled or presented number as E.164, or None if it is not a phone number."""
    cleaned = raw.strip()
    if cleaned.lower() in _NO_NUMBER:
        return None
    # SIP URIs and PBX decorations: "sip:+3161234@pbx", "tel:+31...", "0612345678;ext=1".
    cleaned = re.sub(r"^(sips?|tel):", "", cleaned, flags=re.IGNORECASE).split("@")[0]
    cleaned = cleaned.split(";")[0]
    if not re.search(r"\d{3}", cleaned):
        return None
    try:
        number = phonenumbers.parse(cleaned, default_region.upper())
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def split_callerid(raw: str) -> tuple[str | None, str | None]:
    """'"Jan Jansen" <0612345678>' -> ("Jan Jansen", "0612345678"); also 'Name (number)'."""
    text = raw.strip()
    m = re.match(r'^\s*"?([^"<]*?)"?\s*<([^>]*)>\s*$', text)
    if m:
        return (m.group(1).strip() or None), (m.group(2).strip() or None)
    m = re.match(r"^\s*(.*?)\s*\(([+\d][\d\s\-./()]*)\)\s*$", text)  # 3CX: Name (number)
    if m:
        return (m.group(1).strip(' "') or None), m.group(2).strip()
    if re.fullmatch(r"[+\d][\d\s\-./()]*", text):
        return None, text
    return (text.strip('"') or None), None


def _caller(
    raw: str | None, name_hint: str | None, region: str
) -> tuple[str | None, str | None, str | None]:
    if raw is None or not raw.strip():
        return None, (name_hint or None), None
    name, number = split_callerid(raw)
    if name and name.lower() in _NO_NUMBER:
        name = None
    e164 = normalise_number(number, region) if number else None
    return e164, (name_hint or name), raw.strip()


def parse_duration(text: str) -> float | None:
    """'0:42' / '00:01:05' / '42' / '42 seconds' -> seconds."""
    m = re.fullmatch(r"\s*(?:(\d+):)?(\d+):(\d{1,2})\s*", text)
    if m:
        hours = int(m.group(1) or 0)
        return float(hours * 3600 + int(m.group(2)) * 60 + int(m.group(3)))
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)?\s*", text, re.IGNORECASE)
    return float(m.group(1)) if m else None


def parse_asterisk_txt(text: str, default_region: str = "NL") -> VoicemailMeta:
    """The [message] section of an Asterisk msgNNNN.txt (key=value, ';' comments)."""
    parser = configparser.ConfigParser(
        interpolation=None, strict=False, delimiters=("=",), comment_prefixes=(";", "#")
    )
    try:
        parser.read_string(text)
        section: Mapping[str, str] = parser["message"] if parser.has_section("message") else {}
    except configparser.Error:
        section = {}
    caller_id, caller_name, caller_raw = _caller(section.get("callerid"), None, default_region)
    recorded_at = None
    origtime = (section.get("origtime") or "").strip()
    if origtime.isdigit():
        recorded_at = datetime.fromtimestamp(int(origtime), UTC)
    duration = parse_duration(section.get("duration") or "")
    return VoicemailMeta(
        caller_id=caller_id,
        caller_name=caller_name,
        caller_raw=caller_raw,
        recorded_at=recorded_at,
        duration_s=duration,
        mailbox=(section.get("origmailbox") or "").strip() or None,
        msg_id=(section.get("msg_id") or "").strip() or None,
    )


# Asterisk default: "[PBX]: New message 3 in mailbox 100"; body "... left a 0:42 long
# message (number 3) in mailbox 100 from "Jan" <0612345678>, on ...".
# FreePBX: "From:\t"Jan" <0612345678>", "Length:\t42 seconds", "mailbox 100".
# 3CX: "New Voicemail from Jan Jansen (0612345678)", "Duration: 00:00:42", "Extension 100".
_MAILBOX = re.compile(r"\b(?:mailbox|extension|ext\.?|voicemail box)\s*:?\s*#?(\d+)\b", re.I)
_MSG_NUM = re.compile(r"\b(?:new message|message \(number|message number|msg)\s*#?(\d+)", re.I)
_DURATION = [
    re.compile(r"\bleft an?\s+([\d:]+)\s+long message", re.I),
    re.compile(r"\b(?:duration|length)\s*:?\s*([\d:]+(?:\s*(?:s|sec|secs|seconds))?)", re.I),
]
_CALLER = [
    re.compile(r'\bfrom\s*:?\s*("[^"\n]*"\s*<[^>\n]*>|[^<\n,]*<[^>\n]*>)', re.I),
    re.compile(
        r"\b(?:caller(?:\s*id)?|from|von|van)\s*:?\s+([^\n,(]*\([+\d][\d\s\-./()]*\))", re.I
    ),
    re.compile(r"\b(?:caller(?:\s*id)?|from|number)\s*:?\s+(\+?\d[\d\s\-./]{5,}\d)", re.I),
]


def _first(patterns: Iterable[re.Pattern[str]], *texts: str) -> str | None:
    for pattern in patterns:
        for text in texts:
            m = pattern.search(text)
            if m:
                return m.group(1).strip()
    return None


def meta_from_pbx_email(
    subject: str, body: str, headers: Mapping[str, str], default_region: str = "NL"
) -> VoicemailMeta:
    """Caller, duration, mailbox and time from a PBX's voicemail-to-email message."""
    lower = {k.lower(): v for k, v in headers.items()}
    header_number = (lower.get("x-asterisk-callerid") or "").strip()
    header_name = (lower.get("x-asterisk-calleridname") or "").strip() or None
    if header_name and header_name.lower() in _NO_NUMBER:
        header_name = None

    raw = header_number or _first(_CALLER, subject, body)
    caller_id, caller_name, caller_raw = _caller(raw, header_name, default_region)
    if caller_name is None and raw and not header_number:
        caller_name = split_callerid(raw)[0]

    duration_text = _first(_DURATION, body, subject)
    recorded_at = None
    if lower.get("date"):
        try:
            recorded_at = parsedate_to_datetime(lower["date"]).astimezone(UTC)
        except (TypeError, ValueError, IndexError):
            recorded_at = None
    mailbox = _first([_MAILBOX], subject, body)
    msg_num = _first([_MSG_NUM], subject, body)
    return VoicemailMeta(
        caller_id=caller_id,
        caller_name=caller_name,
        caller_raw=caller_raw,
        recorded_at=recorded_at,
        duration_s=parse_duration(duration_text) if duration_text else None,
        mailbox=mailbox,
        msg_id=msg_num,
    )


def is_audio_part(filename: str | None, content_type: str | None) -> bool:
    """An attachment is a voicemail recording if typed audio/* or named like one."""
    if content_type and content_type.lower().split(";")[0].strip().startswith("audio/"):
        return True
    return bool(filename) and PurePath(str(filename)).suffix.lower() in AUDIO_SUFFIXES


@dataclass(frozen=True)
class AudioPart:
    filename: str | None
    content_type: str
    data: bytes


def find_audio_parts(message: Message) -> list[AudioPart]:
    """The audio attachments of a parsed email (email.message_from_bytes(..., policy=default))."""
    found: list[AudioPart] = []
    for part in message.walk():
        if part.is_multipart():
            continue
        filename = part.get_filename()
        content_type = part.get_content_type()
        if not is_audio_part(filename, content_type):
            continue
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes) and payload:
            found.append(AudioPart(filename, content_type, payload))
    return found
