"""`frontdesk serve` with worker processes (worker.processes >= 1, and 0: the workers in
the daemon itself), as a real subprocess: real sockets, a real child process per worker,
real signals. Every process a test starts (the daemon and the workers it spawned) is
stopped by its PID in the teardown."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import smtplib
import subprocess
import threading
import time
import urllib.error
import urllib.request
import wave
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from storage.db import Database
from storage.models import Job, Message, Ticket

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


class ChildWatch:
    """Samples the children of `pid` every 20 ms until closed: every process it ever had."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.seen: set[int] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            self.seen |= children_of(self.pid)

    def close(self) -> set[int]:
        self._stop.set()
        self._thread.join(5)
        return self.seen


def test_with_worker_processes_0_the_daemon_itself_files_the_mail_and_starts_no_process(
    db: Database, tmp_path: Path, serve: Callable[..., Daemon]
) -> None:
    daemon = serve(processes=0)
    watch = ChildWatch(daemon.proc.pid)
    try:
        status, health = daemon.health()
        assert status == 200 and health["status"] == "ok", health
        assert health["workers"] == {"mode": "threads", "threads": 1, "alive": 1}
        daemon.send("Website down")
        wait_for(lambda: ticket_count(db) == 1)
        canonical = daemon.wait_for_event("message")
        assert canonical["ticket"] == "FD-1" and canonical["source"] == "smtp"
        assert "worker_process" not in canonical, "filed in the daemon, not in a child"
        env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTDESK_")}
        listed = subprocess.run(
            [FRONTDESK, "--config", str(tmp_path / "frontdesk0.toml"), "tickets", "list",
             "--json"],
            capture_output=True, text=True, timeout=60, check=False, env=env,
        )  # fmt: skip
        assert listed.returncode == 0, listed.stderr
        [ticket] = [json.loads(line) for line in listed.stdout.splitlines()]
        assert ticket["case"] == "FD-1" and ticket["subject"] == "Website down", ticket
        daemon.proc.send_signal(signal.SIGTERM)
        assert daemon.proc.wait(30) == 0
    finally:
        seen = watch.close()
    assert daemon.wait_for_event("stopped")["clean"] is True
    assert daemon.events("worker process started") == []
    assert seen == set(), f"worker.processes = 0 started processes: {seen}"


@pytest.mark.parametrize("processes", [0, 1])
def test_sigterm_while_a_job_outlasts_the_graceful_timeout_exits_0_and_the_next_start_files_it_once(
    db: Database, tmp_path: Path, serve: Callable[..., Daemon], processes: int
) -> None:
    # A real slow input: a recording whose transcription takes several seconds, against a
    # graceful timeout of one.
    graceful_s = 1.0
    daemon = serve(processes=processes, graceful_s=graceful_s)
    _long_voicemail(tmp_path / "spool0" / "INBOX", repeat=6)
    wait_for(lambda: _job_states(db) == ["running"], timeout=60)
    daemon.seen_pids |= children_of(daemon.proc.pid)
    daemon.proc.send_signal(signal.SIGTERM)
    # Within the graceful timeout and the moment the daemon gives a worker process to
    # exit (2 s), plus start-up noise: not after the recording is transcribed.
    assert daemon.proc.wait(graceful_s + 15) == 0
    assert daemon.wait_for_event("stopped")["clean"] is False
    released = daemon.wait_for_event("job in hand released for the next start")
    # Not lost, not half-done, not counted as a failure: the job waits for the next start.
    with db.session() as session:
        [job] = session.scalars(select(Job).where(Job.kind == "process")).all()
        assert (job.id, job.state, job.locked_by, job.attempts) == (
            released["job"],
            "ready",
            None,
            0,
        )
        assert str(job.last_error).startswith("interrupted: the daemon stopped")
    assert ticket_count(db) == 0
    assert _message_states(db) != ["processed"]
    deadline = time.monotonic() + 10
    while any(running(p) for p in daemon.seen_pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [p for p in daemon.seen_pids if running(p)], "a worker outlived its daemon"
    again = serve(processes=processes, graceful_s=60.0)
    wait_for(lambda: _job_states(db) == ["done"], timeout=180)
    assert _message_states(db) == ["processed"]
    assert ticket_count(db) == 1
    assert len(_voicemail_results(db)) == 1
    again.proc.send_signal(signal.SIGTERM)
    assert again.proc.wait(60) == 0


SUPPORT = "support@agency.example"


@contextlib.contextmanager
def another_writer(db: Database) -> Iterator[Callable[[], bool]]:
    """Another writer holds the database (a `frontdesk ingest` beside the daemon, a long
    migration), so the daemon's accept waits for it. Yields a check: does it wait now?"""
    with db.transaction() as session:
        if db.is_sqlite:
            # The writer lock every process takes in turn; the intake announces its wait.
            yield db.intake_waiting
            return
        session.execute(text("LOCK TABLE messages IN EXCLUSIVE MODE"))

        def insert_waits() -> bool:
            with db.session() as other:
                return bool(
                    other.scalar(
                        text(
                            "SELECT count(*) FROM pg_stat_activity WHERE datname ="
                            " current_database() AND wait_event_type = 'Lock'"
                            " AND query ILIKE 'INSERT INTO messages%'"
                        )
                    )
                )

        yield insert_waits


def _finish_data(client: smtplib.SMTP, rest: bytes) -> int | None:
    """Send the rest of a message and its end: the reply's code, None when the
    connection is gone (the client then keeps the message and retries)."""
    try:
        client.send(rest + b".\r\n")
        return int(client.getreply()[0])
    except (smtplib.SMTPServerDisconnected, OSError):
        return None


def _stored(db: Database) -> list[bytes]:
    with db.session() as session:
        stmt = select(Message.raw).where(Message.direction == "in").order_by(Message.id)
        return [bytes(raw) for raw in session.scalars(stmt)]


def test_sigterm_during_smtp_data_a_250_means_kept_and_a_client_without_one_can_retry(
    db: Database, serve: Callable[..., Daemon]
) -> None:
    daemon = serve(processes=1, graceful_s=30.0)
    waiting, cut = build_mail("Waiting for its 250"), build_mail("Cut off mid-transfer")
    # One client is mid-transfer: DATA answered 354, half the message sent.
    mid = smtplib.SMTP("127.0.0.1", daemon.smtp_port, timeout=30)
    mid.ehlo()
    assert mid.mail("anna@customer.example")[0] == 250
    assert mid.rcpt(SUPPORT)[0] == 250
    assert mid.docmd("DATA")[0] == 354
    mid.send(cut[: len(cut) // 2])
    # The other has sent all of its message and waits for the reply: its accept waits for
    # another writer, and SIGTERM comes meanwhile.
    reply: list[Any] = []

    def send_all() -> None:
        client = smtplib.SMTP("127.0.0.1", daemon.smtp_port, timeout=60)
        try:
            client.ehlo()
            client.mail("bert@customer.example")
            client.rcpt(SUPPORT)
            reply.append(client.data(waiting))
        except (smtplib.SMTPException, OSError) as exc:
            reply.append(exc)
        finally:
            client.close()

    sender = threading.Thread(target=send_all, daemon=True)
    with another_writer(db) as intake_waits:
        sender.start()
        wait_for(intake_waits, timeout=8)  # under the intake's 10 s busy timeout
        daemon.proc.send_signal(signal.SIGTERM)
        daemon.wait_for_event("shutting down")
    sender.join(60)
    # The accept committed after the signal: its 250 came, and the message is kept.
    [(code, _)] = reply
    assert code == 250, reply
    events = [str(e.get("event")) for e in daemon.lines()]
    assert events.index("smtp accepted") > events.index("shutting down")
    # The cut-off transfer is never answered 250: 421, or the connection is gone.
    assert _finish_data(mid, cut[len(cut) // 2 :]) in (421, None)
    mid.close()
    assert daemon.proc.wait(60) == 0
    assert daemon.wait_for_event("stopped")["clean"] is True
    assert _stored(db) == [waiting]
    # The client without a 250 retries, at the next start: each message is one ticket.
    again = serve(processes=1)
    with smtplib.SMTP("127.0.0.1", again.smtp_port, timeout=30) as client:
        assert client.sendmail("anna@customer.example", [SUPPORT], cut) == {}
    wait_for(lambda: ticket_count(db) == 2)
    assert sorted(_stored(db)) == sorted([waiting, cut])
    with db.session() as session:
        subjects = sorted(session.scalars(select(Ticket.subject)))
    assert subjects == ["Cut off mid-transfer", "Waiting for its 250"]
    again.proc.send_signal(signal.SIGTERM)
    assert again.proc.wait(30) == 0
