"""SQL statements per ingested message, by statement: what a change to the hot path saves.

Runs bench/ingest_files.py's mixed mail through `frontdesk ingest`'s path and counts every
statement the driver is sent (SQLAlchemy's before_cursor_execute; an executemany counts once).

    .venv/bin/python bench/ingest_statements.py [--count 200] [--postgresql]
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import io
import sys
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import ingest_files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument(
        "--postgresql",
        action="store_true",
        help="count on a throw-away database at 127.0.0.1:5432 instead of SQLite",
    )
    args = parser.parse_args()
    counts: collections.Counter[str] = collections.Counter()
    counting = False

    @event.listens_for(Engine, "before_cursor_execute")
    def _count(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if counting:
            counts[" ".join(statement.split())[:100]] += 1

    messages = ingest_files.make_messages(args.count)
    ingest_files.configure_logging(stream=io.StringIO())
    with contextlib.ExitStack() as stack:
        if args.postgresql:
            url = stack.enter_context(ingest_files.pg_database(ingest_files.PG_ADMIN_URL))
        else:
            url = f"sqlite:///{stack.enter_context(tempfile.TemporaryDirectory())}/bench.db"
        counting = True
        ingest_files.run(url, messages)
        counting = False
    per_message = {k: v / args.count for k, v in counts.items() if v >= args.count / 100}
    print(f"{sum(per_message.values()):.1f} statements per message ({args.count} messages)")
    for statement, n in sorted(per_message.items(), key=lambda kv: -kv[1]):
        print(f"{n:6.2f}  {statement}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
