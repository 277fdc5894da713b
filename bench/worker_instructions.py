"""Instructions per message of the worker path, counted by valgrind: a figure that does not
drift with the machine's load.

On a shared 2-core machine the CPU-time figures of bench/worker_path.py move by a third
between runs of the same code. callgrind counts executed instructions instead, the same for
the same code and input whatever else runs, so it tells whether a change made the path
cheaper. It is slow (Python runs about 50 times slower under it), so the count is small.

Three runs of one script, each storing COUNT accepted 5 KB mails in a fresh SQLite file:
`accept` stops there; `classify` also parses and classifies each stored mail as the worker
does (pipeline.prepare); `process` also runs the worker on them (claim, prepare, decide,
commit). Their differences, per message, are the worker path and its prepare part.

    .venv/bin/python bench/worker_instructions.py [--count 150]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))

_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def inner(stage: str, count: int) -> None:
    import structlog
    from imap_drain import make_message
    from worker_path import app_with_mails, drain

    from frontdesk import clock
    from frontdesk.pipeline import prepare

    structlog.configure(logger_factory=structlog.ReturnLoggerFactory())  # no log I/O
    # The decision takes other paths by day and by night (SLA deadlines on the business
    # calendar, the paging policy): the same code counted 24.57 M instructions per mail at
    # 06:40 UTC and 26.53 M at 08:07. One fixed working-day hour keeps runs comparable.
    clock.set_clock(clock.FrozenClock(datetime(2026, 3, 10, 10, 5, tzinfo=UTC)))
    with tempfile.TemporaryDirectory() as tmp:
        mails = [make_message(i, 5120) for i in range(count)]
        app = app_with_mails(f"sqlite:///{tmp}/bench.db", mails)
        try:
            if stage == "classify":
                for raw in mails:
                    prepare(app, raw, {})
            elif stage == "process":
                drain(app, 16)
        finally:
            app.close()


def callgrind_instructions(args: list[str], stage: str, env: dict[str, str] | None = None) -> int:
    """Instructions executed by `python ARGS` under valgrind's callgrind (hash seed fixed;
    `env`: more variables), or exit naming `stage` when the run fails."""
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, *args]
    full_env = {**os.environ, "PYTHONHASHSEED": "0", **(env or {})}
    done = subprocess.run(cmd, capture_output=True, text=True, env=full_env, check=False)
    found = _REFS.search(done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"valgrind run '{stage}' failed:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def instructions(stage: str, count: int) -> int:
    return callgrind_instructions([__file__, "--inner", stage, "--count", str(count)], stage)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=150)
    parser.add_argument("--inner", choices=["accept", "classify", "process"], help="internal")
    args = parser.parse_args()
    if args.inner:
        inner(args.inner, args.count)
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install -y valgrind)", file=sys.stderr)
        return 2
    counts = {stage: instructions(stage, args.count) for stage in ("accept", "classify", "process")}
    per = args.count * 1e6
    print(
        f"worker path, {args.count} x 5 KB mails (SQLite, batch 16), million instructions "
        f"per message: prepare (parse + classify) "
        f"{(counts['classify'] - counts['accept']) / per:.2f}, whole worker path "
        f"{(counts['process'] - counts['accept']) / per:.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
