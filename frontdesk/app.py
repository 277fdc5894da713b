"""The application object: everything a worker needs, built once per process."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import structlog

from classifiers import RuleSet
from frontdesk.config import Settings
from frontdesk.errors import UserError
from frontdesk.schema import ensure_migrated
from notify import Pager
from storage.db import Database, DatabaseUrlError
from tickets import TicketDesk

if TYPE_CHECKING:
    from ingest.transcribe import Transcriber

log = structlog.get_logger("frontdesk.app")


@dataclass
class App:
    settings: Settings
    db: Database
    desk: TicketDesk
    pager: Pager
    _rules: RuleSet | None = field(default=None, repr=False)
    _transcriber: Transcriber | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    # Its own lock: the transcriber's is held for seconds while the Whisper model loads.
    _rules_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def build(
        cls,
        settings: Settings,
        *,
        require_migrated: bool = True,
        classifies: bool = True,
        sync_each_commit: bool = True,
    ) -> App:
        """Everything a worker needs. `classifies=False` leaves the classifier rules to be
        loaded on first use: the daemon's intake process, when worker processes do the
        classifying, never pays the second of CPU they take while its workers start."""
        try:
            db = Database(
                settings.database.url,
                echo=settings.database.echo,
                busy_timeout_ms=settings.database.busy_timeout_ms,
                sync_each_commit=sync_each_commit,
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
        app = cls(settings=settings, db=db, desk=desk, pager=pager)
        if classifies:
            app.rules  # noqa: B018 (load them now: a broken rule file stops start-up)
        return app

    @property
    def rules(self) -> RuleSet:
        """The classifier rules of the current settings, loaded once on first use."""
        rules = self._rules
        if rules is None:
            with self._rules_lock:
                if self._rules is None:
                    classifier = self.settings.classifier
                    self._rules = classifier.load_rules()
                rules = self._rules
        return rules

    @rules.setter
    def rules(self, rules: RuleSet) -> None:
        self._rules = rules

    def transcriber(self) -> Transcriber:
        """The Whisper model, loaded once per process on first use: a worker process's
        first recording (with `worker.processes = 0`, the daemon's start)."""
        with self._lock:
            if self._transcriber is None:
                from ingest.transcribe import get_transcriber

                started = time.monotonic()
                self._transcriber = get_transcriber(self.settings.transcription)
                log.info(
                    "whisper model loaded",
                    model=self.settings.transcription.model,
                    seconds=round(time.monotonic() - started, 2),
                )
            return self._transcriber

    def close(self) -> None:
        self.db.dispose()
