"""A throw-away Dovecot IMAP server for tests and benchmarks.

Writes its own dovecot.conf and passwd file under a temporary directory (never touches
/etc/dovecot), runs `dovecot -F -c CONF` on a free loopback port with plaintext auth,
maildir storage under the same directory, waits for the IMAP greeting, and stops the
master process by its PID.

Optionally (`ssl="yes"` or `"required"`) it makes a throw-away CA and a server
certificate for 127.0.0.1/localhost with the `openssl` CLI under its root, offers
STARTTLS on `port` and implicit TLS (IMAPS) on `tls_port`; clients trust `ca_file`.
With `oauth2_introspection_url` it also accepts XOAUTH2/OAUTHBEARER, checking each
token with a POST to that URL (Dovecot's oauth2 passdb); `IntrospectionServer` is a
tiny stdlib HTTP endpoint for it that knows one token, run as its own process.

Usage from Python::

    server = DovecotServer(tmp_path, users={"support": "secret"}, ssl="yes")
    server.start()
    ...  # IMAPClient("127.0.0.1", port=server.port, ssl=False)
    ...  # IMAPClient("127.0.0.1", port=server.tls_port, ssl_context=<trusting ca_file>)
    server.restart()       # same ports, same maildir, same certificate
    server.stop()

Usage from a shell (for poking at it by hand)::

    python scripts/dovecot_test_server.py /tmp/dc   # prints the port, Ctrl-C stops it
    python scripts/dovecot_test_server.py /tmp/dc --ssl yes
"""

from __future__ import annotations

import contextlib
import json
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import NamedTuple
from urllib.parse import parse_qs

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
OPENSSL = shutil.which("openssl") or "/usr/bin/openssl"
DH_PARAMS = Path("/usr/share/dovecot/dh.pem")
LOGIN_LINE = re.compile(
    r"imap-login: Info: Login: user=<(?P<user>[^>]*)>, method=(?P<method>[^,]+)(?P<rest>.*)"
)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# -- a throw-away certificate authority ------------------------------------------------


class ServerCertificates(NamedTuple):
    ca_file: Path  # what a client trusts
    cert_file: Path  # the server's certificate (signed by the CA)
    key_file: Path


def _openssl(*args: str, cwd: Path) -> None:
    done = subprocess.run(
        [OPENSSL, *args], cwd=cwd, capture_output=True, text=True, timeout=60, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"openssl {args[0]} failed: {done.stderr.strip()}")


def make_certificates(directory: Path, *, name: str = "Frontdesk test CA") -> ServerCertificates:
    """A CA and a server certificate for 127.0.0.1 and localhost, valid for two days.

    Reused when already there (restart() keeps the same certificate). EC P-256 keys,
    so this takes milliseconds; the CA key never leaves `directory`.
    """
    directory.mkdir(parents=True, exist_ok=True)
    certs = ServerCertificates(
        directory / "ca.pem", directory / "server.pem", directory / "server.key"
    )
    if certs.ca_file.exists() and certs.cert_file.exists() and certs.key_file.exists():
        return certs
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    _openssl(
        "req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
        "-subj", f"/CN={name}",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign",
        cwd=directory,
    )  # fmt: skip
    _openssl(
        "req", *ec, "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost",
        cwd=directory,
    )  # fmt: skip
    (directory / "server.ext").write_text(
        "basicConstraints = critical,CA:FALSE\n"
        "keyUsage = critical,digitalSignature\n"
        "extendedKeyUsage = serverAuth\n"
        "subjectAltName = DNS:localhost,IP:127.0.0.1\n"
        "subjectKeyIdentifier = hash\n"
        "authorityKeyIdentifier = keyid\n"
    )
    _openssl(
        "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-out", "server.pem", "-days", "2", "-extfile", "server.ext",
        cwd=directory,
    )  # fmt: skip
    return certs


def terminate(proc: subprocess.Popen[bytes] | None, timeout_s: float) -> bool:
    """SIGTERM a process we started, SIGKILL it after `timeout_s`; False if it was not
    running (nothing was sent)."""
    if proc is None or proc.poll() is not None:
        return False
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)
    return True


class DovecotServer:
    def __init__(
        self,
        root: Path,
        *,
        users: dict[str, str] | None = None,
        port: int | None = None,
        idle_notify_interval_s: int | None = None,
        ssl: str = "no",
        tls_port: int | None = None,
        oauth2_introspection_url: str | None = None,
    ) -> None:
        if ssl not in ("no", "yes", "required"):
            raise ValueError(f"ssl must be no, yes or required, not {ssl!r}")
        self.root = Path(root)
        self.users = users or {"support": "secret"}
        self.port = port or free_port()
        self.idle_notify_interval_s = idle_notify_interval_s
        # "yes": STARTTLS on `port` and IMAPS on `tls_port`, plaintext login still allowed;
        # "required": no login at all before TLS (loopback is not trusted either).
        self.ssl = ssl
        self.tls_port = (tls_port or free_port()) if ssl != "no" else None
        self.certificates: ServerCertificates | None = None
        self.oauth2_introspection_url = oauth2_introspection_url
        self.process: subprocess.Popen[bytes] | None = None
        self.conf = self.root / "dovecot.conf"
        self.mail_root: Path | None = None
        self.base_dir: Path | None = None

    @property
    def ca_file(self) -> Path:
        """The CA certificate a client must trust to talk TLS to this server."""
        assert self.certificates is not None, "the server was started without ssl"
        return self.certificates.ca_file

    # -- configuration -----------------------------------------------------------------

    def _write_config(self) -> None:
        for sub in ("state", "log"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        if self.base_dir is None:
            # Dovecot's sockets live under base_dir, and a unix socket's path has at most 107
            # bytes: a short folder of its own, not one under a test's (long, and under
            # pytest-xdist longer still) temp dir. It survives restart(), close() removes it.
            self.base_dir = Path(tempfile.mkdtemp(prefix="fd-dovecot-"))
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
        oauth2 = self.oauth2_introspection_url is not None
        login_user = "dovenull" if os.getuid() == 0 else user
        internal_user = "dovecot" if os.getuid() == 0 else user
        lines = [
            f"base_dir = {self.base_dir}",
            f"state_dir = {self.root / 'state'}",
            f"log_path = {self.root / 'log' / 'dovecot.log'}",
            "protocols = imap",
            "listen = 127.0.0.1",
            *self._ssl_lines(),
            f"auth_mechanisms = plain login{' xoauth2 oauthbearer' if oauth2 else ''}",
            f"default_internal_user = {internal_user}",
            f"default_login_user = {login_user}",
            "first_valid_uid = 0",
            "mail_location = maildir:~/Maildir",
            "mail_privileged_group =",
            # A test server must not refuse a burst of benchmark connections.
            "mail_max_userip_connections = 200",
            # Refused logins answered at once, and no penalty for the address they came from
            # (doubled on each failure, up to 15 s): both are against password guessing,
            # which a throw-away server does not face, and the refusal tests wait for two
            # refusals, then log in with the right password from the same address.
            "auth_failure_delay = 0",
            *self._oauth2_passdb_lines(),
            "passdb {",
            "  driver = passwd-file",
            f"  args = scheme=PLAIN {passwd}",
            *(["  mechanisms = plain login"] if oauth2 else []),
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
            "    address = 127.0.0.1",
            f"    port = {self.tls_port or 0}",
            *(["    ssl = yes"] if self.tls_port else []),
            "  }",
            "}",
            # The auth process reads the passwd file inside our (private) temp dir.
            "service auth {",
            f"  user = {user}",
            "}",
            "service anvil {",
            "  unix_listener anvil-auth-penalty {",
            "    mode = 0",
            "  }",
            "}",
            "namespace inbox {",
            "  inbox = yes",
            "  separator = /",
            "}",
        ]
        if self.idle_notify_interval_s is not None:
            lines.append(f"imap_idle_notify_interval = {self.idle_notify_interval_s} secs")
        self.conf.write_text("\n".join(lines) + "\n")

    def _ssl_lines(self) -> list[str]:
        if self.ssl == "no":
            # Loopback counts as secure, so plaintext LOGIN needs no TLS.
            return [
                "ssl = no",
                "disable_plaintext_auth = no",
                "login_trusted_networks = 127.0.0.0/8",
            ]
        self.certificates = make_certificates(self.root / "tls")
        lines = [
            f"ssl = {self.ssl}",
            f"ssl_cert = <{self.certificates.cert_file}",
            f"ssl_key = <{self.certificates.key_file}",
            "ssl_min_protocol = TLSv1.2",
        ]
        if DH_PARAMS.exists():
            lines.append(f"ssl_dh = <{DH_PARAMS}")
        if self.ssl == "yes":
            return [*lines, "disable_plaintext_auth = no", "login_trusted_networks = 127.0.0.0/8"]
        # Dovecot still counts a loopback client (remote IP = local IP) as "secured", so
        # "required" does not stop a plaintext login here: tests check logins() instead.
        return [*lines, "disable_plaintext_auth = yes"]

    def _oauth2_passdb_lines(self) -> list[str]:
        if self.oauth2_introspection_url is None:
            return []
        ext = self.root / "dovecot-oauth2.conf.ext"
        ext.write_text(
            "\n".join(
                [
                    "introspection_mode = post",
                    f"introspection_url = {self.oauth2_introspection_url}",
                    "force_introspection = yes",
                    "username_attribute = username",
                    "active_attribute = active",
                    "active_value = true",
                    "timeout_msecs = 5000",
                ]
            )
            + "\n"
        )
        return [
            "passdb {",
            "  driver = oauth2",
            "  mechanisms = xoauth2 oauthbearer",
            f"  args = {ext}",
            "}",
        ]

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
        if not terminate(proc, timeout_s):
            return
        assert proc is not None
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

    def logins(self) -> list[dict[str, str | bool]]:
        """Successful logins so far, from the log: user, SASL method, and whether the
        connection was TLS (implicit or STARTTLS) or plaintext."""
        path = self.root / "log" / "dovecot.log"
        found: list[dict[str, str | bool]] = []
        if not path.exists():
            return found
        for line in path.read_text(errors="replace").splitlines():
            match = LOGIN_LINE.search(line)
            if match:
                found.append(
                    {
                        "user": match["user"],
                        "method": match["method"],
                        "tls": ", TLS," in match["rest"],
                    }
                )
        return found

    def close(self) -> None:
        """Stop the server and remove its mail store and its sockets' folder."""
        self.stop()
        if self.mail_root is not None:
            shutil.rmtree(self.mail_root, ignore_errors=True)
            self.mail_root = None
        if self.base_dir is not None:
            shutil.rmtree(self.base_dir, ignore_errors=True)
            self.base_dir = None

    def maildir(self, user: str) -> Path:
        assert self.mail_root is not None
        return self.mail_root / user / "Maildir"

    def __enter__(self) -> DovecotServer:
        try:
            self.start()
        except BaseException:
            self.close()  # a start that fails has made its folders already
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# -- an OAuth2 token-introspection endpoint for the oauth2 passdb ------------------------


class IntrospectionServer:
    """A tiny token-introspection endpoint (RFC 7662 style) for Dovecot's oauth2 passdb.

    A POST of `token=...` answers `{"active": true, "username": USER}` for the one token
    it knows and `{"active": false}` for any other. It runs as its own process (this
    script, `introspect` mode) on a free loopback port, is stopped by its PID, and
    appends every request it answered to `requests_log`, one JSON object a line.
    """

    def __init__(self, root: Path, *, token: str, username: str, port: int | None = None):
        self.root = Path(root)
        self.token = token
        self.username = username
        self.port = port or free_port()
        self.requests_log = self.root / "introspection.jsonl"
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/introspect"

    def start(self, timeout_s: float = 10.0) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        token_file = self.root / "introspection.token"
        token_file.write_text(self.token)
        token_file.chmod(0o600)
        self.process = subprocess.Popen(
            [
                sys.executable, str(Path(__file__).resolve()), "introspect",
                str(self.port), str(token_file), self.username, str(self.requests_log),
            ],
            stdout=subprocess.DEVNULL,
            stderr=open(self.root / "introspection.stderr", "ab"),  # noqa: SIM115
            start_new_session=True,
        )  # fmt: skip
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"introspection endpoint exited {self.process.returncode}")
            with contextlib.suppress(OSError):
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"introspection endpoint did not listen on port {self.port}")

    def stop(self, timeout_s: float = 10.0) -> None:
        proc, self.process = self.process, None
        terminate(proc, timeout_s)

    def requests(self) -> list[dict[str, object]]:
        if not self.requests_log.exists():
            return []
        return [json.loads(line) for line in self.requests_log.read_text().splitlines() if line]

    def __enter__(self) -> IntrospectionServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def serve_introspection(port: int, token_file: Path, username: str, requests_log: Path) -> None:
    """The endpoint itself (runs in the child process until SIGTERM)."""
    token = token_file.read_text()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            form = parse_qs(self.rfile.read(length).decode("utf-8", "replace"))
            given = (form.get("token") or [""])[0]
            active = given == token
            reply = {"active": True, "username": username} if active else {"active": False}
            with requests_log.open("a") as out:
                out.write(json.dumps({"path": self.path, "active": active}) + "\n")
            body = json.dumps(reply).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        server.serve_forever()
    finally:
        server.server_close()


def _main(argv: list[str]) -> None:
    if argv[:1] == ["introspect"]:
        port, token_file, username, requests_log = argv[1:5]
        serve_introspection(int(port), Path(token_file), username, Path(requests_log))
        return
    ssl = "no"
    if "--ssl" in argv:
        at = argv.index("--ssl")
        ssl = argv[at + 1]
        del argv[at : at + 2]
    target = Path(argv[0] if argv else "/tmp/frontdesk-dovecot")
    target.mkdir(parents=True, exist_ok=True)
    with DovecotServer(target, ssl=ssl) as server:  # a failed start is closed too
        print(f"dovecot on 127.0.0.1:{server.port} user=support password=secret (Ctrl-C stops)")
        if server.tls_port:
            print(
                f"  IMAPS on 127.0.0.1:{server.tls_port}, STARTTLS on {server.port}, "
                f"CA {server.ca_file}"
            )
        with contextlib.suppress(KeyboardInterrupt):
            signal.pause()


if __name__ == "__main__":
    _main(sys.argv[1:])
