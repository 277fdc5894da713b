"""Start-up: how long until a fresh process can classify, and `frontdesk serve` is READY?

A restart (a deploy, a crash, SIGKILL by the OOM killer) is when mail waits: each figure
is measured in --runs fresh processes and printed as best and median.

1. `import classifiers`, then `load_rules()` of the shipped rules: CPU seconds
   (time.process_time), what every process that classifies pays: compiled, and read back
   from the compiled-rules cache (classifiers/rule_cache.py) as every start after the
   first one on a machine does.
2. A worker process's own start (frontdesk/worker_processes.py): the console script's
   import, as `spawn` runs it, then `_build_app` (rules, desk, pager, database engine;
   on a migrated database), with the rules compiled and read from the cache: wall seconds.
3. `frontdesk serve` on a temporary SQLite database (SMTP on a free port, no HTTP, one
   worker process, the Whisper model loaded as configured): wall seconds from exec to
   the first worker's "worker process ready" and to the "listening" line (sd_notify
   READY=1 is sent right after it), then SIGTERM; the first start (an empty cache
   directory: compiled, then written) and a restart (read back).

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
import sys, time
from pathlib import Path
t0 = time.process_time()
import classifiers
t1 = time.process_time()
classifiers.load_rules([], {}, Path(sys.argv[1]) if len(sys.argv) > 1 else None)
print(t1 - t0, time.process_time() - t1)
"""

WORKER = """
import sys, time
t0 = time.perf_counter()
import frontdesk.cli
t1 = time.perf_counter()
from frontdesk.config import Settings
from frontdesk.worker_processes import _build_app
classifier = {"compiled_cache_dir": sys.argv[2]} if sys.argv[2] else {"compiled_cache": False}
settings = {"database": {"url": sys.argv[1]}, "classifier": classifier}
app = _build_app(Settings.model_validate(settings))
print(t1 - t0, time.perf_counter() - t1)
"""


def figures(code: str, *args: str) -> list[float]:
    out = subprocess.run(
        [PYTHON, "-c", code, *args], check=True, capture_output=True, text=True, cwd=ROOT
    ).stdout
    return [float(x) for x in out.split()]


def serve_once(work: Path, cache: Path) -> tuple[float, float]:
    """Seconds from exec to "worker process ready" and to "listening"; the compiled rules
    kept in `cache`."""
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
[classifier]
compiled_cache_dir = "{cache}"
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
    with tempfile.TemporaryDirectory(prefix="frontdesk-start-up-") as tmp:
        cache = Path(tmp) / "cache"
        rules = [figures(RULES) for _ in range(args.runs)]
        figures(RULES, str(cache))  # fills the cache
        cached = [figures(RULES, str(cache)) for _ in range(args.runs)]
        show("import classifiers (CPU)", [r[0] for r in rules])
        show("load_rules(), the shipped rules, compiled (CPU)", [r[1] for r in rules])
        show("load_rules(), read from the cache (CPU)", [r[1] for r in cached])
        url = f"sqlite:///{Path(tmp) / 'worker.db'}"
        env = {**os.environ, "FRONTDESK_DATABASE_URL": url}
        subprocess.run([FRONTDESK, "db", "upgrade"], check=True, env=env, capture_output=True)
        for label, where in (("compiled", ""), ("from the cache", str(cache))):
            worker = [figures(WORKER, url, where) for _ in range(args.runs)]
            show("worker process: import frontdesk.cli (wall)", [w[0] for w in worker])
            show(f"worker process: _build_app, rules {label} (wall)", [w[1] for w in worker])
        if args.no_serve:
            return
        for label, fresh in (("first start", True), ("restart", False)):
            serves = []
            for n in range(args.runs):
                work = Path(tmp) / f"serve-{fresh}-{n}"
                work.mkdir()
                serves.append(serve_once(work, work / "cache" if fresh else cache))
            show(f"frontdesk serve, {label}: exec -> worker ready (wall)", [s[0] for s in serves])
            show(f"frontdesk serve, {label}: exec -> READY=1 (wall)", [s[1] for s in serves])


if __name__ == "__main__":
    main()
