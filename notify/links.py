"""Signed, expiring acknowledgement links. Pure: the secret and the time are arguments
(`link_secret` only picks the key: the configured one, or this process's random one).

token = "<ticket_id>.<action>.<expiry unix seconds>.<signature>", where the signature is
HMAC-SHA256 over "ticket_id:action:expiry" with the configured secret, truncated to
128 bits (RFC 2104 allows truncation to half the output) so the link fits an SMS.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # frontdesk.config imports notify.config: no runtime import back
    from frontdesk.config import HttpConfig

# "ack" lets the holder acknowledge or resolve the ticket from the link page.
ACTIONS = ("ack",)
_SIG_BYTES = 16


_PROCESS_SECRET = secrets.token_urlsafe(32)


def link_secret(http: HttpConfig) -> str:
    """The key acknowledgement links are signed with: the configured one, or with none a
    per-process key (links then die on restart, not on a config reload; the config check
    says so). The daemon hands its key to its worker processes, so theirs are its own."""
    return http.secret or _PROCESS_SECRET


class BadLink(Exception):
    """The link is malformed, forged, or expired (the message says which)."""


@dataclass(frozen=True)
class LinkClaim:
    ticket_id: int
    action: str
    expires_at: datetime


def _signature(secret: str, ticket_id: int, action: str, expiry: int) -> str:
    mac = hmac.new(secret.encode(), f"{ticket_id}:{action}:{expiry}".encode(), hashlib.sha256)
    return base64.urlsafe_b64encode(mac.digest()[:_SIG_BYTES]).rstrip(b"=").decode()


def make_token(secret: str, ticket_id: int, action: str, *, now: datetime, ttl: timedelta) -> str:
    if not secret:
        raise ValueError("an empty secret cannot sign links")
    if action not in ACTIONS:
        raise ValueError(f"unknown link action {action!r}")
    expiry = int((now + ttl).timestamp())
    return f"{ticket_id}.{action}.{expiry}.{_signature(secret, ticket_id, action, expiry)}"


def verify_token(secret: str, token: str, *, now: datetime) -> LinkClaim:
    """The claim of a genuine, unexpired token; BadLink otherwise."""
    parts = token.split(".")
    if len(parts) != 4:
        raise BadLink("malformed link")
    raw_id, action, raw_expiry, signature = parts
    try:
        ticket_id = int(raw_id)
        expiry = int(raw_expiry)
    except ValueError:
        raise BadLink("malformed link") from None
    expected = _signature(secret, ticket_id, action, expiry)
    if not secret or not hmac.compare_digest(expected.encode(), signature.encode()):
        raise BadLink("bad signature")
    if action not in ACTIONS:
        raise BadLink("unknown action")
    expires_at = datetime.fromtimestamp(expiry, UTC)
    if now >= expires_at:
        raise BadLink("link expired")
    return LinkClaim(ticket_id, action, expires_at)


def ack_url(public_url: str, token: str) -> str:
    return f"{public_url.rstrip('/')}/ack/{token}"
