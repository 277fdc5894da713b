"""Is this mail sent by a machine (auto-reply, bounce, list, our own loop)? Header logic only."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Protocol

from storage.message_ids import frontdesk_domain


class HeaderView(Protocol):
    def get(self, name: str, default: None = None) -> object: ...


# What an auto-reply's subject says it is, in our four languages.
_OOO_PHRASES = r"""
    out\s+of\s+(the\s+)?office | automatic\s+reply | auto(matic)?[-\s]?reply | autoreply |
    away\s+from\s+(the\s+)?office | on\s+(annual\s+)?leave | on\s+vacation |
    afwezig(heids(bericht|melding))? | automatisch\s+antwoord | niet\s+op\s+kantoor |
    buiten\s+kantoor | met\s+vakantie |
    abwesenheit(snotiz|smeldung)? | automatische\s+antwort | nicht\s+im\s+(büro|buero|haus) |
    außer\s+haus | ausser\s+haus | im\s+urlaub |
    fravær(smelding)? | fraværsmelding | automatisk\s+svar | ikke\s+på\s+kontoret | på\s+ferie
"""
# An auto-reply says so at the start of its subject: as the prefix it puts before the
# subject it answers ("Automatic reply: Re: checkout broken", "Afwezig: ..."), as the whole
# subject ("Afwezigheidsmelding", "Out of office until 3 January"), or as Lotus Notes'
# "AUTO: James Cole is out of the office (returning ...)". The same words inside a subject
# a person wrote are that person's ("Site down while we are on vacation?", "Shop offline,
# bin im Urlaub, bitte Kollegen anrufen"): that mail must become a ticket, not be ignored.
_OOO_LOTUS = r"^\s*auto:\s*([\w.'’-]+\s+){0,4}?(is|am)\s+(currently\s+)?"
_OOO_START = (
    r"^\s*(auto:\s*)?((i\s+am|i'm|ik\s+ben|ich\s+bin|jeg\s+er)\s+)?"
    r"(currently\s+|momenteel\s+|zurzeit\s+|derzeit\s+|for\s+tiden\s+)?"
)
_OOO_END = r"\s*($|[:(\d]|(until|till|through|tot|bis|til|returning|back|zurück|terug|tilbake)\b)"
_OOO_SUBJECT = re.compile(
    f"{_OOO_LOTUS}({_OOO_PHRASES}){_OOO_END} | {_OOO_START}({_OOO_PHRASES}){_OOO_END}",
    re.IGNORECASE | re.VERBOSE,
)
_BOUNCE_SUBJECT = re.compile(
    r"(undeliverable|undelivered\s+mail|delivery\s+status\s+notification|"
    r"mail\s+delivery\s+(failed|failure|subsystem)|returned\s+mail|failure\s+notice|"
    r"onbestelbaar|unzustellbar|kunne\s+ikke\s+leveres|non\s+remis)",
    re.IGNORECASE,
)
_DAEMON_SENDER = re.compile(r"^(mailer-daemon|postmaster|mail-daemon)@|<>", re.IGNORECASE)


def _get(headers: Mapping[str, str] | HeaderView, name: str) -> str:
    """Case-insensitive header lookup on a dict or an email.message.Message."""
    value = headers.get(name)
    if value is None and isinstance(headers, Mapping):
        lowered = name.lower()
        for key, v in headers.items():
            if key.lower() == lowered:
                value = v
                break
    return "" if value is None else str(value).strip()


def detect_automated(
    headers: Mapping[str, str] | HeaderView,
    sender: str | None,
    subject: str,
    own_message_id_domains: Sequence[str] = (),
) -> str | None:
    """A reason string when a machine sent this mail, else None.

    "our own message" is a Message-ID in the form Frontdesk gives the mail it sends
    (storage/message_ids.py) at one of `own_message_id_domains`; any other Message-ID at
    those domains is a person's (a staff member's reply), not ours. It is looked at first:
    our own acknowledgement also says Auto-Submitted, and "our own message" is the more
    exact reason. (The pipeline also asks the database whether a Message-ID at those
    domains is one we stored as sent; that is no business of this pure function.)
    """
    ours = frontdesk_domain(_get(headers, "message-id")) if own_message_id_domains else None
    if ours is not None and ours in (d.strip().lstrip("@").lower() for d in own_message_id_domains):
        return "our own message"
    auto_submitted = _get(headers, "auto-submitted").lower()
    if auto_submitted and auto_submitted != "no":
        return f"auto-submitted: {auto_submitted.split(';')[0].strip()}"
    content_type = _get(headers, "content-type").lower()
    if content_type.startswith("multipart/report") or "delivery-status" in content_type:
        return "delivery-status report"
    sender_l = (sender or "").strip().lower()
    from_l = _get(headers, "from").lower()
    return_path = _get(headers, "return-path")
    if _DAEMON_SENDER.search(sender_l) or re.search(r"mailer-daemon|postmaster@", from_l):
        return "mailer-daemon bounce"
    if return_path == "<>" and _BOUNCE_SUBJECT.search(subject):
        return "mailer-daemon bounce"
    for name in ("x-autoreply", "x-autorespond", "x-autoresponder", "x-auto-response-suppress"):
        value = _get(headers, name).lower()
        if value and name != "x-auto-response-suppress":
            return f"{name}: {value}"
    precedence = _get(headers, "precedence").lower()
    if precedence in ("bulk", "list", "junk", "auto_reply"):
        return f"precedence: {precedence}"
    if _get(headers, "list-id") or _get(headers, "list-unsubscribe"):
        return "list mail"
    if _OOO_SUBJECT.search(subject):
        return "out-of-office subject"
    if _BOUNCE_SUBJECT.search(subject) and re.search(
        r"daemon|postmaster|mailer", from_l + sender_l
    ):
        return "mailer-daemon bounce"
    return None
