"""SMTP accepts that arrive together, committed together (a database's group commit).

Every SMTP 250 waits for the commit of its message (synced to disk: storage/db.py). While one
commit is in flight, the DATA of other sessions queue here; when it returns, the next commit
takes all of them at once: one transaction, one turn at SQLite's write lock and one sync for
the lot. A lone message is committed alone at once, so an idle server answers as fast as
before; under load each commit carries more messages instead of there being more commits.

A batch that fails with the database unreachable fails for each of its senders (451, they
retry). Any other failure of a batch (a message a concurrent process stored first, a bad
row) is retried message by message, so one bad message fails alone.
"""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy.exc import OperationalError

from ingest.handoff import AcceptFn, AcceptManyFn
from storage.db import DatabaseUnavailable


class GroupCommit:
    def __init__(self, db: Any, accept: AcceptFn, accept_many: AcceptManyFn) -> None:
        self.db = db
        self._accept = accept
        self._accept_many = accept_many
        self._waiting: list[tuple[dict[str, Any], asyncio.Future[Any]]] = []
        self._committer: asyncio.Task[None] | None = None
        self.commits = 0  # transactions run

    @property
    def waiting(self) -> int:
        """Messages waiting for the commit in flight to return."""
        return len(self._waiting)

    async def accept(self, raw: bytes, **kwargs: Any) -> Any:
        """What accept(db, raw, **kwargs) returns, once the message is committed."""
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._waiting.append(({"raw": raw, **kwargs}, future))
        if self._committer is None or self._committer.done():
            self._committer = asyncio.create_task(self._commit_waiting())
        return await future

    async def _commit_waiting(self) -> None:
        while self._waiting:
            batch, self._waiting = self._waiting, []
            try:
                await self._commit(batch)
            except BaseException:  # cancelled with the loop: no sender waits for ever
                for _, future in batch:
                    future.cancel()
                raise

    async def _commit(self, batch: list[tuple[dict[str, Any], asyncio.Future[Any]]]) -> None:
        if len(batch) > 1:
            self.commits += 1
            try:
                results = await asyncio.to_thread(
                    self._accept_many, self.db, [item for item, _ in batch]
                )
            except (DatabaseUnavailable, OperationalError) as exc:
                for _, future in batch:
                    _settle(future, exc=exc)
                return
            except Exception:
                pass  # each on its own below: a bad message fails alone
            else:
                for (_, future), result in zip(batch, results, strict=True):
                    _settle(future, result=result)
                return
        for item, future in batch:
            self.commits += 1
            fields = {k: v for k, v in item.items() if k != "raw"}
            try:
                result = await asyncio.to_thread(self._accept, self.db, item["raw"], **fields)
            except Exception as exc:
                _settle(future, exc=exc)
            else:
                _settle(future, result=result)


def _settle(
    future: asyncio.Future[Any], *, result: Any = None, exc: BaseException | None = None
) -> None:
    if future.done():  # its session went away (a cancelled DATA)
        return
    if exc is not None:
        future.set_exception(exc)
    else:
        future.set_result(result)
