"""What /healthz says: is the daemon doing its job, and if not, what is wrong, in a line.

Pure: the HTTP handler gathers the queue backlog and each source's own status, this
module judges them. "degraded" still answers 200 (the process is alive and accepting
mail; a load balancer must not take it out), but names every problem so the person who
was woken sees at once which mailbox or which job needs them.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from storage.queue import Backlog

# A message waiting longer than this for a worker means the workers are stuck or the
# machine cannot keep up: mail is arriving but no tickets are being filed.
STALLED_AFTER = timedelta(minutes=5)


def worker_problem(workers: dict[str, Any] | None) -> str | None:
    """No worker alive: mail is still taken in (SMTP answers 250) but nothing is filed."""
    if not workers or workers.get("alive", 1) > 0:
        return None
    if workers.get("mode") == "processes":
        exits = [
            f"{c['name']} {c['last_exit']}"
            for c in workers.get("children", [])
            if c.get("last_exit")
        ]
        return (
            f"no worker process is alive (0 of {workers.get('processes')}, "
            f"{workers.get('restarts', 0)} restart(s)"
            + (f"; last exits: {', '.join(exits)}" if exits else "")
            + "): mail is taken in but not filed"
        )
    return (
        f"no worker thread is alive (0 of {workers.get('threads')}): mail is taken in but not filed"
    )


def health_report(
    backlog: Backlog,
    sources: dict[str, Any],
    now: datetime,
    workers: dict[str, Any] | None = None,
) -> tuple[int, dict[str, Any]]:
    """(HTTP status, JSON body) for a reachable database."""
    problems: list[str] = []
    if (problem := worker_problem(workers)) is not None:
        problems.append(problem)
    if backlog.dead:
        problems.append(
            f"{backlog.dead} dead job(s): see `frontdesk jobs --state dead`, replay with "
            "`frontdesk jobs retry ID`"
        )
    waited = now - backlog.oldest_ready_at if backlog.oldest_ready_at else None
    if waited is not None and waited > STALLED_AFTER:
        problems.append(
            f"the oldest queued job has waited {int(waited.total_seconds())} s for a worker"
        )
    for poller in sources.get("imap") or []:
        if poller.get("state") == "retrying":
            problems.append(
                f"imap {poller.get('mailbox')}: not connected since {poller.get('since')}: "
                f"{poller.get('last_error') or 'unknown error'}"
            )
    body: dict[str, Any] = {
        "status": "degraded" if problems else "ok",
        "db": "ok",
        "problems": problems,
        "queue": {
            "ready": backlog.ready,
            "running": backlog.running,
            "dead": backlog.dead,
            "oldest_ready_s": round(waited.total_seconds(), 1) if waited is not None else None,
        },
        "sources": sources,
    }
    if workers:
        body["workers"] = workers
    return 200, body


def unavailable_report(
    sources: dict[str, Any], reason: str, workers: dict[str, Any] | None = None
) -> tuple[int, dict[str, Any]]:
    """The database cannot be reached: nothing can be accepted (SMTP answers 451)."""
    problems = [f"database unavailable: {reason}"]
    if (problem := worker_problem(workers)) is not None:
        problems.append(problem)
    body: dict[str, Any] = {
        "status": "error",
        "db": "unavailable",
        "problems": problems,
        "sources": sources,
    }
    if workers:
        body["workers"] = workers
    return 503, body
