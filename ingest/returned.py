"""The message a bounce or report returns: its Message-ID and subject. Pure, no I/O.

A delivery-status report (RFC 3464) seldom says In-Reply-To: the message it reports on is
inside it, as a `message/rfc822` part (Exchange, Gmail, Postfix by default), its headers
alone as `text/rfc822-headers` (Postfix with RET=HDRS, Sendmail, most MTAs for large
mail), or their RFC 6533 forms `message/global`, `message/global-headers`. A read receipt
(RFC 8098) names it in its `message/disposition-notification` part (Original-Message-ID).
Older MTAs send plain text instead (Exim's "------ This is a copy of the message,
including all the headers. ------", qmail's "--- Below this line is a copy of the
message.", Sendmail's "----- Original message follows -----"): the headers are quoted
in the body, and are found here as the first block of header lines that names the
Message-ID or Subject of a mail.

`returned_message(parsed)` reads whichever is there; the pipeline asks it only of mail
already found automated, and the ticket desk looks the Message-ID up among the mail we
sent (a bounce of our acknowledgement is logged on its ticket).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message
from email.parser import HeaderParser

from ingest.parse import _angle_id, _decoded_header, _safe_str, clean_header_value

# Parts a report carries the returned message (or its headers) in, as a parsed message.
_MESSAGE_PARTS = ("message/rfc822", "message/global", "message/global-headers")
# The same as text: headers only, to be parsed here.
_HEADER_TEXT_PARTS = ("text/rfc822-headers", "text/rfc822-header")
_NOTIFICATION = "message/disposition-notification"

# How much of a plain bounce's text is searched for the quoted headers, and how many
# parts of a message are looked at: a bounce is small, a crafted message is not.
MAX_TEXT_CHARS = 256 * 1024
MAX_PARTS = 200

_FIELD_LINE = re.compile(r"[A-Za-z][A-Za-z0-9-]*[ \t]*:")
_CONTINUATION = re.compile(r"[ \t]+\S")
# Fields of a mail's own header: a block with two of them (one a Message-ID or Subject) is
# taken for the returned mail's header, not for the report's lines ("Reporting-MTA: ...").
_MAIL_FIELDS = frozenset(
    {
        "return-path",
        "received",
        "from",
        "sender",
        "to",
        "cc",
        "reply-to",
        "subject",
        "date",
        "message-id",
        "in-reply-to",
        "references",
        "mime-version",
        "content-type",
        "auto-submitted",
    }
)


@dataclass(frozen=True)
class Returned:
    """What a report or bounce says of the message it returns."""

    message_id: str | None  # without <>
    subject: str
    found_in: str  # the part's content type, or "quoted in the text"


def returned_message(msg: Message) -> Returned | None:
    """The returned message's Message-ID and subject, or None when the mail carries none."""
    texts: list[str] = []
    for part in _leaves(msg):
        ctype = part.get_content_type()
        found: Returned | None = None
        if ctype in _MESSAGE_PARTS:
            inner = part.get_payload()
            if isinstance(inner, list) and inner and isinstance(inner[0], Message):
                found = _from_headers(inner[0], ctype)
        elif ctype in _HEADER_TEXT_PARTS:
            found = _from_headers(HeaderParser().parsestr(_text_of(part).lstrip()), ctype)
        elif ctype == _NOTIFICATION:
            found = _from_notification(part)
        elif ctype == "text/plain":
            texts.append(_text_of(part))
        if found is not None:
            return found
    for text in texts:
        found = _from_quoted_text(text)
        if found is not None:
            return found
    return None


def _leaves(msg: Message) -> Iterator[Message]:
    """The parts of `msg` in order, multiparts opened; a message/* part is one leaf (its
    own parts are the returned message's, not the report's)."""
    stack = [msg]
    seen = 0
    while stack and seen < MAX_PARTS:
        part = stack.pop()
        seen += 1
        if part.get_content_maintype() == "multipart" and part.is_multipart():
            children = part.get_payload()
            if isinstance(children, list):
                stack.extend(reversed([c for c in children if isinstance(c, Message)]))
            continue
        yield part


def _text_of(part: Message) -> str:
    try:
        data = part.get_payload(decode=True)
    except Exception:  # a broken transfer encoding: no text
        data = None
    if not isinstance(data, bytes):
        payload = part.get_payload()
        return payload[:MAX_TEXT_CHARS] if isinstance(payload, str) else ""
    data = data[:MAX_TEXT_CHARS]
    charset = (part.get_content_charset() or "utf-8").strip('"').lower()
    try:
        return data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return data.decode("utf-8", "replace")


def _from_headers(headers: Message, found_in: str) -> Returned | None:
    message_id = _angle_id(headers.get("message-id"))
    subject = clean_header_value(_safe_str(_decoded_header(headers, "subject")))
    if message_id is None and not subject:
        return None
    return Returned(message_id, subject, found_in)


def _from_notification(part: Message) -> Returned | None:
    """A read receipt's fields are parsed as a message/* part: a header block."""
    inner = part.get_payload()
    fields = inner[0] if isinstance(inner, list) and inner else None
    if not isinstance(fields, Message):
        return None
    message_id = _angle_id(fields.get("original-message-id"))
    return Returned(message_id, "", _NOTIFICATION) if message_id else None


def _from_quoted_text(text: str) -> Returned | None:
    """The first block of header lines in a plain bounce's text that is a mail's header."""
    for block in _header_blocks(text.replace("\r\n", "\n").split("\n")):
        names = {line.split(":", 1)[0].strip().lower() for line in block if line[:1].strip()}
        mail_fields = names & _MAIL_FIELDS
        if len(mail_fields) >= 2 and mail_fields & {"message-id", "subject"}:
            parsed = HeaderParser().parsestr("\n".join(block) + "\n\n")
            return _from_headers(parsed, "quoted in the text")
    return None


def _header_blocks(lines: list[str]) -> Iterator[list[str]]:
    """Runs of lines that read as a header: a field line, then field or folded lines."""
    block: list[str] = []
    for line in lines:
        if _FIELD_LINE.match(line) or (block and _CONTINUATION.match(line)):
            block.append(line)
            continue
        if block:
            yield block
            block = []
    if block:
        yield block
