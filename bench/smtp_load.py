"""SMTP intake load: how fast does `frontdesk serve` accept mail, and how soon is it a ticket?

Runs the real daemon (`frontdesk serve`, JSON logs) on a temporary database and, for
each client count (default 1, 4, 16), keeps that many persistent SMTP connections busy
with 5 KB messages for --duration seconds. Then the same load against a bare aiosmtpd
sink (a handler that answers 250 at once), for the ratio.

A third server, "intake", is the real SupportHandler + accept() without any workers:
the capacity of the intake itself, apart from the pipeline behind it.

Figures printed per run:
- msgs/s accepted: 250 replies per second (each 250 means raw bytes + job committed);
- accept latency p50/p99: MAIL FROM .. end of DATA, until the 250 arrives;
- accept -> ticket p50/p99: from the 250 to the daemon's canonical "message" log line,
  which the pipeline writes right after the ticket transaction commits (message pk
  from the "queued as <pk>" reply). Messages still unprocessed when the drain limit is
  reached are counted and reported.

With --pace S each client waits S seconds between messages: the pipeline keeps up, and
accept -> ticket shows the wake-up and processing time rather than a growing backlog.

With --processes 0,1 (worker.processes values) the daemon runs are repeated --rounds
times, alternating the modes within each round (the machine's speed drifts, and others
use it too: compare modes run side by side, and read ranges, not one figure); a summary
prints each figure's range per mode and client count. 0 = worker threads inside the
daemon process, N >= 1 = N worker processes of --workers threads each.

    .venv/bin/python bench/smtp_load.py [--duration 20] [--clients 1,4,16]
        [--database-url postgresql://postgres@127.0.0.1:5432/bench] [--workers 2] [--batch 16]
        [--in-flow-backlog 100]
        [--processes 0,1] [--rounds 3] [--no-baselines] [--pace 0.1]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import smtplib
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FRONTDESK = [str(Path(sys.executable).parent / "frontdesk")]
SUPPORT = "support@agency.example"


def daemon_default_processes() -> int:
    """worker.processes when the config does not set it: what `frontdesk serve` runs."""
    sys.path.insert(0, str(ROOT))
    from frontdesk.config import WorkerConfig

    return WorkerConfig().processes


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def make_message(size: int) -> bytes:
    msg = EmailMessage(policy=SMTP_POLICY)
    msg["From"] = "anna@customer.example"
    msg["To"] = SUPPORT
    msg["Subject"] = f"Checkout broken on the shop {uuid.uuid4().hex[:8]}"
    msg["Message-ID"] = f"<{uuid.uuid4().hex}@customer.example>"
    line = "The payment page shows an error after the last update, customers cannot pay.\n"
    body = (line * (size // len(line) + 1))[: max(size - 300, 100)]
    msg.set_content(body)
    return msg.as_bytes()


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


@dataclass
class ClientResult:
    accepted: int = 0
    refused: int = 0
    latencies: list[float] = field(default_factory=list)
    # message pk -> wall-clock time the 250 arrived, and its accept latency (MAIL FROM to 250)
    accepted_at: dict[int, float] = field(default_factory=dict)
    latency_of: dict[int, float] = field(default_factory=dict)


def client_loop(
    port: int, size: int, stop_at: float, result: ClientResult, pace: float = 0.0
) -> None:
    client = smtplib.SMTP("127.0.0.1", port, timeout=30)
    client.ehlo("bench.example")
    try:
        while time.monotonic() < stop_at:
            if pace and result.accepted + result.refused:
                time.sleep(pace)
            raw = make_message(size)
            started = time.perf_counter()
            client.mail("anna@customer.example")
            client.rcpt(SUPPORT)
            code, reply = client.data(raw)
            elapsed = time.perf_counter() - started
            if code == 250:
                result.accepted += 1
                result.latencies.append(elapsed)
                text = reply.decode(errors="replace")
                if "queued as" in text:
                    pk = int(text.rsplit(" ", 1)[1])
                    result.accepted_at[pk] = time.time()
                    result.latency_of[pk] = elapsed
            else:
                result.refused += 1
                client.rset()
    finally:
        try:
            client.quit()
        except smtplib.SMTPException:
            client.close()


def run_load(
    port: int, clients: int, duration: float, size: int, pace: float = 0.0
) -> tuple[ClientResult, float]:
    results = [ClientResult() for _ in range(clients)]
    stop_at = time.monotonic() + duration
    threads = [
        threading.Thread(target=client_loop, args=(port, size, stop_at, r, pace)) for r in results
    ]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - started
    merged = ClientResult()
    for r in results:
        merged.accepted += r.accepted
        merged.refused += r.refused
        merged.latencies.extend(r.latencies)
        merged.accepted_at.update(r.accepted_at)
        merged.latency_of.update(r.latency_of)
    return merged, wall


# --- the daemon under test -------------------------------------------------------------------


class Daemon:
    def __init__(
        self,
        workdir: Path,
        database_url: str,
        workers: int,
        processes: int,
        batch: int | None,
        in_flow_backlog: int | None = None,
    ) -> None:
        self.smtp_port = free_port()
        self.log_path = workdir / "serve.log"
        config = workdir / "frontdesk.toml"
        config.write_text(
            f"""
[database]
url = "{database_url}"
[logging]
format = "json"
[smtp]
host = "127.0.0.1"
port = {self.smtp_port}
support_addresses = ["{SUPPORT}"]
max_sessions = 200
{f"in_flow_backlog = {in_flow_backlog}" if in_flow_backlog is not None else ""}
[http]
enabled = false
[spool]
enabled = false
[worker]
threads = {workers}
processes = {processes}
{f"batch = {batch}" if batch else ""}
"""
        )
        env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTDESK_")}
        subprocess.run([*FRONTDESK, "--config", str(config), "db", "upgrade"], check=True,
                       env=env, capture_output=True)  # fmt: skip
        self.proc = subprocess.Popen(
            [*FRONTDESK, "--config", str(config), "serve"],
            stdout=self.log_path.open("wb"),
            stderr=(workdir / "serve.err").open("wb"),
            env=env,
            cwd=workdir,
            # its own process group: stop() reaches the daemon through a wrapper (--frontdesk
            # "py-spy record ... --"), which would not pass SIGTERM on and leave it running
            start_new_session=True,
        )
        self._offset = 0
        self.committed: dict[int, float] = {}
        # message pk -> seconds inflow control held its sender at MAIL FROM (0 if not held)
        self.held: dict[int, float] = {}
        self.wait_for("listening")

    def read_log(self) -> list[dict[str, object]]:
        with self.log_path.open("rb") as fh:
            fh.seek(self._offset)
            data = fh.read()
        cut = data.rfind(b"\n") + 1
        self._offset += cut
        entries = []
        for line in data[:cut].splitlines():
            try:
                entries.append(json.loads(line))
            except json.JSONDecodeError:
                continue
        for entry in entries:
            if entry.get("event") == "smtp accepted" and entry.get("message_pk") is not None:
                held_ms = float(str(entry.get("inflow_wait_ms") or 0))
                self.held[int(str(entry["message_pk"]))] = held_ms / 1000
            if entry.get("event") == "message" and entry.get("message") is not None:
                ts = datetime.fromisoformat(str(entry["timestamp"]).replace("Z", "+00:00"))
                self.committed[int(str(entry["message"]))] = ts.timestamp()
        return entries

    def wait_for(self, event: str, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(str(e.get("event", "")).startswith(event) for e in self.read_log()):
                return
            if self.proc.poll() is not None:
                raise SystemExit(f"frontdesk serve exited {self.proc.returncode}")
            time.sleep(0.1)
        raise SystemExit(f"frontdesk serve: no {event!r} within {timeout}s")

    def wait_processed(self, pks: set[int], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not pks <= set(self.committed):
            self.read_log()
            time.sleep(0.2)

    def stop(self) -> int:
        # The whole group, as systemd's KillMode=control-group does: the daemon and its
        # worker processes each stop gracefully on SIGTERM.
        os.killpg(self.proc.pid, signal.SIGTERM)
        return self.proc.wait(60)

    def cpu_s(self) -> dict[str, float]:
        """CPU seconds used so far: the daemon process (intake) and its worker children."""
        stats = process_cpu_s()
        children = [pid for pid, (ppid, _) in stats.items() if ppid == self.proc.pid]
        return {
            "intake": stats.get(self.proc.pid, (0, 0.0))[1],
            "workers": sum(stats[pid][1] for pid in children),
        }


def process_cpu_s() -> dict[int, tuple[int, float]]:
    """Every process from /proc: pid -> (parent pid, CPU seconds used so far)."""
    ticks = os.sysconf("SC_CLK_TCK")
    stats: dict[int, tuple[int, float]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # it ended meanwhile
        stats[int(entry.name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / ticks)
    return stats


# --- the bare sink ------------------------------------------------------------------------------


def run_sink(port: int) -> None:
    from aiosmtpd.smtp import SMTP

    class Sink:
        async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
            return "250 OK"

    async def main() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(
            lambda: SMTP(Sink(), data_size_limit=10 * 1024 * 1024, loop=loop),
            "127.0.0.1",
            port,
        )
        stop = asyncio.Event()
        loop.add_signal_handler(signal.SIGTERM, stop.set)
        print("ready", flush=True)
        await stop.wait()
        server.close()

    asyncio.run(main())


def run_intake_only(port: int, database_url: str) -> None:
    """The real SupportHandler and accept(), no workers: the intake's own capacity."""
    import structlog

    from frontdesk.intake import accept
    from ingest.config import SmtpConfig
    from ingest.smtp import SupportHandler, start_smtp_server
    from storage.db import Database
    from storage.migrate import upgrade

    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(30))
    db = Database(database_url)
    upgrade(db)
    config = SmtpConfig(host="127.0.0.1", port=port, support_addresses=[SUPPORT], max_sessions=200)
    handler = SupportHandler(config, db=db, accept=accept)

    async def main() -> None:
        loop = asyncio.get_running_loop()
        server = await start_smtp_server(config, handler)
        stop = asyncio.Event()
        loop.add_signal_handler(signal.SIGTERM, stop.set)
        print("ready", flush=True)
        await stop.wait()
        server.close()

    asyncio.run(main())


def start_sink(intake_db: str | None = None) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    extra = ["--intake-db", intake_db] if intake_db else []
    proc = subprocess.Popen(
        [sys.executable, __file__, "--sink", str(port), *extra], stdout=subprocess.PIPE
    )
    assert proc.stdout is not None
    proc.stdout.readline()
    return proc, port


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=20.0, help="seconds per run")
    parser.add_argument("--clients", default="1,4,16", help="comma-separated client counts")
    parser.add_argument("--size", type=int, default=5 * 1024, help="message size in bytes")
    parser.add_argument("--database-url", help="default: a temporary SQLite file")
    parser.add_argument(
        "--workers", type=int, default=2, help="worker threads (per worker process)"
    )
    parser.add_argument(
        "--batch", type=int, default=None, help="worker.batch (default: the daemon's own)"
    )
    parser.add_argument(
        "--in-flow-backlog",
        type=int,
        default=None,
        help="smtp.in_flow_backlog (default: the daemon's own; 0: no inflow control)",
    )
    parser.add_argument(
        "--processes",
        default=None,
        help="comma-separated worker.processes values, run alternately (e.g. 0,1); "
        "default: the daemon's own",
    )
    parser.add_argument("--rounds", type=int, default=1, help="repeat the daemon runs")
    parser.add_argument(
        "--pace",
        type=float,
        default=0.0,
        help="seconds each client waits between messages (0: flat out). Paced, the pipeline "
        "keeps up and accept->ticket is the wake-up and processing time, not the backlog",
    )
    parser.add_argument(
        "--no-baselines", action="store_true", help="skip the bare sink and intake-only runs"
    )
    parser.add_argument("--drain-timeout", type=float, default=120.0)
    parser.add_argument(
        "--frontdesk", help="command that runs frontdesk (e.g. under a profiler)", default=None
    )
    parser.add_argument("--sink", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--intake-db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.frontdesk:
        FRONTDESK[:] = args.frontdesk.split()
    if args.sink:
        if args.intake_db:
            run_intake_only(args.sink, args.intake_db)
        else:
            run_sink(args.sink)
        return
    counts = [int(c) for c in args.clients.split(",")]
    print(f"smtp_load: {args.size} B messages, {args.duration:.0f} s per run, "
          f"clients {counts}, {os.cpu_count()} CPUs")  # fmt: skip

    modes = [int(p) for p in (args.processes or str(daemon_default_processes())).split(",")]
    with tempfile.TemporaryDirectory(prefix="frontdesk-bench-") as tmp:
        sink_rates: dict[int, float] = {}
        if not args.no_baselines:
            sink_rates = run_baselines(args, counts, Path(tmp))
        figures: dict[tuple[int, int], list[dict[str, float]]] = {}
        for round_no in range(args.rounds):
            for n in counts:
                # Alternate which mode goes first, so a drift favours neither.
                for processes in modes if round_no % 2 == 0 else modes[::-1]:
                    figures.setdefault((processes, n), []).append(
                        run_daemon(args, Path(tmp), n, processes, round_no, sink_rates.get(n))
                    )
        if args.rounds > 1 or len(modes) > 1:
            print_summary(figures)
    if args.database_url:
        drop_pg_databases(args.database_url)
    print("targets: >= 300 msgs/s with 4 clients, accept p99 <= 50 ms, "
          "accept->ticket p99 <= 1000 ms")  # fmt: skip


def run_baselines(args: argparse.Namespace, counts: list[int], tmp: Path) -> dict[int, float]:
    sink_proc, sink_port = start_sink()
    sink_rates: dict[int, float] = {}
    try:
        for n in counts:
            result, wall = run_load(sink_port, n, args.duration, args.size)
            sink_rates[n] = result.accepted / wall
            print(f"sink      clients={n:<3} {sink_rates[n]:8.1f} msgs/s  "
                  f"accept p50 {pct(result.latencies, 50) * 1000:6.1f} ms  "
                  f"p99 {pct(result.latencies, 99) * 1000:6.1f} ms", flush=True)  # fmt: skip
    finally:
        sink_proc.send_signal(signal.SIGTERM)
        sink_proc.wait(10)

    for n in counts:
        url = args.database_url or f"sqlite:///{tmp / f'intake{n}.db'}"
        if args.database_url:
            url = fresh_pg_database(args.database_url, n)
        intake_proc, intake_port = start_sink(intake_db=url)
        try:
            result, wall = run_load(intake_port, n, args.duration, args.size)
        finally:
            intake_proc.send_signal(signal.SIGTERM)
            intake_proc.wait(30)
        rate = result.accepted / wall
        print(f"intake    clients={n:<3} {rate:8.1f} msgs/s  "
              f"accept p50 {pct(result.latencies, 50) * 1000:6.1f} ms  "
              f"p99 {pct(result.latencies, 99) * 1000:6.1f} ms  "
              f"(SupportHandler + accept(), no workers; ratio to sink "
              f"{rate / sink_rates[n]:.2f})", flush=True)  # fmt: skip
    return sink_rates


def run_daemon(
    args: argparse.Namespace,
    tmp: Path,
    n: int,
    processes: int,
    round_no: int,
    sink_rate: float | None,
) -> dict[str, float]:
    workdir = tmp / f"run{n}-p{processes}-r{round_no}"
    workdir.mkdir()
    url = args.database_url or f"sqlite:///{workdir / 'frontdesk.db'}"
    if args.database_url:
        url = fresh_pg_database(args.database_url, n)
    daemon = Daemon(workdir, url, args.workers, processes, args.batch, args.in_flow_backlog)
    try:
        cpu_before, client_before = daemon.cpu_s(), time.process_time()
        result, wall = run_load(daemon.smtp_port, n, args.duration, args.size, args.pace)
        client_cpu = time.process_time() - client_before
        pks = set(result.accepted_at)
        drain_started = time.monotonic()
        daemon.wait_processed(pks, args.drain_timeout)
        drain_s = time.monotonic() - drain_started
        cpu_after = daemon.cpu_s()
    finally:
        rc = daemon.stop()
    per_msg = {
        k: (cpu_after[k] - cpu_before[k]) / max(result.accepted, 1) * 1000 for k in cpu_after
    }
    daemon.read_log()
    to_ticket = [
        daemon.committed[pk] - t for pk, t in result.accepted_at.items()
        if pk in daemon.committed
    ]  # fmt: skip
    missing = len(pks - set(daemon.committed))
    rate = result.accepted / wall
    ratio = f"ratio to sink {rate / sink_rate:.2f}  " if sink_rate else ""
    print(f"frontdesk clients={n:<3} processes={processes} {rate:8.1f} msgs/s  "
          f"accept p50 {pct(result.latencies, 50) * 1000:6.1f} ms  "
          f"p99 {pct(result.latencies, 99) * 1000:6.1f} ms  "
          f"accept->ticket p50 {pct(to_ticket, 50) * 1000:7.1f} ms  "
          f"p99 {pct(to_ticket, 99) * 1000:7.1f} ms  {ratio}"
          f"(accepted {result.accepted}, refused {result.refused}, "
          f"drain {drain_s:.1f} s, unprocessed {missing}, exit {rc})", flush=True)  # fmt: skip
    held = [daemon.held[pk] for pk in pks if daemon.held.get(pk)]
    unheld = [lat - daemon.held.get(pk, 0.0) for pk, lat in result.latency_of.items()]
    # Inflow control holds a sender at MAIL FROM while the pipeline is behind (by design: it
    # slows the inflow to the pipeline's pace); the accept latency above includes that hold.
    hold = ""
    if held:
        hold = f" (p50 {pct(held, 50) * 1000:.1f} ms, p99 {pct(held, 99) * 1000:.1f} ms)"
    print(f"  inflow control held {len(held)} of {result.accepted} senders at MAIL FROM{hold}; "
          f"accept p99 without the hold {pct(unheld, 99) * 1000:.1f} ms", flush=True)  # fmt: skip
    print(f"  CPU per message: intake {per_msg['intake']:.2f} ms, workers "
          f"{per_msg['workers']:.2f} ms, SMTP clients "
          f"{client_cpu / max(result.accepted, 1) * 1000:.2f} ms", flush=True)  # fmt: skip
    return {
        "msgs/s": rate,
        "accept p50": pct(result.latencies, 50) * 1000,
        "accept p99": pct(result.latencies, 99) * 1000,
        "ticket p50": pct(to_ticket, 50) * 1000,
        "ticket p99": pct(to_ticket, 99) * 1000,
    }


def print_summary(figures: dict[tuple[int, int], list[dict[str, float]]]) -> None:
    print("summary (min-max over the rounds; ms except msgs/s):")
    for (processes, n), runs in sorted(figures.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        cells = []
        for key in ("msgs/s", "accept p50", "accept p99", "ticket p50", "ticket p99"):
            values = [r[key] for r in runs]
            cells.append(f"{key} {min(values):.0f}-{max(values):.0f}")
        print(f"  clients={n:<3} processes={processes}  " + "  ".join(cells)
              + f"  ({len(runs)} runs)")  # fmt: skip


CREATED_PG: list[str] = []


def drop_pg_databases(base_url: str) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    url = make_url(base_url.replace("postgresql://", "postgresql+psycopg://", 1))
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        for name in CREATED_PG:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def fresh_pg_database(base_url: str, n: int) -> str:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    url = make_url(base_url.replace("postgresql://", "postgresql+psycopg://", 1))
    name = f"fd_bench_{n}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    CREATED_PG.append(name)
    return url.set(database=name).render_as_string(hide_password=False)


if __name__ == "__main__":
    main()
