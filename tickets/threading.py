"""Which ticket a message belongs to: reply headers, then the subject tag, then a fallback.

Each finder is one query; `find_thread` tries them in order and says which one matched
(written to the timeline, so a wrong join can be explained).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, or_, select
from sqlalchemy.orm import Session

from storage.models import Message, Ticket
from storage.rows import core, first_object
from tickets.subjects import parse_tag

OPEN_STATUSES = ("open", "waiting_customer")


@dataclass(frozen=True)
class ThreadMatch:
    ticket: Ticket
    # in_reply_to | references | subject_tag | same_sender_subject | voicemail_caller, and
    # for automated mail: returned_message_id | returned_subject_tag (the bounced mail's)
    how: str


# The finders' queries, built once: constructing and hashing a statement costs more than
# running it. A NULL parameter never matches (`contact_email = NULL` is not true), so one
# statement serves a sender known by address, by phone, or both.
_BY_REPLY_IDS = select(Message.message_id, Message.ticket_id).where(
    Message.message_id.in_(bindparam("ids", expanding=True)),
    Message.ticket_id.is_not(None),
    Message.id != bindparam("exclude_pk"),
)
_BY_NUMBER = select(Ticket.id).where(Ticket.number == bindparam("number"))
_BY_OUR_MESSAGE_ID = (
    select(Message.ticket_id)
    .where(
        Message.message_id == bindparam("message_id"),
        Message.direction == "out",
        Message.ticket_id.is_not(None),
    )
    .limit(1)
)
# The statuses as OR-ed equalities, not IN: SQLAlchemy renders a literal IN list as an
# "expanding" parameter and re-renders the SQL string on every execution, and this query
# runs for nearly every message (bench/worker_instructions.py: 0.11 M instructions less).
_OPEN = or_(*(Ticket.status == status for status in OPEN_STATUSES))
_NEWEST_OPEN = (
    select(Ticket.id)
    .where(_OPEN, Ticket.updated_at >= bindparam("since"))
    .order_by(Ticket.updated_at.desc(), Ticket.id.desc())
    .limit(1)
)
_BY_SENDER_AND_SUBJECT = _NEWEST_OPEN.where(
    or_(Ticket.contact_email == bindparam("email"), Ticket.contact_phone == bindparam("phone")),
    Ticket.normalized_subject == bindparam("subject"),
)
_BY_VOICEMAIL_CALLER = _NEWEST_OPEN.where(
    Ticket.contact_phone == bindparam("phone"), Ticket.channel == "voicemail"
)


def reply_ids(in_reply_to: str | None, references: Sequence[str]) -> list[str]:
    """Ids to look up, most specific first: In-Reply-To, then References newest first."""
    ids: list[str] = []
    for value in [in_reply_to, *reversed(tuple(references))]:
        if value:
            value = value.strip().strip("<>")
            if value and value not in ids:
                ids.append(value)
    return ids


def by_reply_headers(
    session: Session, in_reply_to: str | None, references: Sequence[str], exclude_pk: int
) -> ThreadMatch | None:
    """A message of a ticket (ours outgoing included) named in In-Reply-To/References."""
    ids = reply_ids(in_reply_to, references)
    if not ids:
        return None
    rows = core(session).execute(_BY_REPLY_IDS, {"ids": ids, "exclude_pk": exclude_pk}).all()
    found = {mid: tid for mid, tid in rows}
    for position, mid in enumerate(ids):
        if mid in found:
            how = (
                "in_reply_to"
                if position == 0 and mid == (in_reply_to or "").strip("<> ")
                else "references"
            )
            ticket = session.get(Ticket, found[mid])
            if ticket is not None:
                return ThreadMatch(ticket, how)
    return None


def by_subject_tag(
    session: Session, subject: str, prefix: str, how: str = "subject_tag"
) -> ThreadMatch | None:
    number = parse_tag(subject, prefix)
    if number is None:
        return None
    ticket = first_object(session, Ticket, _BY_NUMBER, {"number": number})
    return ThreadMatch(ticket, how) if ticket else None


def by_our_message_id(session: Session, message_id: str | None) -> ThreadMatch | None:
    """The ticket of the mail we sent (an acknowledgement) with this Message-ID: what a
    bounce returns."""
    message_id = (message_id or "").strip().strip("<>")
    if not message_id:
        return None
    row = core(session).execute(_BY_OUR_MESSAGE_ID, {"message_id": message_id}).first()
    ticket = session.get(Ticket, row[0]) if row is not None else None
    return ThreadMatch(ticket, "returned_message_id") if ticket else None


def by_sender_and_subject(
    session: Session,
    *,
    email: str | None,
    phone: str | None,
    normalized_subject: str,
    now: datetime,
    window_days: int,
) -> ThreadMatch | None:
    """Same sender (or caller), same normalised subject, an open ticket, recent enough."""
    if not normalized_subject or not (email or phone):
        return None
    ticket = first_object(
        session,
        Ticket,
        _BY_SENDER_AND_SUBJECT,
        {
            "email": email,
            "phone": phone,
            "subject": normalized_subject,
            "since": now - timedelta(days=window_days),
        },
    )
    return ThreadMatch(ticket, "same_sender_subject") if ticket else None


def by_voicemail_caller(
    session: Session, *, phone: str | None, now: datetime, join_minutes: int
) -> ThreadMatch | None:
    """Repeat voicemails from one caller within the window are one incident."""
    if not phone or join_minutes <= 0:
        return None
    ticket = first_object(
        session,
        Ticket,
        _BY_VOICEMAIL_CALLER,
        {"phone": phone, "since": now - timedelta(minutes=join_minutes)},
    )
    return ThreadMatch(ticket, "voicemail_caller") if ticket else None


def find_thread(
    session: Session,
    *,
    message_pk: int,
    channel: str,
    in_reply_to: str | None,
    references: Sequence[str],
    subject: str,
    normalized_subject: str,
    email: str | None,
    phone: str | None,
    now: datetime,
    prefix: str,
    window_days: int,
    voicemail_join_minutes: int,
) -> ThreadMatch | None:
    match = by_reply_headers(session, in_reply_to, references, message_pk)
    if match is None:
        match = by_subject_tag(session, subject, prefix)
    if channel == "voicemail":
        # A voicemail's subject is made up by the PBX ("Voicemail from ..."), so the
        # subject fallback would join every call; repeat calls join within the window.
        if match is None:
            match = by_voicemail_caller(
                session, phone=phone, now=now, join_minutes=voicemail_join_minutes
            )
        return match
    if match is None:
        match = by_sender_and_subject(
            session,
            email=email,
            phone=phone,
            normalized_subject=normalized_subject,
            now=now,
            window_days=window_days,
        )
    return match
