"""The Message-IDs Frontdesk writes on the mail it sends, in one form it can recognise.

Every message Frontdesk sends (acknowledgements, email pages) gets its Message-ID from
`new_message_id`: `<frontdesk.<hex time>.<20 random hex digits>@<domain>>`. No mail client
writes that form, so a copy of our own mail that comes back (BCC'd to the support address,
a forwarding loop) is known as ours from its headers alone, while a staff member's reply
whose client wrote `<uuid@agency.example>` at the same domain is not ours: it is a reply.

Here, beside the messages table our outgoing Message-IDs are stored in, because the parts
that send mail (tickets, notify) and the part that recognises it (classifiers) all import
storage and not each other. Pure: no I/O, no SQLAlchemy.
"""

from __future__ import annotations

import re
import secrets
import time

_FORM = re.compile(r"<?frontdesk\.[0-9a-f]{1,20}\.[0-9a-f]{20}@([^<>@\s]+)>?", re.IGNORECASE)


def new_message_id(domain: str) -> str:
    """A Message-ID of ours at `domain`, with its angle brackets (a header's value)."""
    domain = domain.strip().strip("<>@") or "localhost"
    return f"<frontdesk.{time.time_ns():x}.{secrets.token_hex(10)}@{domain}>"


def frontdesk_domain(message_id: str | None) -> str | None:
    """The domain of a Message-ID in Frontdesk's form (lower case), else None."""
    match = _FORM.fullmatch((message_id or "").strip())
    return match.group(1).lower() if match else None


def domain_of(message_id: str | None) -> str | None:
    """The domain part of any Message-ID (lower case), or None when it has none."""
    text = (message_id or "").strip().strip("<>")
    local, at, domain = text.rpartition("@")
    if not (at and local):
        return None
    return domain.strip().lower() or None
