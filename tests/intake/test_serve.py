"""`frontdesk serve` as a real subprocess: real sockets, swaks, signals, exit codes."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import smtplib
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from storage.db import Database
from storage.models import Ticket

ROOT = Path(__file__).resolve().parents[2]
FRONTDESK = str(Path(sys.executable).parent / "frontdesk")
GRACEFUL_S = 5.0
ASTERISK = ROOT / "tests" / "fixtures" / "audio" / "asterisk_spool_nl"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def toml_config(
    path: Path,
    *,
    db_url: str,
    smtp_port: int | None = None,
    http_port: int | None = None,
    spool: Path | None = None,
    extra: str = "",
) -> Path:
    """A config for `serve` at `path`: free ports and a `spool` folder beside it unless
    given."""
    smtp_port = smtp_port or free_port()
    http_port = http_port or free_port()
    spool = spool or path.parent / "spool"
    path.write_text(
        f"""
[database]
url = "{db_url}"

[logging]
format = "json"

[smtp]
host = "127.0.0.1"
port = {smtp_port}
support_addresses = ["support@agency.example"]

[http]
host = "127.0.0.1"
port = {http_port}

[spool]
path = "{spool}"

[worker]
threads = 1
graceful_timeout_s = {GRACEFUL_S}
{extra}
"""
    )
    return path


def down_imap_account(port: int, *, password: str) -> str:
    """Config for an IMAP account named "down" whose server (nothing on `port`) is down."""
    return f"""
[[imap.accounts]]
name = "down"
host = "127.0.0.1"
port = {port}
security = "none"
username = "support"
password = "{password}"
"""


class Served:
    def __init__(self, proc: subprocess.Popen[bytes], out: Path, err: Path) -> None:
        self.proc = proc
        self.out = out
        self.err = err

    def lines(self) -> list[dict[str, Any]]:
        found = []
        for line in self.out.read_text(errors="replace").splitlines():
            with_json = line[line.find("{") :] if "{" in line else ""
            try:
                found.append(json.loads(with_json))
            except json.JSONDecodeError:
                continue
        return found

    def wait_for_event(self, prefix: str, timeout: float = 30.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for entry in self.lines():
                if str(entry.get("event", "")).startswith(prefix):
                    return entry
            if self.proc.poll() is not None:
                break
            time.sleep(0.1)
        raise AssertionError(
            f"no {prefix!r} log line; rc={self.proc.poll()}\n{self.out.read_text()}\n"
            f"{self.err.read_text()}"
        )

    def terminate_and_wait(self, timeout: float) -> tuple[int, float]:
        started = time.monotonic()
        self.proc.send_signal(signal.SIGTERM)
        rc = self.proc.wait(timeout)
        return rc, time.monotonic() - started


@pytest.fixture
def start_serve(tmp_path: Path) -> Iterator[Callable[..., Served]]:
    started: list[Served] = []

    def start(
        argv: list[str], *, env: dict[str, str] | None = None, cwd: Path | None = None
    ) -> Served:
        n = len(started)
        out, err = tmp_path / f"serve{n}.out", tmp_path / f"serve{n}.err"
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTDESK_")}
        full_env.update(env or {})
        proc = subprocess.Popen(
            argv,
            stdout=out.open("wb"),
            stderr=err.open("wb"),
            env=full_env,
            cwd=cwd or tmp_path,
        )
        served = Served(proc, out, err)
        started.append(served)
        return served

    yield start
    for served in started:  # every server this test started is stopped by its PID
        if served.proc.poll() is None:
            served.proc.send_signal(signal.SIGTERM)
            try:
                served.proc.wait(15)
            except subprocess.TimeoutExpired:
                served.proc.kill()
                served.proc.wait(5)


def swaks(port: int, to: str = "support@agency.example", subject: str = "Website down") -> str:
    done = subprocess.run(
        ["swaks", "--server", "127.0.0.1", "--port", str(port), "--to", to,
         "--from", "anna@customer.example", "--header", f"Subject: {subject}",
         "--body", "Our website is down since this morning.", "--timeout", "30"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def ticket_count(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Ticket)) or 0)


def wait_for(check: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    raise AssertionError("timed out")


def test_serve_files_a_swaks_mail_and_exits_0_on_sigterm_within_graceful_timeout(
    db: Database, tmp_path: Path, start_serve
) -> None:
    smtp_port, http_port = free_port(), free_port()
    config = toml_config(
        tmp_path / "frontdesk.toml",
        db_url=db.url,
        smtp_port=smtp_port,
        http_port=http_port,
        spool=tmp_path / "spool",
        # An IMAP account whose server is down: it is retried and logged, its password never.
        extra=down_imap_account(free_port(), password="hunter2-not-for-logs"),
    )
    served = start_serve([FRONTDESK, "--config", str(config), "serve"])
    listening = served.wait_for_event("listening")
    assert served.wait_for_event("imap connection lost")["account"] == "down"
    assert listening["smtp"] == f"127.0.0.1:{smtp_port}"
    assert listening["http"] == f"127.0.0.1:{http_port}"
    assert "250 2.0.0 OK queued as" in swaks(smtp_port)
    wait_for(lambda: ticket_count(db) == 1)
    canonical = served.wait_for_event("message")
    assert canonical["source"] == "smtp" and canonical["ticket"] == "FD-1"
    rc, seconds = served.terminate_and_wait(GRACEFUL_S + 10)
    assert rc == 0
    assert seconds < GRACEFUL_S + 2
    assert served.wait_for_event("stopped")["clean"] is True
    assert "hunter2" not in served.out.read_text() + served.err.read_text()


def test_unmigrated_postgresql_database_is_refused_with_one_line_and_exit_2(
    pg_server, tmp_path: Path, start_serve
) -> None:
    empty = pg_server()
    config = toml_config(tmp_path / "frontdesk.toml", db_url=empty)
    served = start_serve([FRONTDESK, "--config", str(config), "serve"])
    assert served.proc.wait(60) == 2
    err = served.err.read_text().strip()
    assert len(err.splitlines()) == 1, err
    assert err.startswith("frontdesk: database ")
    assert "not initialised: run `frontdesk db upgrade`" in err


def test_embedded_default_migrates_itself_and_the_mail_shows_in_tickets_list(
    tmp_path: Path, start_serve
) -> None:
    workdir = tmp_path / "run"
    workdir.mkdir()
    smtp_port, http_port = free_port(), free_port()
    env = {"FRONTDESK_SMTP_PORT": str(smtp_port), "FRONTDESK_HTTP_PORT": str(http_port)}
    served = start_serve([FRONTDESK, "serve"], env=env, cwd=workdir)
    served.wait_for_event("migrating the embedded database")
    listening = served.wait_for_event("listening")
    assert listening["smtp"] == f"127.0.0.1:{smtp_port}"
    assert listening["spool"] == "voicemail"
    swaks(smtp_port, to="support@localhost")
    served.wait_for_event("message")
    listed = subprocess.run(
        [FRONTDESK, "tickets", "list"], cwd=workdir, capture_output=True, text=True,
        timeout=60, check=False, env={k: v for k, v in os.environ.items()
                                      if not k.startswith("FRONTDESK_")},
    )  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    assert "FD-1" in listed.stdout
    assert (workdir / "frontdesk.db").exists()
    assert (workdir / "voicemail").is_dir()
    assert served.terminate_and_wait(30)[0] == 0


def test_socket_activation_serves_smtp_on_the_inherited_socket(
    db: Database, tmp_path: Path, start_serve
) -> None:
    activated_port = free_port()
    # the config's own SMTP port is not used: the inherited socket wins
    config = toml_config(tmp_path / "frontdesk.toml", db_url=db.url)
    served = start_serve(
        ["systemd-socket-activate", "-l", f"127.0.0.1:{activated_port}", "--fdname=smtp",
         FRONTDESK, "--config", str(config), "serve"]
    )  # fmt: skip
    wait_for(lambda: _accepts(activated_port))
    # The first connection starts the daemon, which takes over the listening socket.
    assert "250 2.0.0 OK queued as" in swaks(activated_port)
    assert served.wait_for_event("listening")["smtp"] == f"127.0.0.1:{activated_port}"
    wait_for(lambda: ticket_count(db) == 1)
    assert served.terminate_and_wait(30)[0] == 0


def _accepts(port: int) -> bool:
    # A bare connect would itself trigger the activation; checking the LISTEN state
    # through /proc keeps the first real connection for swaks.
    needle = f":{port:04X} 00000000:0000 0A"
    return needle in Path("/proc/net/tcp").read_text()


def test_sd_notify_ready_watchdog_and_stopping_are_sent(
    db: Database, tmp_path: Path, start_serve
) -> None:
    notify_path = tmp_path / "notify.sock"
    notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    notify.bind(str(notify_path))
    notify.settimeout(30)
    config = toml_config(tmp_path / "frontdesk.toml", db_url=db.url)
    try:
        served = start_serve(
            [FRONTDESK, "--config", str(config), "serve"],
            env={"NOTIFY_SOCKET": str(notify_path), "WATCHDOG_USEC": "400000"},
        )
        received: list[str] = []
        while not any(m.startswith("WATCHDOG=1") for m in received):
            received.append(notify.recv(4096).decode())
        assert received[0].startswith("READY=1\nSTATUS=smtp=127.0.0.1:")
        served.proc.send_signal(signal.SIGTERM)
        while not received[-1].startswith("STOPPING=1"):
            received.append(notify.recv(4096).decode())
        assert served.proc.wait(30) == 0
    finally:
        notify.close()


def test_sighup_reloads_customers_and_refuses_a_broken_config(
    db: Database, tmp_path: Path, start_serve
) -> None:
    args = {
        "db_url": db.url,
        "smtp_port": free_port(),
        "http_port": free_port(),
        "spool": tmp_path / "spool",
    }
    config = toml_config(tmp_path / "frontdesk.toml", **args)
    served = start_serve([FRONTDESK, "--config", str(config), "serve"])
    served.wait_for_event("listening")
    # The spool watcher runs in the daemon too: an Asterisk pair dropped in is taken.
    inbox = tmp_path / "spool" / "INBOX"
    inbox.mkdir(parents=True)
    for name in ("msg0000.wav", "msg0000.txt"):
        shutil.copy(ASTERISK / name, inbox / name)
    assert served.wait_for_event("spool accepted")["caller"] == '"Jan Jansen" <0612345678>'
    wait_for(lambda: (tmp_path / "spool" / "processed" / "INBOX" / "msg0000.txt").exists())
    toml_config(
        config,
        **args,
        extra='\n[[customers]]\nid = "bakery"\nname = "Bakkerij Jansen"\n'
        'domains = ["bakkerij-jansen.nl"]\n',
    )
    served.proc.send_signal(signal.SIGHUP)
    reloaded = served.wait_for_event("config reloaded")
    assert reloaded["customers"] == 1
    config.write_text(config.read_text() + "\n[smtp]\nport = 'not a number'\n")
    served.proc.send_signal(signal.SIGHUP)
    assert "invalid TOML" in served.wait_for_event("config reload refused")["problem"]
    assert served.proc.poll() is None
    assert served.terminate_and_wait(30)[0] == 0


def _make_cert(directory: Path, cn: str) -> tuple[Path, Path]:
    """A self-signed certificate and its key, as the STARTTLS tests make them."""
    directory.mkdir(parents=True, exist_ok=True)
    cert, key = directory / "mx.crt", directory / "mx.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", f"/CN={cn}", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return cert, key


def _fingerprint_of_file(cert: Path) -> str:
    return hashlib.sha256(ssl.PEM_cert_to_DER_cert(cert.read_text())).hexdigest()


def _starttls(port: int) -> tuple[smtplib.SMTP, str]:
    """A client after STARTTLS and EHLO, and the SHA-256 of the certificate it was shown."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # self-signed: the test compares fingerprints
    client = smtplib.SMTP("127.0.0.1", port, timeout=30)
    client.starttls(context=context)
    client.ehlo()
    assert isinstance(client.sock, ssl.SSLSocket)
    der = client.sock.getpeercert(binary_form=True)
    assert der is not None
    return client, hashlib.sha256(der).hexdigest()


def _seen_by_new_client(port: int) -> str:
    client, fingerprint = _starttls(port)
    client.quit()
    return fingerprint


def test_sighup_reloads_the_renewed_tls_certificate_and_keeps_the_old_one_when_broken(
    db: Database, tmp_path: Path, start_serve
) -> None:
    # certbot renews in place: the same two paths, new contents.
    live = tmp_path / "live"
    cert, key = _make_cert(live, "a.agency.example")
    cert_b, key_b = _make_cert(tmp_path / "renewed", "b.agency.example")
    a, b = _fingerprint_of_file(cert), _fingerprint_of_file(cert_b)
    smtp_port = free_port()
    config = toml_config(tmp_path / "frontdesk.toml", db_url=db.url, smtp_port=smtp_port)
    config.write_text(
        config.read_text().replace(
            "[smtp]\n", f'[smtp]\ntls_cert = "{cert}"\ntls_key = "{key}"\n', 1
        )
    )
    served = start_serve([FRONTDESK, "--config", str(config), "serve"])
    served.wait_for_event("listening")

    def reload_and_wait(count: int) -> dict[str, Any]:
        served.proc.send_signal(signal.SIGHUP)
        wait_for(lambda: len(events(served, "config reloaded")) == count)
        return events(served, "config reloaded")[-1]

    assert _seen_by_new_client(smtp_port) == a
    before, seen_before = _starttls(smtp_port)  # a session open across the reload
    assert seen_before == a

    shutil.copy(cert_b, cert)
    shutil.copy(key_b, key)
    assert reload_and_wait(1)["smtp_tls"] == "reloaded"
    assert _seen_by_new_client(smtp_port) == b
    # The open session was not dropped: it still delivers, over its certificate A.
    message = b"Subject: Before the reload\r\n\r\nSent over the old session.\r\n"
    assert before.sendmail("anna@customer.example", ["support@agency.example"], message) == {}
    before.quit()

    # A broken certificate file: refused, named on one line, B still served.
    cert.write_text("-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----\n")
    assert reload_and_wait(2)["smtp_tls"] == "kept the old certificate"
    assert _seen_by_new_client(smtp_port) == b
    # A key that does not match the certificate: the same.
    shutil.copy(cert_b, cert)
    key.write_text(_make_cert(tmp_path / "other", "c.agency.example")[1].read_text())
    assert reload_and_wait(3)["smtp_tls"] == "kept the old certificate"
    assert _seen_by_new_client(smtp_port) == b
    # A key that is gone.
    key.unlink()
    assert reload_and_wait(4)["smtp_tls"] == "kept the old certificate"
    assert _seen_by_new_client(smtp_port) == b

    refused = [e["problem"] for e in events(served, "smtp tls reload refused")]
    assert len(refused) == 3, refused
    assert str(cert) in refused[0] and str(cert) in refused[1] and str(key) in refused[1]
    assert refused[2] == f"smtp.tls_key: {key} does not exist"
    logged = served.out.read_text() + served.err.read_text()
    refusal_lines = [line for line in logged.splitlines() if "smtp tls reload refused" in line]
    assert len(refusal_lines) == 3, refusal_lines  # one line each, no traceback after it
    assert "Traceback" not in logged and "PRIVATE KEY" not in logged
    # The rest of the reload went on, and the daemon still takes mail and stops cleanly.
    assert served.proc.poll() is None
    wait_for(lambda: ticket_count(db) == 1)
    assert served.terminate_and_wait(30)[0] == 0


def events(served: Served, name: str) -> list[dict[str, Any]]:
    """The log lines whose event starts with `name`."""
    return [e for e in served.lines() if str(e.get("event", "")).startswith(name)]


def test_missing_whisper_model_stops_start_up_with_one_line_and_exit_2(
    db: Database, tmp_path: Path, start_serve
) -> None:
    config = toml_config(
        tmp_path / "frontdesk.toml",
        db_url=db.url,
        extra='[transcription]\nmodel = "no-such-model"\n',
    )
    served = start_serve([FRONTDESK, "--config", str(config), "serve"])
    assert served.proc.wait(120) == 2
    err = served.err.read_text().strip()
    assert len(err.splitlines()) == 1, err
    assert err.startswith("frontdesk: transcription.model: "), err


def test_serve_transcribes_a_spool_pair_and_a_pbx_email_from_one_caller_into_one_ticket(
    db: Database, tmp_path: Path, start_serve
) -> None:
    import smtplib

    from storage.models import Attachment, Message, Notification

    smtp_port = free_port()
    config = toml_config(
        tmp_path / "frontdesk.toml",
        db_url=db.url,
        smtp_port=smtp_port,
        http_port=free_port(),
        spool=tmp_path / "spool",
        extra='\n[[customers]]\nid = "bakkerij-jansen"\nname = "Bakkerij Jansen"\n'
        'phones = ["+31612345678"]\n',
    )
    # The voicemail box is Dutch; the PBX email's language is heard from the recording.
    served = start_serve(
        [FRONTDESK, "--config", str(config), "serve"], env={"FRONTDESK_SPOOL_LANGUAGE": "nl"}
    )
    served.wait_for_event("listening", timeout=120)
    inbox = tmp_path / "spool" / "INBOX"
    inbox.mkdir(parents=True)
    for name in ("msg0000.wav", "msg0000.txt"):
        shutil.copy(ASTERISK / name, inbox / name)
    # On the wire SMTP lines end in CRLF (the fixture file is stored with LF).
    pbx_email = (ASTERISK.parent / "pbx_voicemail_email_en.eml").read_bytes()
    pbx_email = pbx_email.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with smtplib.SMTP("127.0.0.1", smtp_port, timeout=30) as client:
        client.sendmail("asterisk@pbx.example.net", ["support@agency.example"], pbx_email)

    def voicemail_messages() -> list[Message]:
        with db.session() as session:
            return list(
                session.scalars(
                    select(Message).where(Message.direction == "in", Message.state == "processed")
                )
            )

    wait_for(lambda: len(voicemail_messages()) == 2, timeout=180)
    messages = voicemail_messages()
    by_language = {m.result["language"]: m.result for m in messages}  # type: ignore[index]
    assert set(by_language) == {"nl", "en"}
    assert "storing" in by_language["nl"]["transcript"].lower()
    assert "website" in by_language["en"]["transcript"].lower()
    # Two calls from one number within the join window are one ticket.
    assert {m.ticket_id for m in messages} != {None}
    assert len({m.ticket_id for m in messages}) == 1
    with db.session() as session:
        ticket = session.get(Ticket, messages[0].ticket_id)
        assert ticket is not None and ticket.channel == "voicemail"
        assert ticket.contact_phone == "+31612345678"
        assert ticket.customer_id == "bakkerij-jansen"
        for message in messages:
            audio = session.scalars(
                select(Attachment).where(
                    Attachment.message_pk == message.id, Attachment.is_audio.is_(True)
                )
            ).all()
            assert len(audio) == 1
        recipients = {n.recipient for n in session.scalars(select(Notification))}
    assert "asterisk@pbx.example.net" not in recipients, "never acknowledge to the PBX"
    assert served.terminate_and_wait(60)[0] == 0


def _healthz(port: int) -> tuple[int, dict[str, Any]]:
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_healthz_names_the_mailbox_that_cannot_connect_and_never_its_password(
    db: Database, tmp_path: Path, start_serve
) -> None:
    smtp_port, http_port, imap_port = free_port(), free_port(), free_port()
    config = toml_config(
        tmp_path / "frontdesk.toml",
        db_url=db.url,
        smtp_port=smtp_port,
        http_port=http_port,
        spool=tmp_path / "spool",
        extra=down_imap_account(imap_port, password="hunter2-not-for-health"),
    )
    served = start_serve([FRONTDESK, "--config", str(config), "serve"])
    # The poller starts before the HTTP listener binds and may lose its connection first:
    # /healthz is asked only once serve says it listens.
    served.wait_for_event("listening")
    served.wait_for_event("imap connection lost")
    status, health = _healthz(http_port)
    # Degraded, not down: SMTP still takes mail, so a load balancer must keep it.
    assert status == 200
    assert health["status"] == "degraded"
    assert health["db"] == "ok"
    [problem] = health["problems"]
    assert problem.startswith(f"imap support@127.0.0.1:{imap_port}/INBOX: not connected since ")
    assert "Connection refused" in problem
    [poller] = health["sources"]["imap"]
    assert poller["state"] == "retrying" and poller["connects"] == 0
    assert health["sources"]["smtp"] == {"listening": f"127.0.0.1:{smtp_port}"}
    assert "hunter2" not in json.dumps(health)
    # Mail still flows meanwhile, and the queue it went through is empty again.
    swaks(smtp_port)
    wait_for(lambda: ticket_count(db) == 1)
    wait_for(lambda: _healthz(http_port)[1]["queue"]["ready"] == 0)
    assert _healthz(http_port)[1]["queue"] == {
        "ready": 0,
        "running": 0,
        "dead": 0,
        "oldest_ready_s": None,
    }
