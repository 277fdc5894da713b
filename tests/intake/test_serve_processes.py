"""`frontdesk serve` with worker processes (worker.processes >= 1), as a real subprocess:
real sockets, a real child process per worker, real signals. Every process a test starts
(the daemon and the workers it spawned) is stopped by its PID in the teardown."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import smtplib
import subprocess
import time
import urllib.error
import urllib.request
import wave
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from storage.db import Database
from storage.models import Job, Message

from .conftest import build_mail
from .test_serve import (  # start_serve: the fixture, for a daemon that must not start
    ASTERISK,
    FRONTDESK,
    free_port,
    start_serve,  # noqa: F401
    ticket_count,
    toml_config,
    wait_for,
)


class Daemon:
    """A `frontdesk serve` process and what it logged (JSON lines on stdout)."""

    def __init__(self, proc: subprocess.Popen[bytes], out: Path, err: Path, ports: dict[str, int]):
        self.proc = proc
        self.out = out
        self.err = err
        self.smtp_port = ports["smtp"]
        self.http_port = ports["http"]
        self.seen_pids: set[int] = set()  # every worker process it ever had, for the teardown

    def lines(self) -> list[dict[str, Any]]:
        found = []
        for line in self.out.read_text(errors="replace").splitlines():
            with contextlib.suppress(json.JSONDecodeError):
                found.append(json.loads(line))
        return found

    def events(self, name: str) -> list[dict[str, Any]]:
        """Lines whose event is `name` ("listening" also matches "listening smtp=...")."""
        return [
            e
            for e in self.lines()
            if str(e.get("event")) in (name,) or str(e.get("event")).startswith(name + " smtp=")
        ]

    def wait_for_event(
        self, name: str, timeout: float = 60.0, where: Callable[[dict[str, Any]], bool] = bool
    ) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for entry in self.events(name):
                if where(entry):
                    return entry
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        raise AssertionError(
            f"no {name!r} log line; rc={self.proc.poll()}\n{self.out.read_text()}\n"
            f"{self.err.read_text()}"
        )

    def health(self) -> tuple[int, dict[str, Any]]:
        url = f"http://127.0.0.1:{self.http_port}/healthz"
        try:
            with urllib.request.urlopen(url, timeout=10) as resp:
                status, body = resp.status, json.loads(resp.read())
        except urllib.error.HTTPError as exc:
            status, body = exc.code, json.loads(exc.read())
        for child in body.get("workers", {}).get("children", []):
            if child.get("pid"):
                self.seen_pids.add(int(child["pid"]))
        return status, body

    def worker_pids(self) -> list[int]:
        pids = [c["pid"] for c in self.health()[1]["workers"]["children"]]
        assert all(pids), pids
        return [int(p) for p in pids]

    def send(self, subject: str) -> None:
        with smtplib.SMTP("127.0.0.1", self.smtp_port, timeout=30) as client:
            client.sendmail(
                "anna@customer.example", ["support@agency.example"], build_mail(subject)
            )


def children_of(pid: int) -> set[int]:
    """Every live process whose parent is `pid` (the workers and multiprocessing's
    resource tracker)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError, IndexError, ValueError):
            stat = (entry / "stat").read_text()
            fields = stat[stat.rindex(")") + 2 :].split()
            if int(fields[1]) == pid and fields[0] != "Z":
                found.add(int(entry.name))
    return found


def running(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2 :].split()[0] != "Z"


@pytest.fixture
def serve(tmp_path: Path, db: Database) -> Iterator[Callable[..., Daemon]]:
    started: list[Daemon] = []

    def start(processes: int = 1, *, graceful_s: float = 5.0, extra: str = "") -> Daemon:
        n = len(started)
        ports = {"smtp": free_port(), "http": free_port()}
        config = toml_config(
            tmp_path / f"frontdesk{n}.toml",
            db_url=db.url,
            smtp_port=ports["smtp"],
            http_port=ports["http"],
            spool=tmp_path / f"spool{n}",
            extra=extra,
        )
        out, err = tmp_path / f"serve{n}.out", tmp_path / f"serve{n}.err"
        env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTDESK_")}
        env["FRONTDESK_WORKER_PROCESSES"] = str(processes)
        env["FRONTDESK_WORKER_GRACEFUL_TIMEOUT_S"] = str(graceful_s)
        proc = subprocess.Popen(
            [FRONTDESK, "--config", str(config), "serve"],
            stdout=out.open("wb"),
            stderr=err.open("wb"),
            env=env,
            cwd=tmp_path,
        )
        daemon = Daemon(proc, out, err, ports)
        started.append(daemon)
        daemon.wait_for_event("listening", timeout=120)
        daemon.seen_pids |= children_of(proc.pid)
        return daemon

    yield start
    for daemon in started:  # the daemon, then every worker process it had, by PID
        if daemon.proc.poll() is None:
            daemon.seen_pids |= children_of(daemon.proc.pid)
            daemon.proc.send_signal(signal.SIGTERM)
            try:
                daemon.proc.wait(30)
            except subprocess.TimeoutExpired:
                daemon.proc.kill()
                daemon.proc.wait(5)
        deadline = time.monotonic() + 10
        while any(running(p) for p in daemon.seen_pids) and time.monotonic() < deadline:
            time.sleep(0.1)
        for pid in daemon.seen_pids:
            if running(pid):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)


def test_mail_becomes_a_ticket_in_a_worker_process_and_healthz_shows_it(
    db: Database, serve: Callable[..., Daemon]
) -> None:
    daemon = serve(processes=1)
    daemon.send("Website down")
    wait_for(lambda: ticket_count(db) == 1)
    canonical = daemon.wait_for_event("message")
    assert canonical["ticket"] == "FD-1"
    # Processed in the child, which logs with its worker name bound.
    assert canonical["worker_process"] == "worker-0"
    status, health = daemon.health()
    assert status == 200 and health["status"] == "ok", health
    workers = health["workers"]
    assert workers["mode"] == "processes"
    assert workers["processes"] == 1 and workers["alive"] == 1 and workers["restarts"] == 0
    [child] = workers["children"]
    assert child["alive"] and child["ready"] and child["name"] == "worker-0"
    assert child["pid"] in children_of(daemon.proc.pid), "a child of the daemon"
    assert workers["housekeeping"] == "worker-0"
    daemon.proc.send_signal(signal.SIGTERM)
    assert daemon.proc.wait(30) == 0
    assert daemon.wait_for_event("stopped")["clean"] is True
    assert not running(child["pid"])


def _long_voicemail(inbox: Path, repeat: int = 4) -> None:
    """An Asterisk spool pair whose recording is the fixture `repeat` times over: its
    transcription keeps the worker busy for a few seconds."""
    inbox.mkdir(parents=True)
    with wave.open(str(ASTERISK / "msg0000.wav"), "rb") as src:
        params = src.getparams()
        frames = src.readframes(src.getnframes())
    with wave.open(str(inbox / "msg0000.wav.part"), "wb") as dst:
        dst.setparams(params)
        dst.writeframes(frames * repeat)
    (inbox / "msg0000.wav.part").rename(inbox / "msg0000.wav")
    shutil.copy(ASTERISK / "msg0000.txt", inbox / "msg0000.txt")


def _voicemail_results(db: Database) -> list[dict[str, Any]]:
    with db.session() as session:
        return [
            dict(m.result or {})
            for m in session.scalars(
                select(Message).where(Message.direction == "in", Message.state == "processed")
            )
            if m.ticket_id is not None and (m.result or {}).get("channel") == "voicemail"
        ]


def test_a_worker_process_loads_whisper_on_its_first_recording_not_before_it_is_ready(
    db: Database, tmp_path: Path, serve: Callable[..., Daemon]
) -> None:
    daemon = serve(processes=1)
    assert daemon.events("worker process ready")
    daemon.send("Website down")
    wait_for(lambda: ticket_count(db) == 1)
    assert daemon.events("whisper model loaded") == [], "mail alone never loads Whisper"
    inbox = tmp_path / "spool0" / "INBOX"
    inbox.mkdir(parents=True)
    for name in ("msg0000.wav", "msg0000.txt"):
        shutil.copy(ASTERISK / name, inbox / name)
    wait_for(lambda: len(_voicemail_results(db)) == 1, timeout=180)
    [loaded] = daemon.events("whisper model loaded")
    assert loaded["worker_process"] == "worker-0" and loaded["model"] == "base"
    [result] = _voicemail_results(db)
    assert "storing" in result["transcript"].lower()
    daemon.proc.send_signal(signal.SIGTERM)
    assert daemon.proc.wait(30) == 0


def test_a_whisper_model_that_will_not_load_still_starts_and_its_voicemail_is_a_ticket_to_listen_to(
    db: Database, tmp_path: Path, serve: Callable[..., Daemon]
) -> None:
    broken = tmp_path / "broken-model"
    broken.mkdir()
    (broken / "config.json").write_text("{}")
    (broken / "model.bin").write_bytes(b"not a CTranslate2 model")
    daemon = serve(processes=1, extra=f'[transcription]\nmodel = "{broken}"\n')
    inbox = tmp_path / "spool0" / "INBOX"
    inbox.mkdir(parents=True)
    for name in ("msg0000.wav", "msg0000.txt"):
        shutil.copy(ASTERISK / name, inbox / name)
    wait_for(lambda: len(_voicemail_results(db)) == 1, timeout=120)
    [result] = _voicemail_results(db)
    assert result["transcript"] is None
    [warning] = [w for w in result["warnings"] if w.startswith("transcription failed: ")]
    assert f"cannot load {str(broken)!r}" in warning, warning
    assert warning.endswith(": listen to the recording")
    failed = daemon.wait_for_event("whisper model cannot be loaded")
    assert failed["worker_process"] == "worker-0"
    assert daemon.proc.poll() is None
    daemon.proc.send_signal(signal.SIGTERM)
    assert daemon.proc.wait(30) == 0


def _job_states(db: Database) -> list[str]:
    with db.session() as session:
        return list(session.scalars(select(Job.state).where(Job.kind == "process")))


def _message_states(db: Database) -> list[str]:
    with db.session() as session:
        return list(session.scalars(select(Message.state).where(Message.direction == "in")))


@pytest.mark.parametrize("signalled", ["daemon", "daemon and worker (systemd control-group)"])
def test_sigterm_while_a_job_is_in_hand_finishes_it_and_exits_0(
    db: Database, tmp_path: Path, serve: Callable[..., Daemon], signalled: str
) -> None:
    daemon = serve(processes=1, graceful_s=60.0)
    [worker] = daemon.worker_pids()
    _long_voicemail(tmp_path / "spool0" / "INBOX")
    wait_for(lambda: _job_states(db) == ["running"], timeout=60)
    daemon.proc.send_signal(signal.SIGTERM)
    if signalled != "daemon":
        os.kill(worker, signal.SIGTERM)
    assert daemon.proc.wait(90) == 0
    # The job in hand was finished, not abandoned mid-transaction.
    assert _job_states(db) == ["done"]
    assert _message_states(db) == ["processed"]
    assert ticket_count(db) == 1
    assert daemon.wait_for_event("worker process stopping")["clean"] is True
    assert daemon.wait_for_event("stopped")["clean"] is True
    assert not running(worker)


def test_the_job_in_hand_of_a_sigkilled_worker_is_retried_at_once_not_after_the_stale_delay(
    db: Database, tmp_path: Path, serve: Callable[..., Daemon]
) -> None:
    daemon = serve(processes=1)
    [worker] = daemon.worker_pids()
    _long_voicemail(tmp_path / "spool0" / "INBOX")
    wait_for(lambda: _job_states(db) == ["running"], timeout=60)
    os.kill(worker, signal.SIGKILL)
    freed = daemon.wait_for_event("job freed from a dead worker process")
    assert freed["state"] == "ready" and freed["pid"] == worker
    # Taken again by the restarted worker after the 2 s backoff, not after 10 minutes.
    wait_for(lambda: _job_states(db) == ["done"], timeout=120)
    assert _message_states(db) == ["processed"]
    assert ticket_count(db) == 1


@pytest.mark.parametrize("processes", [1, 2])
def test_a_sigkilled_worker_process_is_restarted_and_mail_still_becomes_a_ticket(
    db: Database, serve: Callable[..., Daemon], processes: int
) -> None:
    daemon = serve(processes=processes)
    pids = daemon.worker_pids()
    os.kill(pids[0], signal.SIGKILL)
    died = daemon.wait_for_event("worker process died: restarting it")
    assert died["exit"] == "killed by SIGKILL" and died["pid"] == pids[0]
    if processes == 1:
        # Until it is back, nobody files tickets: /healthz says so (and still answers 200).
        status, health = daemon.health()
        if health["workers"]["alive"] == 0:
            assert status == 200 and health["status"] == "degraded"
            assert health["problems"][0].startswith("no worker process is alive (0 of 1")
            assert "worker-0 killed by SIGKILL" in health["problems"][0]
    daemon.send("Website down")  # accepted meanwhile, filed by the new worker process
    daemon.wait_for_event(
        "worker process ready",
        where=lambda e: e["worker_process"] == "worker-0" and e["pid"] != pids[0],
    )
    wait_for(lambda: ticket_count(db) == 1)
    status, health = daemon.health()
    assert status == 200 and health["status"] == "ok", health
    workers = health["workers"]
    assert workers["alive"] == processes and workers["restarts"] == 1
    first = workers["children"][0]
    assert first["restarts"] == 1 and first["last_exit"] == "killed by SIGKILL"
    assert first["pid"] not in pids and first["pid"] in children_of(daemon.proc.pid)
    daemon.send("Still down")
    wait_for(lambda: ticket_count(db) + len(_message_states(db)) >= 3)
    wait_for(lambda: set(_message_states(db)) == {"processed"})
    daemon.proc.send_signal(signal.SIGTERM)
    assert daemon.proc.wait(30) == 0


def test_a_sigkilled_daemon_leaves_no_orphan_worker_process(
    db: Database, serve: Callable[..., Daemon]
) -> None:
    daemon = serve(processes=2)
    workers = set(daemon.worker_pids())
    children = children_of(daemon.proc.pid)
    assert workers <= children
    daemon.seen_pids |= children
    daemon.proc.kill()
    daemon.proc.wait(10)
    deadline = time.monotonic() + 10
    while any(running(p) for p in children) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [p for p in children if running(p)], "orphans outlived the daemon"
    assert len(daemon.events("the daemon is gone: finishing the job in hand")) == 2


def test_sighup_reaches_the_worker_processes(
    db: Database, tmp_path: Path, serve: Callable[..., Daemon]
) -> None:
    daemon = serve(processes=1)
    config = tmp_path / "frontdesk0.toml"
    config.write_text(
        config.read_text()
        + '\n[[customers]]\nid = "shop"\nname = "Shop"\ndomains = ["customer.example"]\n'
    )
    daemon.proc.send_signal(signal.SIGHUP)
    assert daemon.wait_for_event("config reloaded")["customers"] == 1
    assert daemon.wait_for_event("worker process reloaded")["customers"] == 1
    # The child's new TicketDesk knows the customer: anna@customer.example is theirs.
    daemon.send("Website down")
    wait_for(lambda: ticket_count(db) == 1)
    assert daemon.wait_for_event("message")["customer"] == "shop"


def test_a_broken_rule_file_stops_start_up_with_one_line_and_leaves_no_worker_process(
    db: Database,
    tmp_path: Path,
    start_serve: Callable[..., Any],  # noqa: F811 (the fixture imported above)
) -> None:
    # The worker processes are spawned before the daemon builds its own parts (start-up
    # overlaps), and only they load the rules: when one finds the rule file broken, the
    # daemon stops with its one line, and every worker process goes with it.
    rules = tmp_path / "house_rules.toml"
    rules.write_text('language = "en"\n[[rule]]\nid = "house.x"\nlevel = "sever"\n')
    config = toml_config(
        tmp_path / "frontdesk.toml",
        db_url=db.url,
        extra=f'[classifier]\nrule_files = ["{rules}"]\n',
    )
    served = start_serve(
        [FRONTDESK, "--config", str(config), "serve"], env={"FRONTDESK_WORKER_PROCESSES": "2"}
    )
    seen: set[int] = set()
    deadline = time.monotonic() + 120
    while served.proc.poll() is None and time.monotonic() < deadline:
        seen |= children_of(served.proc.pid)
        time.sleep(0.05)
    assert served.proc.wait(1) == 2
    lines = served.err.read_text().strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("frontdesk: ") and "house_rules.toml:" in lines[0], lines
    assert seen, "no worker process was started before the daemon built its parts"
    deadline = time.monotonic() + 10
    while any(running(p) for p in seen) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [p for p in seen if running(p)]
    for pid in left:  # every process this test saw started is stopped by its PID
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    assert not left, "worker processes outlived the daemon"
