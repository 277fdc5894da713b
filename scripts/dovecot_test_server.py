"""A throw-away Dovecot IMAP server for tests and benchmarks.

Writes its own dovecot.conf and passwd file under a temporary directory (never touches
/etc/dovecot), runs `dovecot -F -c CONF` on a free loopback port with plaintext auth,
maildir storage under the same directory, waits for the IMAP greeting, and stops the
master process by its PID.

Usage from Python::

    server = DovecotServer(tmp_path, users={"support": "secret"})
    server.start()
    ...  # IMAPClient("127.0.0.1", port=server.port, ssl=False)
    server.restart()       # same port, same maildir
    server.stop()

Usage from a shell (for poking at it by hand)::

    python scripts/dovecot_test_server.py /tmp/dc   # prints the port, Ctrl-C stops it
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class DovecotServer:
    def __init__(
        self,
        root: Path,
        *,
        users: dict[str, str] | None = None,
        port: int | None = None,
        idle_notify_interval_s: int | None = None,
    ) -> None:
        self.root = Path(root)
        self.users = users or {"support": "secret"}
        self.port = port or free_port()
        self.idle_notify_interval_s = idle_notify_interval_s
        self.process: subprocess.Popen[bytes] | None = None
        self.conf = self.root / "dovecot.conf"
        self.mail_root: Path | None = None

    # -- configuration -----------------------------------------------------------------

    def _write_config(self) -> None:
        for sub in ("base", "state", "log"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        me = pwd.getpwuid(os.getuid())
        uid, gid = me.pw_uid, me.pw_gid
        if uid == 0:
            # Dovecot never runs mail processes as root: as root, mail belongs to the
            # unprivileged "dovecot" user, in a directory it can reach (pytest's temp
            # dirs are 0700 root). It survives restart() and is removed by close().
            mail_owner = pwd.getpwnam("dovecot")
            uid, gid = mail_owner.pw_uid, mail_owner.pw_gid
        if self.mail_root is None:
            self.mail_root = Path(tempfile.mkdtemp(prefix="frontdesk-dovecot-mail-"))
            os.chmod(self.mail_root, 0o711)
            os.chown(self.mail_root, uid, gid)
        passwd = self.root / "passwd"
        passwd.write_text(
            "".join(
                f"{name}:{{PLAIN}}{password}:{uid}:{gid}::{self.mail_root / name}::\n"
                for name, password in self.users.items()
            )
        )
        # As root (CI): mail is owned by root (first_valid_uid = 0) and the login
        # processes run as Debian's unprivileged dovenull, chrooted into base_dir/login
        # before they drop privileges, so they never need to traverse the temp dir.
        # As another user: everything runs as that user.
        user = me.pw_name
        login_user = "dovenull" if os.getuid() == 0 else user
        internal_user = "dovecot" if os.getuid() == 0 else user
        lines = [
            f"base_dir = {self.root / 'base'}",
            f"state_dir = {self.root / 'state'}",
            f"log_path = {self.root / 'log' / 'dovecot.log'}",
            "protocols = imap",
            "listen = 127.0.0.1",
            "ssl = no",
            "disable_plaintext_auth = no",
            "auth_mechanisms = plain login",
            "login_trusted_networks = 127.0.0.0/8",
            f"default_internal_user = {internal_user}",
            f"default_login_user = {login_user}",
            "first_valid_uid = 0",
            "mail_location = maildir:~/Maildir",
            "mail_privileged_group =",
            # A test server must not refuse a burst of benchmark connections.
            "mail_max_userip_connections = 200",
            "passdb {",
            "  driver = passwd-file",
            f"  args = scheme=PLAIN {passwd}",
            "}",
            "userdb {",
            "  driver = passwd-file",
            f"  args = {passwd}",
            "}",
            "service imap-login {",
            "  inet_listener imap {",
            "    address = 127.0.0.1",
            f"    port = {self.port}",
            "  }",
            "  inet_listener imaps {",
            "    port = 0",
            "  }",
            "}",
            # The auth process reads the passwd file inside our (private) temp dir.
            "service auth {",
            f"  user = {user}",
            "}",
            "namespace inbox {",
            "  inbox = yes",
            "  separator = /",
            "}",
        ]
        if self.idle_notify_interval_s is not None:
            lines.append(f"imap_idle_notify_interval = {self.idle_notify_interval_s} secs")
        self.conf.write_text("\n".join(lines) + "\n")

    # -- lifecycle ---------------------------------------------------------------------

    def start(self, timeout_s: float = 15.0) -> None:
        if self.process is not None and self.process.poll() is None:
            return
        self._write_config()
        self.process = subprocess.Popen(
            [DOVECOT, "-F", "-c", str(self.conf)],
            stdout=subprocess.DEVNULL,
            stderr=open(self.root / "log" / "stderr.log", "ab"),  # noqa: SIM115
            start_new_session=True,
        )
        self._wait_for_greeting(timeout_s)

    def _wait_for_greeting(self, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        last_error: Exception | None = None
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"dovecot exited with {self.process.returncode}: {self.log()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=2) as sock:
                    greeting = sock.recv(200)
                    if greeting.startswith(b"* OK"):
                        return
            except OSError as exc:
                last_error = exc
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"dovecot did not greet on port {self.port}: {last_error}")

    def stop(self, timeout_s: float = 10.0) -> None:
        proc, self.process = self.process, None
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout_s)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
        # The master's children (imap, imap-login, auth...) share its session; make sure
        # none outlive it even if the master was killed.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)

    def restart(self) -> None:
        self.stop()
        self.start()

    def log(self) -> str:
        parts = []
        for name in ("dovecot.log", "stderr.log"):
            path = self.root / "log" / name
            if path.exists():
                parts.append(path.read_text(errors="replace")[-2000:])
        return "\n".join(parts)

    def close(self) -> None:
        """Stop the server and remove its mail store."""
        self.stop()
        if self.mail_root is not None:
            shutil.rmtree(self.mail_root, ignore_errors=True)
            self.mail_root = None

    def maildir(self, user: str) -> Path:
        assert self.mail_root is not None
        return self.mail_root / user / "Maildir"

    def __enter__(self) -> DovecotServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/frontdesk-dovecot")
    target.mkdir(parents=True, exist_ok=True)
    server = DovecotServer(target)
    server.start()
    print(f"dovecot on 127.0.0.1:{server.port} user=support password=secret (Ctrl-C stops)")
    try:
        signal.pause()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
