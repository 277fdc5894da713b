"""The daemon's pipeline alone: N accepted 5 KB mails claimed and processed in one thread.

What `frontdesk serve`'s workers do per message (claim, read, parse, classify, file, plan
the page, record), without the intake, the GIL of other threads or the writer lock's
turns: the ceiling one worker thread can reach. Prints msgs/s and CPU ms per message.

    .venv/bin/python bench/worker_path.py [--count 600] [--postgresql] [--batch 16]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from imap_drain import make_message
from ingest_files import PG_ADMIN_URL, pg_database

from frontdesk import clock
from frontdesk.app import App
from frontdesk.config import Settings
from frontdesk.intake import accept
from frontdesk.logging import configure_logging
from frontdesk.worker import run_jobs
from storage import queue
from storage.db import Database
from storage.migrate import upgrade


def app_with_mails(url: str, mails: list[bytes]) -> App:
    """The daemon's App over a fresh database at `url`, `mails` accepted into it (as IMAP)."""
    db = Database(url)
    upgrade(db)
    db.dispose()
    app = App.build(
        Settings.model_validate(
            {"database": {"url": url}, "agency": {"domains": ["agency.example"]}}
        )
    )
    for raw in mails:
        accept(app.db, raw, source="imap", received_at=clock.now())
    return app


def drain(app: App, batch: int) -> int:
    """What a worker thread does with a backlog: claim `batch` jobs, run them, until none."""
    done = 0
    while jobs := queue.claim_many(app.db, "bench", now=clock.now(), limit=batch):
        run_jobs(app, jobs)
        done += len(jobs)
    return done


def run(url: str, count: int, batch: int) -> tuple[float, float]:
    app = app_with_mails(url, [make_message(i, 5120) for i in range(count)])
    try:
        start, cpu_start = time.perf_counter(), time.process_time()
        done = drain(app, batch)
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    finally:
        app.close()
    return done / elapsed, cpu / done * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=600)
    parser.add_argument("--postgresql", action="store_true")
    parser.add_argument(
        "--batch", type=int, default=1, help="jobs claimed and decided together (worker.batch)"
    )
    args = parser.parse_args()
    configure_logging(stream=io.StringIO())
    with contextlib.ExitStack() as stack:
        if args.postgresql:
            url = stack.enter_context(pg_database(PG_ADMIN_URL))
        else:
            url = f"sqlite:///{stack.enter_context(tempfile.TemporaryDirectory())}/bench.db"
        rate, cpu_ms = run(url, args.count, args.batch)
    name = "postgresql" if args.postgresql else "sqlite"
    print(
        f"{name:10s} {args.count} x 5 KB processed, batch {args.batch}: "
        f"{rate:.1f} msgs/s, {cpu_ms:.2f} ms CPU/msg"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
