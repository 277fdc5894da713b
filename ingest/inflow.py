"""Inflow control, after Postfix's in_flow_delay: when the pipeline falls behind, new mail waits.

The SMTP receiver can accept faster than the pipeline behind it decides (a burst, a mass
mailing to the support address, worker processes restarting). Left alone the backlog
grows, and every ticket, the critical ones too, waits behind it. So while more than
`backlog` jobs are ready to run, a sender is held at MAIL FROM until the backlog drops, for
at most `delay_s`, and is then served anyway: mail is never refused for a backlog, only
slowed, so the inflow settles at the pipeline's pace and accept -> ticket stays bounded.
SMTP senders wait minutes for a reply before they give up; a second costs them nothing.

The backlog is counted in the database (all sources and all worker processes meet there)
every `busy_interval_s` while it is over half the limit, every `idle_interval_s` otherwise,
plus what this process accepted since the last count. A held sender goes on at the first
count that finds room, so the short interval is what a held message waits at least.

Between counts the estimate only grows (what the pipeline took since is not known here), so
an estimate that passes half the limit asks for a count at once rather than at the end of
the idle interval: else a pipeline that keeps up (two jobs waiting in truth) saw every
sender held for most of a quarter second, four times a second (smtp_load, session 20:
160 of 1,328 senders held, p50 186 ms, at 132 msgs/s with the workers half idle).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable

import structlog

log = structlog.get_logger("frontdesk.inflow")


class Inflow:
    def __init__(
        self,
        backlog: int,
        delay_s: float,
        count_ready: Callable[[], int],
        *,
        # A held sender goes on at the first count that finds room: 10 ms rather than 20
        # (smtp_load, 1 worker process, quiet: holds p99 62 -> 48-50 ms, accept p99 59-65 ->
        # 53-56 ms); a count is one indexed SELECT in a thread.
        busy_interval_s: float = 0.01,
        idle_interval_s: float = 0.25,
    ) -> None:
        self.backlog = backlog
        self.delay_s = delay_s
        self.busy_interval_s = busy_interval_s
        self.idle_interval_s = idle_interval_s
        self._count_ready = count_ready
        self.ready = 0  # jobs ready at the last count, plus those accepted since
        self._counted = asyncio.Event()
        self._hurry = asyncio.Event()  # the estimate passed half the limit: count now

    def accepted(self) -> None:
        """One more job is committed (until the next count says otherwise)."""
        self.ready += 1
        if self.ready > self.backlog // 2:
            self._hurry.set()

    async def wait_for_room(self) -> float:
        """Hold a new message while the backlog is over the limit, at most delay_s.
        Returns the seconds waited (0.0 when there was room)."""
        if self.ready <= self.backlog:
            return 0.0
        started = time.monotonic()
        deadline = started + self.delay_s
        while self.ready > self.backlog:
            left = deadline - time.monotonic()
            if left <= 0:
                break
            self._counted.clear()
            try:
                await asyncio.wait_for(self._counted.wait(), left)
            except TimeoutError:
                break
        return time.monotonic() - started

    async def start(self) -> asyncio.Task[None]:
        """Count once (a restart may find a backlog waiting), then keep counting in a task;
        cancel it to stop."""
        await self._count()
        return asyncio.create_task(self._run())

    async def _run(self) -> None:
        while True:
            if self.ready > self.backlog // 2:
                await asyncio.sleep(self.busy_interval_s)
            else:
                self._hurry.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._hurry.wait(), self.idle_interval_s)
            await self._count()

    async def _count(self) -> None:
        # A count that fails (the database is away) counts as no backlog: the intake then
        # answers 451 on its own.
        try:
            self.ready = await asyncio.to_thread(self._count_ready)
        except Exception as exc:
            log.warning("inflow: cannot count the backlog", error=type(exc).__name__)
            self.ready = 0
        self._counted.set()
