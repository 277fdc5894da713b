"""Sending one message over one channel: apprise URLs, plain SMTP through the relay, the log.

A channel string is an apprise URL, "smtp:addr@example.com", or "log:". Secrets in URLs
(tokens, passwords) never reach a log line or the timeline: use `redact()`.
"""

from __future__ import annotations

import logging
import re
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate
from typing import Any

import apprise
import structlog

from notify.config import RelayConfig
from storage.message_ids import new_message_id

log = structlog.get_logger()

_ACK_LINK = re.compile(r"/ack/\S+")

# Apprise plugins whose body limit is this small get the SMS form of the page.
SMS_BODY_LIMIT = 200


@dataclass(frozen=True)
class Outgoing:
    subject: str
    body: str
    short: str
    # For "ack" rows: a complete RFC 5322 message to send as is, with its envelope.
    raw_message: str | None = None
    mail_from: str | None = None
    rcpt_to: tuple[str, ...] = ()


@dataclass(frozen=True)
class Result:
    ok: bool
    error: str | None = None


def channel_kind(channel: str) -> str:
    if channel == "smtp" or channel.startswith("smtp:"):
        return "smtp"
    if channel.startswith("log:"):
        return "log"
    return "apprise"


def redact(channel: str) -> str:
    """The channel as it may be shown: apprise's privacy form, or only the scheme."""
    kind = channel_kind(channel)
    if kind in ("smtp", "log"):
        return channel
    try:
        plugin = apprise.Apprise.instantiate(channel)
    except Exception:  # apprise raises assorted errors on odd URLs
        plugin = None
    if plugin is None:
        return channel.split("://", 1)[0] + "://***"
    return str(plugin.url(privacy=True)).split("?", 1)[0]


def apprise_url_ok(url: str) -> bool:
    return bool(apprise.Apprise().add(url))


def send(channel: str, message: Outgoing, relay: RelayConfig) -> Result:
    """Try once. Never raises for delivery problems; the error text is redacted."""
    kind = channel_kind(channel)
    try:
        if kind == "log":
            # The signed ack link is a credential: the log gets the text without it.
            text = _ACK_LINK.sub("/ack/…", message.short)
            log.warning("page", subject=message.subject, text=text)
            return Result(True)
        if kind == "smtp":
            return _send_smtp(channel.partition(":")[2], message, relay)
        return _send_apprise(channel, message)
    except Exception as exc:  # a bug in a plugin must not stop the outbox
        return Result(False, _scrub(f"{type(exc).__name__}: {exc}", channel, relay))


def _scrub(text: str, channel: str, relay: RelayConfig | None = None) -> str:
    text = text.replace(channel, redact(channel))
    if relay is not None and relay.password:
        text = text.replace(relay.password, "****")
    return " ".join(text.split())[:500]


def _send_apprise(url: str, message: Outgoing) -> Result:
    notifier = apprise.Apprise()
    if not notifier.add(url):
        return Result(False, f"not a usable apprise URL: {redact(url)}")
    plugin = notifier[0]
    limit = getattr(plugin, "body_maxlen", 0) or 0
    body = message.short if 0 < limit <= SMS_BODY_LIMIT else message.body
    with apprise.LogCapture(level=logging.WARNING) as captured:
        ok = bool(notifier.notify(body=body, title=message.subject))
    if ok:
        return Result(True)
    lines = [line for line in str(captured.getvalue()).splitlines() if line.strip()]
    detail = lines[-1].split(" - ", 2)[-1] if lines else "delivery failed"
    return Result(False, _scrub(detail, url))


def _smtp_connect(relay: RelayConfig) -> smtplib.SMTP:
    assert relay.host is not None  # _send_smtp logs instead when no relay is configured
    if relay.security == "tls":
        return smtplib.SMTP_SSL(
            relay.host, relay.port, timeout=relay.timeout_s, context=ssl.create_default_context()
        )
    smtp = smtplib.SMTP(relay.host, relay.port, timeout=relay.timeout_s)
    if relay.security == "starttls":
        smtp.starttls(context=ssl.create_default_context())
    return smtp


def _send_smtp(address: str, message: Outgoing, relay: RelayConfig) -> Result:
    if relay.host is None:
        # The embedded default has no relay: the mail is written to the log, not lost.
        log.warning(
            "mail not sent: no relay configured ([relay] host)",
            to=list(message.rcpt_to) or [address],
            subject=message.subject,
        )
        return Result(True)
    try:
        with _smtp_connect(relay) as smtp:
            if relay.username and relay.password:
                smtp.login(relay.username, relay.password)
            if message.raw_message is not None:
                rcpt = list(message.rcpt_to) or [address]
                refused: dict[str, Any] = smtp.sendmail(
                    message.mail_from or relay.from_address,
                    rcpt,
                    message.raw_message.encode("utf-8"),
                )
            else:
                mail = EmailMessage()
                mail["From"] = relay.from_address
                mail["To"] = address
                mail["Subject"] = message.subject
                mail["Date"] = formatdate(localtime=False)
                mail["Message-ID"] = new_message_id(relay.from_address.rpartition("@")[2])
                mail["Auto-Submitted"] = "auto-generated"
                mail.set_content(message.body)
                refused = smtp.send_message(mail, relay.from_address, [address])
    except (OSError, smtplib.SMTPException) as exc:
        error = f"smtp {relay.host}:{relay.port}: {exc}"
        return Result(False, _scrub(error, f"smtp:{address}", relay))
    if refused:
        return Result(False, f"recipient refused: {', '.join(refused)}")
    return Result(True)
