"""`frontdesk jobs [--state S]` and `frontdesk jobs retry ID`: the queue and its dead letters."""

from __future__ import annotations

import argparse
import json

from frontdesk import clock
from frontdesk.cli._common import app_from
from frontdesk.errors import UserError
from storage import queue


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("jobs", help="list queued, failed and dead-lettered jobs; replay one")
    p.add_argument("--state", choices=["ready", "running", "done", "dead"], action="append")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=list_jobs)
    jsub = p.add_subparsers(dest="jobs_command", metavar="COMMAND")
    r = jsub.add_parser("retry", help="replay a dead-lettered (or waiting) job now")
    r.add_argument("job_id", type=int, metavar="ID")
    r.set_defaults(handler=retry)


def list_jobs(args: argparse.Namespace) -> int:
    app = app_from(args, classifies=False)
    states = tuple(args.state) if args.state else None
    jobs = queue.list_jobs(app.db, states=states, limit=args.limit)
    for job in jobs:
        error = (job.last_error or "").splitlines()[0][:160] if job.last_error else None
        row = {
            "id": job.id,
            "kind": job.kind,
            "state": job.state,
            "attempts": job.attempts,
            "payload": job.payload,
            "run_after": job.run_after.isoformat(),
            "error": error,
        }
        if args.json:
            print(json.dumps(row))
        else:
            print(
                f"{job.id:>6}  {job.kind:<8} {job.state:<7} attempts={job.attempts} "
                f"{json.dumps(job.payload)}" + (f"  error: {error}" if error else "")
            )
    if not jobs and not args.json:
        print("no jobs")
    return 0


def retry(args: argparse.Namespace) -> int:
    app = app_from(args, classifies=False)
    if not queue.retry(app.db, args.job_id, now=clock.now()):
        raise UserError(f"job {args.job_id}: no such job, or it is running")
    print(f"job {args.job_id} queued again")
    return 0
