"""Ingest throughput: 1,000 varied emails through the whole pipeline in one process.

Prints msgs/s and per-message p50/p99 for SQLite and PostgreSQL. Each message goes the
way `frontdesk ingest` sends it: accept (raw bytes + job, one transaction), claim, parse,
classify, file the ticket (SLA, acknowledgement queued), plan the page, record the result.

    .venv/bin/python bench/ingest_files.py [--count 1000] [--pg-url URL] [--only sqlite|postgresql]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from pathlib import Path

from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from frontdesk.app import App
from frontdesk.config import Settings
from frontdesk.logging import configure_logging
from storage.db import Database
from storage.migrate import upgrade

SUBJECTS = [
    ("Website down", "Our website has been down since this morning, customers cannot order."),
    ("Checkout broken", "Nobody can pay in the webshop, the payment page shows an error 500."),
    ("Contact form", "The contact form does not send mails anymore since the update."),
    ("Zoekfunctie", "De zoekfunctie op de site geeft geen resultaten meer."),
    ("Kleine aanpassing", "Kunnen jullie het logo in de footer iets groter maken?"),
    ("Frage zur Rechnung", "Wir haben eine Frage zu den Stunden in der letzten Rechnung."),
    ("Nettsiden er treg", "Nettsiden er veldig treg i dag, sidene bruker lang tid."),
    ("New feature", "We would like a newsletter signup block on the homepage."),
]
DOMAINS = ["bakkerij-jansen.nl", "weber-moebel.de", "fjord-reiser.no", "example.com"]


# The local PostgreSQL server's admin database: the benches make their own beside it.
PG_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def make_messages(count: int, seed: int = 7) -> list[bytes]:
    rng = random.Random(seed)
    out = []
    for i in range(count):
        subject, body = rng.choice(SUBJECTS)
        domain = rng.choice(DOMAINS)
        m = EmailMessage()
        m["From"] = f"Customer {i} <user{i % 50}@{domain}>"
        m["To"] = "support@agency.example"
        m["Subject"] = f"{subject} #{i}"
        m["Message-ID"] = f"<{uuid.UUID(int=rng.getrandbits(128))}@{domain}>"
        m["Date"] = "Tue, 10 Mar 2026 11:02:00 +0100"
        text_body = (
            f"Hello,\n\n{body}\n\n"
            + "Some more context about the problem.\n" * rng.randint(1, 20)
            + f"\nRegards,\nCustomer {i}\n"
        )
        kind = i % 4
        if kind == 0:
            m.set_content(text_body)
        elif kind == 1:
            m.set_content(text_body)
            m.add_alternative(f"<html><body><p>{text_body}</p></body></html>", subtype="html")
        elif kind == 2:
            m.set_content(f"<html><body><p>{text_body}</p></body></html>", subtype="html")
        else:
            m.set_content(text_body)
            m.add_attachment(
                rng.randbytes(rng.randint(2_000, 20_000)),
                maintype="application",
                subtype="octet-stream",
                filename=f"log-{i}.txt",
            )
        out.append(m.as_bytes(policy=policy.SMTP))
    return out


def run(url: str, messages: list[bytes]) -> dict[str, float]:
    from frontdesk.cli.ingest import ingest_path

    db = Database(url)
    upgrade(db)
    db.dispose()
    settings = Settings.model_validate(
        {
            "database": {"url": url},
            "agency": {"domains": ["agency.example"]},
            "customers": [
                {"id": "jansen", "name": "Bakkerij Jansen", "domains": ["bakkerij-jansen.nl"]},
                {"id": "weber", "name": "Weber", "domains": ["weber-moebel.de"], "country": "DE"},
            ],
        }
    )
    app = App.build(settings)
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, raw in enumerate(messages):
            path = Path(tmp) / f"m{i:05d}.eml"
            path.write_bytes(raw)
            paths.append(path)
        latencies = []
        actions: dict[str, int] = {}
        start = time.perf_counter()
        cpu_start = time.process_time()
        for path in paths:
            t0 = time.perf_counter()
            result = ingest_path(app, path)
            latencies.append(time.perf_counter() - t0)
            actions[result["action"]] = actions.get(result["action"], 0) + 1
        elapsed = time.perf_counter() - start
        cpu = time.process_time() - cpu_start
    app.close()
    latencies.sort()
    return {
        "msgs_per_s": len(paths) / elapsed,
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": latencies[int(len(latencies) * 0.99) - 1] * 1000,
        "elapsed_s": elapsed,
        # CPU time is steadier than wall time on a shared machine: compare changes by it.
        "cpu_ms_per_msg": cpu / len(paths) * 1000,
        **{f"n_{k}": v for k, v in actions.items()},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--pg-url", default=PG_ADMIN_URL)
    parser.add_argument("--only", choices=["sqlite", "postgresql"])
    args = parser.parse_args()
    configure_logging(stream=io.StringIO())  # the canonical lines would dominate the timing
    messages = make_messages(args.count)
    print(f"{len(messages)} messages, {sum(map(len, messages)) / len(messages):.0f} bytes average")
    if args.only in (None, "sqlite"):
        with tempfile.TemporaryDirectory() as tmp:
            figures = run(f"sqlite:///{tmp}/bench.db", messages)
        _print("sqlite", figures, target=250)
    if args.only in (None, "postgresql"):
        with pg_database(args.pg_url) as url:
            figures = run(url, messages)
        _print("postgresql", figures, target=150)
    return 0


@contextlib.contextmanager
def pg_database(admin_url: str) -> Iterator[str]:
    """A throw-away PostgreSQL database on the server of `admin_url`; dropped afterwards."""
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = f"fd_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.rsplit("/", 1)[0] + "/" + name
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _print(name: str, f: dict[str, float], *, target: float) -> None:
    met = "met" if f["msgs_per_s"] >= target else "MISSED"
    extra = " ".join(f"{k[2:]}={int(v)}" for k, v in f.items() if k.startswith("n_"))
    print(
        f"{name:<10} {f['msgs_per_s']:7.1f} msgs/s  p50 {f['p50_ms']:6.2f} ms  "
        f"p99 {f['p99_ms']:6.2f} ms  cpu {f['cpu_ms_per_msg']:5.2f} ms/msg  "
        f"(target >= {target:.0f} msgs/s: {met}; {extra})"
    )


if __name__ == "__main__":
    sys.exit(main())
