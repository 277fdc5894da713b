"""IMAP intake: drain a 1,000-message mailbox, then IDLE latency, against a real Dovecot.

1. A throw-away Dovecot (scripts/dovecot_test_server.py) gets --messages 5 KB mails in
   INBOX (MULTIAPPEND). Then `frontdesk serve` starts with that account configured.
   Printed: time from the poller's connection to the last canonical "message" log line
   (written right after each ticket commits), and messages/s; then how long the first
   ticket took (the worker process starting up), the rate from the first ticket to the
   last, the time from starting `frontdesk serve` to the last ticket, and the CPU time
   the daemon and its worker processes used until then.
2. IDLE latency: with the poller idling, --idle-samples messages are APPENDed one at a
   time (spaced --idle-gap s apart). For each: APPEND returned -> its ticket committed
   (the message pk comes from the poller's "imap accepted" line for that UID, the
   commit time from the canonical line). Printed: p50/p99/max.

    .venv/bin/python bench/imap_drain.py [--messages 1000] [--database-url postgresql://...]
        [--processes 1] [--workers 2] [--batch 16]

With --database-url (a PostgreSQL server) the daemon gets a throw-away database created
there and dropped at the end, as in smtp_load.py.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from pathlib import Path
from typing import Any

from imapclient import IMAPClient

ROOT = Path(__file__).resolve().parents[1]
FRONTDESK = [str(Path(sys.executable).parent / "frontdesk")]


def load_dovecot() -> Any:
    spec = importlib.util.spec_from_file_location(
        "dovecot_test_server", ROOT / "scripts" / "dovecot_test_server.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def make_message(n: int, size: int) -> bytes:
    msg = EmailMessage(policy=SMTP_POLICY)
    msg["From"] = f"customer{n % 50}@customer{n % 7}.example"
    msg["To"] = "support@agency.example"
    msg["Subject"] = f"Website problem number {n} {uuid.uuid4().hex[:6]}"
    msg["Message-ID"] = f"<{uuid.uuid4().hex}@customer.example>"
    line = "Since this morning the contact form on our website does not send anything.\n"
    msg.set_content((line * (size // len(line) + 1))[: max(size - 300, 100)])
    return msg.as_bytes()


def fill_mailbox(port: int, count: int, size: int) -> float:
    """APPEND `count` messages of `size` bytes to INBOX, 100 to a MULTIAPPEND: seconds."""
    batch = [make_message(n, size) for n in range(count)]
    started = time.monotonic()
    with IMAPClient("127.0.0.1", port=port, ssl=False) as client:
        client.login("support", "secret")
        for i in range(0, len(batch), 100):
            client.multiappend("INBOX", batch[i : i + 100])
    return time.monotonic() - started


def tree_cpu_s(root: int) -> float:
    """CPU seconds (user + system) used so far by process `root` and its descendants
    (the daemon and its worker processes), from /proc. CPU time moves less than wall time
    on this shared machine, so it shows whether a change made the drain cheaper."""
    from smtp_load import process_cpu_s  # bench/ is this script's directory, on sys.path

    stats = process_cpu_s()
    tree, grew = {root}, True
    while grew:
        more = {pid for pid, (parent, _) in stats.items() if parent in tree} - tree
        grew = bool(more)
        tree |= more
    return sum(stats[pid][1] for pid in tree if pid in stats)


def pct(values: list[float], q: int) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


class LogTail:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.offset = 0
        self.committed: dict[int, float] = {}  # message pk -> commit log time
        self.uid_to_pk: dict[int, int] = {}
        self.connected_at: float | None = None
        self.last_accepted: float | None = None

    def poll(self) -> None:
        if not self.path.exists():
            return
        with self.path.open("rb") as fh:
            fh.seek(self.offset)
            data = fh.read()
        cut = data.rfind(b"\n") + 1
        self.offset += cut
        for line in data[:cut].splitlines():
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                continue
            event = entry.get("event")
            ts = datetime.fromisoformat(str(entry.get("timestamp")).replace("Z", "+00:00"))
            if event == "message" and entry.get("message") is not None:
                self.committed[int(entry["message"])] = ts.timestamp()
            elif event == "imap accepted" and entry.get("message_pk") is not None:
                self.uid_to_pk[int(entry["uid"])] = int(entry["message_pk"])
                self.last_accepted = ts.timestamp()
            elif event == "imap connected" and self.connected_at is None:
                self.connected_at = ts.timestamp()


def intake_only(port: int, url: str, expected: int) -> None:
    """The poller and accept() in this process, no workers: the intake's own capacity."""
    import structlog

    from frontdesk.intake import accept, accept_many
    from ingest.config import ImapAccount
    from ingest.imap import ImapPollers
    from storage.db import Database
    from storage.migrate import upgrade

    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(30))
    db = Database(url)
    upgrade(db)
    account = ImapAccount(
        name="bench", host="127.0.0.1", port=port, security="none",
        username="support", password="secret",
    )  # fmt: skip
    pollers = ImapPollers([account], db=db, accept=accept, accept_many=accept_many)
    started = time.monotonic()
    pollers.start()
    try:
        while pollers.pollers[0].accepted < expected and time.monotonic() - started < 600:
            time.sleep(0.02)
        elapsed = time.monotonic() - started
    finally:
        pollers.stop(10)
        db.dispose()
    done = pollers.pollers[0].accepted
    print(f"intake only (poller + accept(), no workers): {done} stored and flagged in "
          f"{elapsed:.2f} s: {done / elapsed:.0f} msgs/s")  # fmt: skip


APPENDUID = re.compile(rb"APPENDUID \d+ (\d+)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--size", type=int, default=5 * 1024)
    parser.add_argument("--idle-samples", type=int, default=50)
    parser.add_argument("--idle-gap", type=float, default=0.3)
    parser.add_argument("--workers", type=int, default=2, help="threads per worker pool")
    parser.add_argument(
        "--processes",
        type=int,
        default=None,
        help="worker.processes (0: threads in the daemon; default: the daemon's own)",
    )
    parser.add_argument(
        "--batch", type=int, default=None, help="worker.batch (default: the daemon's own)"
    )
    parser.add_argument(
        "--database-url",
        help="a PostgreSQL server to create a throw-away database on "
        "(default: a temporary SQLite file)",
    )
    parser.add_argument("--timeout", type=float, default=600.0)
    parser.add_argument("--frontdesk", help="command that runs frontdesk (e.g. a profiler)")
    parser.add_argument(
        "--intake-only", action="store_true", help="poller + accept() only, no pipeline"
    )
    args = parser.parse_args()
    if args.processes is None:
        from smtp_load import daemon_default_processes

        args.processes = daemon_default_processes()
    if args.frontdesk:
        FRONTDESK[:] = args.frontdesk.split()
    dovecot_module = load_dovecot()

    with tempfile.TemporaryDirectory(prefix="frontdesk-imap-bench-") as tmp:
        work = Path(tmp)
        server = dovecot_module.DovecotServer(work / "dovecot")
        proc = None
        try:
            server.start()  # a start that fails leaves its sockets' folder to close() too
            appended_s = fill_mailbox(server.port, args.messages, args.size)
            print(f"imap_drain: {args.messages} x {args.size} B appended in "
                  f"{appended_s:.1f} s; {os.cpu_count()} CPUs; "
                  f"worker.processes={args.processes} threads={args.workers}")  # fmt: skip

            url = f"sqlite:///{work / 'frontdesk.db'}"
            if args.database_url:
                # A database of its own on that server, dropped at the end: never the
                # tables of the database the URL names.
                from smtp_load import fresh_pg_database

                url = fresh_pg_database(args.database_url, 0)
            if args.intake_only:
                intake_only(server.port, url, args.messages)
                return
            config = work / "frontdesk.toml"
            config.write_text(
                f"""
[database]
url = "{url}"
[logging]
format = "json"
[smtp]
enabled = false
[http]
enabled = false
[spool]
enabled = false
[worker]
threads = {args.workers}
processes = {args.processes}
{f"batch = {args.batch}" if args.batch else ""}
[[imap.accounts]]
name = "bench"
host = "127.0.0.1"
port = {server.port}
security = "none"
username = "support"
password = "secret"
folders = ["INBOX"]
"""
            )
            env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTDESK_")}
            subprocess.run([*FRONTDESK, "--config", str(config), "db", "upgrade"],
                           check=True, env=env, capture_output=True)  # fmt: skip
            log_path = work / "serve.log"
            serve_started = time.time()
            proc = subprocess.Popen(
                [*FRONTDESK, "--config", str(config), "serve"],
                stdout=log_path.open("wb"),
                stderr=(work / "serve.err").open("wb"),
                env=env,
                cwd=work,
                start_new_session=True,  # stopped as a group: see smtp_load.Daemon.stop
            )
            tail = LogTail(log_path)
            deadline = time.monotonic() + args.timeout
            while len(tail.committed) < args.messages and time.monotonic() < deadline:
                if proc.poll() is not None:
                    raise SystemExit(f"frontdesk serve exited {proc.returncode}")
                time.sleep(0.2)
                tail.poll()
            cpu_s = tree_cpu_s(proc.pid)
            done = len(tail.committed)
            if tail.connected_at is None or not tail.committed:
                raise SystemExit("nothing was processed")
            last = max(tail.committed.values())
            drain_s = last - tail.connected_at
            if tail.last_accepted is not None:
                accepted_s = tail.last_accepted - tail.connected_at
                print(f"intake: all {len(tail.uid_to_pk)} stored (accept committed, \\Seen) "
                      f"{accepted_s:.1f} s after connecting: "
                      f"{len(tail.uid_to_pk) / max(accepted_s, 1e-3):.1f} msgs/s")  # fmt: skip
            print(f"drain: {done}/{args.messages} tickets committed in {drain_s:.1f} s "
                  f"from the poller's connection: {done / drain_s:.1f} msgs/s "
                  f"(target >= 250)")  # fmt: skip
            first = min(tail.committed.values())
            print(f"  of which: first ticket {first - tail.connected_at:.1f} s after connecting "
                  f"(the worker process starting up); from the first ticket to the last: "
                  f"{(done - 1) / max(last - first, 1e-3):.1f} msgs/s; from `frontdesk serve`'s "
                  f"start to the last ticket {last - serve_started:.1f} s "
                  f"(connected after {tail.connected_at - serve_started:.1f} s)")  # fmt: skip
            print(f"  CPU of `frontdesk serve` and its worker processes from exec to the "
                  f"drain's end (start-up included): {cpu_s:.1f} s, "
                  f"{cpu_s / done * 1000:.2f} ms per message")  # fmt: skip

            # IDLE latency: one message at a time while the poller idles.
            latencies: list[float] = []
            appended: dict[int, float] = {}
            with IMAPClient("127.0.0.1", port=server.port, ssl=False) as client:
                client.login("support", "secret")
                for n in range(args.idle_samples):
                    time.sleep(args.idle_gap)
                    reply = client.append("INBOX", make_message(100_000 + n, args.size))
                    t = time.time()
                    match = APPENDUID.search(reply or b"")
                    if match:
                        appended[int(match.group(1))] = t
            wait_until = time.monotonic() + 30
            while time.monotonic() < wait_until:
                tail.poll()
                pks = [tail.uid_to_pk.get(uid) for uid in appended]
                if all(pk is not None and pk in tail.committed for pk in pks):
                    break
                time.sleep(0.1)
            for uid, t in appended.items():
                pk = tail.uid_to_pk.get(uid)
                if pk is not None and pk in tail.committed:
                    latencies.append(tail.committed[pk] - t)
            print(f"idle latency APPEND -> ticket committed over {len(latencies)}/"
                  f"{len(appended)} messages: p50 {pct(latencies, 50) * 1000:.0f} ms  "
                  f"p99 {pct(latencies, 99) * 1000:.0f} ms  "
                  f"max {max(latencies, default=float('nan')) * 1000:.0f} ms "
                  f"(target p99 <= 1000 ms; Dovecot delays IDLE notifications ~0.5 s)")  # fmt: skip
        finally:
            if proc is not None and proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
                try:
                    print(f"frontdesk serve exit status {proc.wait(60)}")
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
            server.close()
            if args.database_url:
                from smtp_load import drop_pg_databases

                drop_pg_databases(args.database_url)


if __name__ == "__main__":
    main()
