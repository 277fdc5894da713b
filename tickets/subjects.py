"""Subjects: the case tag "[FD-123]" and the normalised subject used for fallback threading."""

from __future__ import annotations

import functools
import re
from typing import Any

from sqlalchemy import Table, bindparam
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from storage.models import TicketNumber
from storage.rows import core

# Reply/forward prefixes in the languages our customers write (and their mail clients):
# RE/AW (de)/SV (no, sv)/Antw, Antwoord (nl)/FW/FWD/WG (de)/VS (no: videresendt)/
# Doorst (nl: doorgestuurd)/TR (fr: transfert), optionally counted "Re[2]:" or "RE(2):".
_PREFIX = re.compile(
    r"^\s*(?:re|aw|sv|antw|antwoord|fw|fwd|wg|vs|doorst|tr|ref)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*",
    re.IGNORECASE,
)
# Tags that gateways put in front: "[EXTERNAL]", "[EXT]", "EXTERNAL:", "[Extern]".
_GATEWAY_TAG = re.compile(r"^\s*(?:\[(?:external|extern|ext)\]|external\s*:)\s*", re.IGNORECASE)


def case_label(prefix: str, number: int) -> str:
    return f"{prefix}-{number}"


def format_tag(prefix: str, number: int) -> str:
    return f"[{case_label(prefix, number)}]"


def _tag_pattern(prefix: str) -> re.Pattern[str]:
    return re.compile(r"\[\s*" + re.escape(prefix) + r"\s*[-#: ]?\s*(\d{1,9})\s*\]", re.IGNORECASE)


def parse_tag(subject: str | None, prefix: str) -> int | None:
    """The case number in a subject tag ("Re: [FD-12] ..." -> 12), or None."""
    if not subject:
        return None
    match = _tag_pattern(prefix).search(subject)
    return int(match.group(1)) if match else None


def parse_case(value: str, prefix: str) -> int | None:
    """ "FD-12", "fd12", "[FD-12]", "#12" or "12" -> 12; None if it is none of those."""
    text = value.strip().strip("[]#").strip()
    match = re.fullmatch(re.escape(prefix) + r"\s*[-#: ]?\s*(\d{1,9})", text, re.IGNORECASE)
    if match:
        return int(match.group(1))
    return int(text) if text.isdigit() else None


def strip_tag(subject: str, prefix: str) -> str:
    return _tag_pattern(prefix).sub(" ", subject)


def normalise_subject(subject: str | None, prefix: str = "FD") -> str:
    """Subject without reply/forward prefixes (and their stacks), gateway tags and our case
    tag, whitespace collapsed, case folded: what two mails of one conversation share."""
    text = " ".join((subject or "").split())
    text = strip_tag(text, prefix)
    while True:
        stripped = _GATEWAY_TAG.sub("", _PREFIX.sub("", text))
        if stripped == text:
            break
        text = stripped
    return " ".join(text.split()).casefold()


def next_case_number(session: Session, name: str) -> int:
    """Allocate the next case number from the counter row `name`, in one statement.

    INSERT ... ON CONFLICT DO UPDATE ... RETURNING creates the row on first use and
    increments it otherwise. On PostgreSQL the upsert locks the row until the transaction
    ends, so two tickets never share a number; on SQLite the transaction began with BEGIN
    IMMEDIATE (storage.db), which already serialises writers.
    """
    dialect = session.get_bind().dialect.name
    return int(core(session).execute(_next_number(dialect), {"name": name}).scalar_one())


@functools.cache
def _next_number(dialect: str) -> Any:
    """The upsert, built once per dialect (construction costs more than running it)."""
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    table = TicketNumber.__table__
    assert isinstance(table, Table)
    return (
        insert(table)
        .values(name=bindparam("name"), last=1)
        .on_conflict_do_update(index_elements=[table.c.name], set_={"last": table.c.last + 1})
        .returning(table.c.last)
    )
