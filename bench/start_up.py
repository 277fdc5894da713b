"""Start-up: how long until a fresh process can classify, and `frontdesk serve` is READY?

A restart (a deploy, a crash, SIGKILL by the OOM killer) is when mail waits: each figure
is measured in --runs fresh processes and printed as best and median.

1. `import classifiers`, then `load_rules()` of the shipped rules: CPU seconds
   (time.process_time), what every process that classifies pays.
2. A worker process's own start (frontdesk/worker_processes.py): the console script's
   import, as `spawn` runs it, then `_build_app` (rules, desk, pager, database engine;
   on a migrated database): wall seconds.
3. `frontdesk serve` on a temporary SQLite database (SMTP on a free port, no HTTP, one
   worker process, the Whisper model loaded as configured): wall seconds from exec to
   the first worker's "worker process ready" and to the "listening" line (sd_notify
   READY=1 is sent right after it), then SIGTERM.

    .venv/bin/python bench/start_up.py [--runs 5] [--no-serve]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from smtp_load import free_port  # bench/ is this script's directory, first on sys.path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
FRONTDESK = str(Path(sys.executable).parent / "frontdesk")

RULES = """
import time
t0 = time.process_time()
import classifiers
t1 = time.process_time()
classifiers.load_rules([], {})
print(t1 - t0, time.process_time() - t1)
"""

WORKER = """
import sys, time
t0 = time.perf_counter()
import frontdesk.cli
t1 = time.perf_counter()
from frontdesk.config import Settings
from frontdesk.worker_processes import _build_app
app = _build_app(Settings.model_validate({"database": {"url": sys.argv[1]}}))
print(t1 - t0, time.perf_counter() - t1)
"""


def figures(code: str, *args: str) -> list[float]:
    out = subprocess.run(
        [PYTHON, "-c", code, *args], check=True, capture_output=True, text=True, cwd=ROOT
    ).stdout
    return [float(x) for x in out.split()]


def serve_once(work: Path) -> tuple[float, float]:
    """Seconds from exec to "worker process ready" and to "listening"."""
    config = work / "frontdesk.toml"
    config.write_text(
        f"""
[database]
url = "sqlite:///{work / "frontdesk.db"}"
[logging]
format = "json"
[smtp]
port = {free_port()}
[http]
enabled = false
[spool]
path = "{work / "voicemail"}"
[worker]
processes = 1
"""
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTDESK_")}
    env.setdefault("HF_HUB_OFFLINE", "1")
    subprocess.run(
        [FRONTDESK, "--config", str(config), "db", "upgrade"],
        check=True,
        env=env,
        capture_output=True,
    )
    log_path = work / "serve.log"
    started = time.time()
    proc = subprocess.Popen(
        [FRONTDESK, "--config", str(config), "serve"],
        stdout=log_path.open("wb"),
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=work,
        start_new_session=True,
    )
    seen: dict[str, float] = {}
    try:
        deadline = time.monotonic() + 120
        while "listening" not in seen and time.monotonic() < deadline:
            if proc.poll() is not None:
                raise SystemExit(f"frontdesk serve exited {proc.returncode}")
            time.sleep(0.05)
            for line in log_path.read_bytes().splitlines():
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError:
                    continue
                event = str(entry.get("event", ""))
                name = "listening" if event.startswith("listening") else event
                ts = datetime.fromisoformat(str(entry["timestamp"]).replace("Z", "+00:00"))
                seen.setdefault(name, ts.timestamp())
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(60)
    if "listening" not in seen:
        raise SystemExit("frontdesk serve was not listening within 120 s")
    return seen["worker process ready"] - started, seen["listening"] - started


def show(name: str, values: list[float]) -> None:
    print(f"{name:58} best {min(values):6.3f} s  median {statistics.median(values):6.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-serve", action="store_true")
    args = parser.parse_args()
    print(f"start_up: {args.runs} fresh processes each; {os.cpu_count()} CPUs")
    rules = [figures(RULES) for _ in range(args.runs)]
    show("import classifiers (CPU)", [r[0] for r in rules])
    show("load_rules(), the shipped rules (CPU)", [r[1] for r in rules])
    with tempfile.TemporaryDirectory(prefix="frontdesk-start-up-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'worker.db'}"
        env = {**os.environ, "FRONTDESK_DATABASE_URL": url}
        subprocess.run([FRONTDESK, "db", "upgrade"], check=True, env=env, capture_output=True)
        worker = [figures(WORKER, url) for _ in range(args.runs)]
        show("worker process: import frontdesk.cli (wall)", [w[0] for w in worker])
        show("worker process: _build_app (wall)", [w[1] for w in worker])
        if args.no_serve:
            return
        serves = []
        for n in range(args.runs):
            work = Path(tmp) / f"serve{n}"
            work.mkdir()
            serves.append(serve_once(work))
        show("frontdesk serve: exec -> worker process ready (wall)", [s[0] for s in serves])
        show("frontdesk serve: exec -> listening, READY=1 (wall)", [s[1] for s in serves])


if __name__ == "__main__":
    main()
