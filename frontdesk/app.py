"""The application object: everything a worker needs, built once per process."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from classifiers import RuleSet, load_rules
from frontdesk.config import Settings
from frontdesk.errors import UserError
from notify import Pager
from storage.db import Database, DatabaseUrlError, one_line
from tickets import TicketDesk

if TYPE_CHECKING:
    from ingest.transcribe import Transcriber


@dataclass
class App:
    settings: Settings
    db: Database
    rules: RuleSet
    desk: TicketDesk
    pager: Pager
    _transcriber: Transcriber | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def build(cls, settings: Settings, *, require_migrated: bool = True) -> App:
        try:
            db = Database(
                settings.database.url,
                echo=settings.database.echo,
                busy_timeout_ms=settings.database.busy_timeout_ms,
            )
        except DatabaseUrlError as exc:
            raise UserError(str(exc)) from None
        if require_migrated:
            ensure_migrated(db)
        try:
            desk = TicketDesk(
                settings.agency,
                settings.tickets,
                settings.customers,
                ack_from=settings.relay.from_address,
            )
            pager = Pager(
                settings.notify,
                settings.relay,
                settings.http,
                case_prefix=settings.tickets.subject_tag_prefix,
            )
        except ValueError as exc:  # a config value the parts could not use
            raise UserError(f"{settings.source}: {exc}") from None
        return cls(
            settings=settings,
            db=db,
            rules=load_rules(settings.classifier.rule_files, settings.classifier.rules),
            desk=desk,
            pager=pager,
        )

    def transcriber(self) -> Transcriber:
        """The Whisper model, loaded once per process on first use (or at daemon start)."""
        with self._lock:
            if self._transcriber is None:
                from ingest.transcribe import get_transcriber

                self._transcriber = get_transcriber(self.settings.transcription)
            return self._transcriber

    def close(self) -> None:
        self.db.dispose()


def ensure_migrated(db: Database) -> None:
    """Refuse to run on a database the schema has not been applied to: one line, exit 2."""
    from storage.migrate import pending_message  # alembic: not imported by worker processes

    try:
        problem = pending_message(db)
    except Exception as exc:  # connection refused, unknown database, bad credentials
        raise UserError(f"cannot open database {db.where}: {one_line(exc, 300)}") from None
    if problem:
        raise UserError(problem)
