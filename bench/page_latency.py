"""Page latency: from the sender's end of DATA to the page arriving at the on-call webhook.

Starts `frontdesk serve` as a subprocess on a temporary SQLite database with a config whose
on-call person has one channel, an apprise json:// webhook served here on loopback. Sends
background mail at --rate messages/s (low-severity questions from several customers)
and, in between, --pages critical emails, each from a different customer with after-hours
cover (so flood control does not fold them into one page). Prints p50/p99/max.

    .venv/bin/python bench/page_latency.py [--pages 40] [--rate 20] [--keep]

Target: p99 <= 1 s.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import smtplib
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FRONTDESK = [str(ROOT / ".venv" / "bin" / "frontdesk")]
TAG = re.compile(r"\[bench-(\d+)\]")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Webhook:
    """Records when each tagged page arrives (perf_counter, same clock as the sender)."""

    def __init__(self) -> None:
        self.arrived: dict[int, float] = {}
        self.other = 0
        self.lock = threading.Lock()
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                at = time.perf_counter()
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])) or b"{}")
                match = TAG.search(str(body.get("title", "")))
                with hook.lock:
                    if match:
                        hook.arrived.setdefault(int(match.group(1)), at)
                    else:
                        hook.other += 1
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Webhook:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def write_config(work: Path, *, smtp_port: int, http_port: int, hook_port: int, pages: int) -> Path:
    customers = []
    for i in range(pages):
        customers.append(
            f'[[customers]]\nid = "crit{i:03d}"\nname = "Critical {i}"\n'
            f'domains = ["crit{i:03d}.test"]\nsupport_package = true\nafter_hours_cover = true\n'
        )
    for i in range(5):
        customers.append(
            f'[[customers]]\nid = "bg{i}"\nname = "Background {i}"\ndomains = ["bg{i}.test"]\n'
        )
    config = f"""
[database]
url = "sqlite:///{work / "frontdesk.db"}"

[logging]
level = "warning"

[smtp]
host = "127.0.0.1"
port = {smtp_port}
support_addresses = ["support@agency.test"]

[spool]
path = "{work / "spool"}"

[transcription]
enabled = false

[http]
host = "127.0.0.1"
port = {http_port}
public_url = "http://127.0.0.1:{http_port}"
secret = "bench-secret"

[relay]
host = "127.0.0.1"
port = {free_port()}
from_address = "support@agency.test"

[tickets]
ack_enabled = false

[notify]
flood_window_minutes = 30

[[notify.people]]
name = "oncall"
channels = ["json://127.0.0.1:{hook_port}/page"]

[[notify.rotations]]
name = "primary"
members = ["oncall"]

[[notify.policies]]
name = "default"
fallback = "ops@agency.test"
steps = [{{ target = "rotation:primary", delay_minutes = 30 }}]

{chr(10).join(customers)}
"""
    path = work / "frontdesk.toml"
    path.write_text(config)
    return path


def critical_mail(i: int) -> bytes:
    return (
        f"From: Ops <ops@crit{i:03d}.test>\r\nTo: support@agency.test\r\n"
        f"Subject: URGENT: website down, checkout impossible [bench-{i}]\r\n"
        f"Message-ID: <crit-{i}-{time.time_ns()}@crit{i:03d}.test>\r\n\r\n"
        "Our website is down for all users. Checkout is impossible, customers cannot pay.\r\n"
    ).encode()


def background_mail(i: int) -> bytes:
    return (
        f"From: Piet <piet@bg{i % 5}.test>\r\nTo: support@agency.test\r\n"
        f"Subject: Question about the logo colour on page {i}\r\n"
        f"Message-ID: <bg-{i}-{time.time_ns()}@bg{i % 5}.test>\r\n\r\n"
        "Could you make the logo a bit bigger on the about page? No rush.\r\n"
    ).encode()


def send_timed(smtp: smtplib.SMTP, sender: str, data: bytes) -> float:
    """Send one message; returns perf_counter() at the sender's end of DATA."""
    code, _ = smtp.mail(sender)
    if code != 250:
        raise RuntimeError(f"MAIL FROM refused: {code}")
    code, _ = smtp.rcpt("support@agency.test")
    if code not in (250, 251):
        raise RuntimeError(f"RCPT TO refused: {code}")
    smtp.putcmd("data")
    code, _ = smtp.getreply()
    if code != 354:
        raise RuntimeError(f"DATA refused: {code}")
    smtp.send(data + b".\r\n")
    end_of_data = time.perf_counter()
    code, reply = smtp.getreply()
    if code != 250:
        raise RuntimeError(f"message refused: {code} {reply!r}")
    return end_of_data


def background(
    port: int, rate: float, stop: threading.Event, sent: list[int], offset: int = 0
) -> None:
    """One SMTP connection sending at `rate` msgs/s (paced, not bursting)."""
    smtp = smtplib.SMTP("127.0.0.1", port, timeout=30)
    smtp.ehlo()
    interval = 1.0 / rate
    next_at = time.perf_counter()
    i = offset
    try:
        while not stop.is_set():
            send_timed(smtp, f"piet@bg{i % 5}.test", background_mail(i))
            i += 1
            sent[0] += 1
            next_at += interval
            delay = next_at - time.perf_counter()
            if delay > 0:
                stop.wait(delay)
    finally:
        smtp.quit()


def wait_ready(port: int, http_port: int, proc: subprocess.Popen[bytes], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"frontdesk serve exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                pass
            with urllib.request.urlopen(f"http://127.0.0.1:{http_port}/healthz", timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("frontdesk serve did not start listening in time")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def stages(path: Path) -> dict[str, list[float]]:
    """Where the time went, from the daemon's own timestamps (same host clock)."""
    import sqlite3

    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT m.received_at, n.created_at, n.sent_at FROM notifications n "
            "JOIN messages m ON m.ticket_id = n.ticket_id AND m.direction = 'in' "
            "WHERE n.kind = 'page' AND n.sent_at IS NOT NULL"
        ).fetchall()
    out: dict[str, list[float]] = {"accepted -> page queued": [], "page queued -> sending": []}
    for received, created, sent in rows:
        r, c, s = (datetime.fromisoformat(v) for v in (received, created, sent))
        out["accepted -> page queued"].append((c - r).total_seconds())
        out["page queued -> sending"].append((s - c).total_seconds())
    return {k: v for k, v in out.items() if v}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=40, help="critical emails to time")
    parser.add_argument("--rate", type=float, default=20.0, help="background messages/s")
    parser.add_argument("--gap", type=float, default=0.5, help="seconds between critical mails")
    parser.add_argument("--connections", type=int, default=4, help="background connections")
    parser.add_argument("--keep", action="store_true", help="keep the temp directory")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="fd-page-bench-"))
    (work / "spool").mkdir()
    smtp_port, http_port = free_port(), free_port()
    with Webhook() as hook:
        config = write_config(
            work, smtp_port=smtp_port, http_port=http_port, hook_port=hook.port, pages=args.pages
        )
        env = {**os.environ, "HF_HUB_OFFLINE": "1"}
        subprocess.run(
            [*FRONTDESK, "--config", str(config), "db", "upgrade"],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        log = open(work / "serve.log", "wb")  # noqa: SIM115
        proc = subprocess.Popen(
            [*FRONTDESK, "--config", str(config), "serve"],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
        )
        stop = threading.Event()
        sent_bg = [0]
        senders: list[threading.Thread] = []
        try:
            wait_ready(smtp_port, http_port, proc, timeout=60)
            # Several connections, as several senders would: one connection waits for each
            # 250 (sent after the commit) and alone would not reach the rate.
            senders += [
                threading.Thread(
                    target=background,
                    args=(smtp_port, args.rate / args.connections, stop, sent_bg, k * 1_000_000),
                )
                for k in range(args.connections)
            ]
            for thread in senders:
                thread.start()
            time.sleep(2.0)  # let the background traffic reach a steady state
            sent: dict[int, float] = {}
            smtp = smtplib.SMTP("127.0.0.1", smtp_port, timeout=30)
            smtp.ehlo()
            bg_start, t_start = sent_bg[0], time.perf_counter()
            for i in range(args.pages):
                sent[i] = send_timed(smtp, f"ops@crit{i:03d}.test", critical_mail(i))
                time.sleep(args.gap)
            smtp.quit()
            deadline = time.perf_counter() + 10
            while len(hook.arrived) < args.pages and time.perf_counter() < deadline:
                time.sleep(0.05)
            bg_rate = (sent_bg[0] - bg_start) / (time.perf_counter() - t_start)
        finally:
            stop.set()
            for thread in senders:
                thread.join(30)
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            log.close()

    latencies = [hook.arrived[i] - sent[i] for i in sent if i in hook.arrived]
    missing = len(sent) - len(latencies)
    print(f"page latency, end of DATA -> webhook ({len(latencies)} pages, {missing} missing)")
    print(f"background traffic: {bg_rate:.1f} msgs/s over SMTP (target {args.rate:g})")
    if latencies:
        print(f"p50 {statistics.median(latencies) * 1000:.0f} ms")
        print(f"p90 {percentile(latencies, 0.90) * 1000:.0f} ms")
        print(f"p99 {percentile(latencies, 0.99) * 1000:.0f} ms  (target <= 1000 ms)")
        print(f"max {max(latencies) * 1000:.0f} ms")
        for name, values in stages(work / "frontdesk.db").items():
            print(
                f"  {name}: p50 {statistics.median(values) * 1000:.0f} ms, "
                f"p99 {percentile(values, 0.99) * 1000:.0f} ms"
            )
    print(f"other webhook posts (notices for background tickets): {hook.other}")
    if args.keep:
        print(f"kept {work}")
    else:
        import shutil

        shutil.rmtree(work, ignore_errors=True)
    return 0 if latencies and not missing else 1


if __name__ == "__main__":
    sys.exit(main())
