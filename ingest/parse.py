"""Raw bytes → Inbound: a pure function, no I/O.

The stdlib parser builds the tree; mail-parser decodes the subject (RFC 2047 words in
wrong or unknown charsets); parts, addresses and attachments are taken from the tree
here, so their bytes and names are exact. Nothing here raises on
odd mail except `NotAnEmail` (input that is not a message at all, or a header block too
large to be honest); everything else becomes a warning on the result.
"""

from __future__ import annotations

import email
import email.utils
import html
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from email.message import Message
from pathlib import PurePosixPath, PureWindowsPath

import nh3
from mailparser.utils import get_header

# Header blocks above this are refused: no real client writes them, and they are a
# memory and log-flooding risk.
MAX_HEADER_BYTES = 256 * 1024

AUDIO_EXTENSIONS = {".wav", ".mp3", ".gsm", ".ogg", ".oga", ".opus", ".m4a", ".aac", ".flac"}

# Headers that identify a message as mail (at least one must be present).
_MAIL_HEADERS = {
    "from",
    "to",
    "subject",
    "date",
    "message-id",
    "received",
    "return-path",
    "mime-version",
    "content-type",
    "sender",
    "reply-to",
    "delivered-to",
}
# RFC 5322 field names; obsolete syntax (RFC 2822 4.5) allows white space before the colon.
_HEADER_LINE = re.compile(rb"^[!-9;-~]+[ \t]*:")

logging.getLogger("mailparser").setLevel(logging.CRITICAL)


class NotAnEmail(ValueError):
    """The input cannot be treated as an email; the message says why, in one line."""


@dataclass(frozen=True)
class Part:
    filename: str  # sanitised, never empty
    content_type: str
    data: bytes
    is_audio: bool


@dataclass(frozen=True)
class Inbound:
    message_id: str | None
    in_reply_to: str | None
    references: tuple[str, ...]
    sender: str | None  # lower-case address
    sender_name: str | None
    to: tuple[str, ...]
    cc: tuple[str, ...]
    subject: str
    date: datetime | None
    text: str  # the plain body; HTML converted to text when there is no plain part
    html_only: bool
    attachments: tuple[Part, ...]
    headers: Message = field(repr=False)
    content_type: str
    warnings: tuple[str, ...] = ()

    @property
    def audio(self) -> tuple[Part, ...]:
        return tuple(p for p in self.attachments if p.is_audio)


def parse_email(raw: bytes) -> Inbound:
    warnings: list[str] = []
    if not raw.strip():
        raise NotAnEmail("empty input")
    _check_looks_like_mail(raw)
    if b"\x00" in raw:
        warnings.append("NUL bytes removed before parsing")
        raw = raw.replace(b"\x00", b"")
    raw = _repair_obsolete_field_names(raw)
    try:
        # The stdlib tree is all we walk; mail-parser's own full parse (bodies, attachments,
        # received chains, JSON views) cost more than the rest of processing together, so
        # only its header decoding is used (below).
        msg: Message = email.message_from_bytes(raw)
    except RecursionError:  # a crafted, deeply nested multipart
        raise NotAnEmail("unparseable message: MIME nesting too deep") from None
    except Exception as exc:  # none may escape
        raise NotAnEmail(f"unparseable message: {type(exc).__name__}: {exc}") from None
    for defect in msg.defects:
        warnings.append(f"MIME defect: {type(defect).__name__}")

    sender_name, sender = _first_address(msg, "from")
    if sender is None:
        sender_name, sender = _first_address(msg, "sender")
        if sender is None:
            warnings.append("no usable From address" if msg.get("from") else "no From address")

    attachments, text_parts, html_parts = _walk(msg, warnings)
    text = "\n\n".join(t for t in text_parts if t.strip())
    html_only = False
    if not text.strip() and html_parts:
        text = "\n\n".join(html_to_text(h) for h in html_parts)
        html_only = True

    return Inbound(
        message_id=_angle_id(msg.get("message-id")),
        in_reply_to=_angle_id(msg.get("in-reply-to")),
        references=tuple(_all_ids(msg.get("references"))),
        sender=sender,
        sender_name=sender_name,
        to=tuple(a for _, a in _addresses(msg, "to")),
        cc=tuple(a for _, a in _addresses(msg, "cc")),
        subject=clean_header_value(_safe_str(_decoded_header(msg, "subject"))),
        date=_date(msg.get("date")),
        text=_normalise_text(text),
        html_only=html_only,
        attachments=tuple(attachments),
        headers=msg,
        content_type=msg.get_content_type(),
        warnings=tuple(dict.fromkeys(warnings)),
    )


def _check_looks_like_mail(raw: bytes) -> None:
    head, sep, _ = raw.partition(b"\r\n\r\n")
    if not sep:
        head, sep, _ = raw.partition(b"\n\n")
    if len(head) > MAX_HEADER_BYTES:
        raise NotAnEmail(
            f"header block is {len(head)} bytes, over the {MAX_HEADER_BYTES} byte limit"
        )
    names = set()
    for line in head.splitlines()[:200]:
        if _HEADER_LINE.match(line):
            names.add(line.split(b":", 1)[0].strip().decode("ascii", "replace").lower())
    if not names & _MAIL_HEADERS:
        first = head[:40].decode("latin-1").encode("unicode_escape").decode("ascii")
        raise NotAnEmail(f"not an email: no mail headers (starts with {first!r})")


_OBS_FIELD = re.compile(rb"^([!-9;-~]+)[ \t]+:", re.MULTILINE)


def _repair_obsolete_field_names(raw: bytes) -> bytes:
    """`From  : x` (RFC 2822 obsolete syntax) → `From: x`, in the header block only.

    The stored raw bytes are untouched; this is only what the parser sees.
    """
    head, sep, body = raw.partition(b"\r\n\r\n")
    if not sep:
        head, sep, body = raw.partition(b"\n\n")
    fixed = _OBS_FIELD.sub(rb"\1:", head)
    return raw if fixed == head else fixed + sep + body


def _walk(msg: Message, warnings: list[str]) -> tuple[list[Part], list[str], list[str]]:
    attachments: list[Part] = []
    texts: list[str] = []
    htmls: list[str] = []
    for index, part in enumerate(msg.walk()):
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        disposition = part.get_content_disposition()
        filename = part.get_filename()
        if ctype.startswith("multipart/"):
            # A multipart whose boundary is missing: its payload is the best text we have.
            ctype = "text/plain"
        if ctype in ("text/plain", "text/html") and disposition != "attachment" and not filename:
            body = _decode_text(part, warnings)
            (texts if ctype == "text/plain" else htmls).append(body)
            continue
        try:
            decoded = part.get_payload(decode=True)
        except Exception:  # a broken transfer encoding must not lose the message
            decoded = None
        if isinstance(decoded, bytes):
            data = decoded
        else:
            payload = part.get_payload()
            data = payload.encode("utf-8", "replace") if isinstance(payload, str) else b""
        name = safe_filename(_safe_str(filename) if filename else None, ctype, index)
        attachments.append(Part(name, ctype, data, is_audio_part(ctype, name)))
    return attachments, texts, htmls


def _decode_text(part: Message, warnings: list[str]) -> str:
    try:
        decoded = part.get_payload(decode=True)
    except Exception:
        decoded = None
    if not isinstance(decoded, bytes):
        payload = part.get_payload()
        return payload if isinstance(payload, str) else ""
    data: bytes = decoded
    charset = part.get_content_charset() or "us-ascii"
    try:
        return data.decode(_charset_alias(charset))
    except LookupError:
        warnings.append(f"unknown charset {charset!r}: decoded as UTF-8 with replacements")
    except UnicodeDecodeError:
        warnings.append(f"text is not valid {charset}: decoded with replacements")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("windows-1252", "replace")


def _charset_alias(charset: str) -> str:
    charset = charset.strip().strip('"').lower()
    # Mail clients write these; Python spells them differently or treats them strictly.
    return {"iso-8859-8-i": "iso-8859-8", "x-unknown": "utf-8", "unknown-8bit": "utf-8"}.get(
        charset, charset
    )


_WHITESPACE = re.compile(r"\s+")
_BLOCK_TAGS = re.compile(r"(?i)<\s*(br|/p|/div|/li|/tr|/h[1-6]|/blockquote|/table)\b[^>]*>")


def html_to_text(markup: str) -> str:
    """Readable text from HTML: tags and scripts removed, block ends become line breaks.

    Line breaks in the markup are only layout of the source (a browser shows a space), so
    whitespace is collapsed first: otherwise a sentence wrapped by the sending mail client
    arrives in pieces, and "the shop is\ndown" no longer reads as one clause.
    """
    markup = _WHITESPACE.sub(" ", markup)
    markup = _BLOCK_TAGS.sub("\n", markup)
    cleaned = nh3.clean(markup, tags=set(), clean_content_tags={"script", "style", "head"})
    return "\n".join(line.strip() for line in html.unescape(cleaned).split("\n"))


def _normalise_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    out = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", out).strip()


def is_audio_part(content_type: str, filename: str) -> bool:
    return content_type.startswith("audio/") or PurePosixPath(filename).suffix.lower() in (
        AUDIO_EXTENSIONS
    )


_UNSAFE = re.compile(r"[^\w.\- ()+,=@]", re.UNICODE)


def safe_filename(name: str | None, content_type: str, index: int) -> str:
    """A name that is safe on any filesystem: no path, no control characters, bounded."""
    if name:
        name = PureWindowsPath(PurePosixPath(name.replace("\x00", "")).name).name
        name = unicodedata.normalize("NFC", name)
        name = _UNSAFE.sub("_", name).strip(" .")
    if not name:
        ext = {"text/plain": ".txt", "text/html": ".html", "message/rfc822": ".eml"}.get(
            content_type, ""
        )
        if content_type.startswith("audio/"):
            ext = "." + content_type.split("/", 1)[1].split(";")[0].replace("x-", "")
        name = f"part-{index}{ext}"
    if len(name) > 200:
        stem, dot, ext = name.rpartition(".")
        name = (stem[:190] + dot + ext[:9]) if dot else name[:200]
    return name


def clean_header_value(value: str) -> str:
    """One line, no control characters: safe to store, log and put in a reply."""
    value = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in value)
    return " ".join(value.split())[:998]


def _decoded_header(msg: Message, name: str) -> object:
    """mail-parser's decoding of a header (RFC 2047 words, wrong or unknown charsets)."""
    try:
        return get_header(msg, name)
    except Exception:  # a header no decoder can read is no header
        return ""


def _safe_str(value: object) -> str:
    return value if isinstance(value, str) else ("" if value is None else str(value))


# A plain addr-spec: one "@", no spaces or brackets. Anything else is not used as an
# address (a reply to it would fail, or worse, go somewhere unintended).
_ADDR_SPEC = re.compile(r"[^@\s<>()\[\],;:\\\"]+@[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?", re.IGNORECASE)


def _addresses(msg: Message, name: str) -> list[tuple[str, str]]:
    values = [str(v) for v in msg.get_all(name, [])]
    out = []
    for display, addr in email.utils.getaddresses(values):
        addr = addr.strip().lower()
        if _ADDR_SPEC.fullmatch(addr):
            out.append((clean_header_value(_decode_words(display)), addr))
    if not out:
        # Malformed lists ("a@x.nl b@x.nl" without commas): take the plain addresses in it.
        for value in values:
            out.extend(("", a.lower()) for a in _ADDR_SPEC.findall(value))
    return out


def _first_address(msg: Message, name: str) -> tuple[str | None, str | None]:
    found = _addresses(msg, name)
    if not found:
        return None, None
    display, addr = found[0]
    return (display or None), addr


def _decode_words(value: str) -> str:
    try:
        return str(email.header.make_header(email.header.decode_header(value)))
    except Exception:
        return value


_ID = re.compile(r"<([^<>\s]+)>")


def _angle_id(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    match = _ID.search(text)
    if match:
        return match.group(1)[:998]
    text = clean_header_value(text).strip("<> ")
    return text[:998] or None


def _all_ids(value: object) -> list[str]:
    if value is None:
        return []
    return [m[:998] for m in _ID.findall(str(value))]


def _date(value: object) -> datetime | None:
    if value is None:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo else None


import email.header  # noqa: E402  (kept at the end: used only by _decode_words)
