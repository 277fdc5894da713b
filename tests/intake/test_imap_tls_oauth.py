"""The IMAP poller over implicit TLS, STARTTLS and XOAUTH2, against a real Dovecot.

The Dovecots here have a throw-away CA (scripts/dovecot_test_server.py, ssl="yes"); the
XOAUTH2 one checks tokens with Dovecot's oauth2 passdb against a tiny introspection
endpoint (its own process on loopback). Nothing is mocked: the poller talks TLS to the
server, the server asks the endpoint, and the real accept() stores on SQLite and
PostgreSQL. A refusal (untrusted certificate, no STARTTLS, wrong token, failing token
command) must be one log line without a traceback, leave the mail on the server, and be
retried with backoff.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from imapclient import IMAPClient
from structlog.testing import capture_logs

from frontdesk.app import App
from frontdesk.worker import WorkerPool
from ingest import imap_state
from ingest.config import ImapAccount
from ingest.imap import ImapTlsError, connect
from storage.db import Database
from tests.intake.test_imap import account_for, stored, tickets, wait_until


class TlsMailbox:
    """What the MTA or a human does to the mailbox, over TLS trusting the test CA."""

    def __init__(self, server: Any) -> None:
        self.server = server

    def client(self) -> IMAPClient:
        context = ssl.create_default_context(cafile=str(self.server.ca_file))
        client = IMAPClient("127.0.0.1", port=self.server.tls_port, ssl_context=context, timeout=10)
        client.login("support", "secret")
        return client

    def append(self, folder: str, raw: bytes) -> None:
        with self.client() as client:
            client.append(folder, raw)

    def seen(self, folder: str) -> dict[int, bool]:
        with self.client() as client:
            client.select_folder(folder, readonly=True)
            flags = client.get_flags(client.search(["ALL"]))
            return {uid: b"\\Seen" in f for uid, f in flags.items()}


@pytest.fixture
def tls_dovecot(dovecot_factory: Callable[..., Any]) -> Any:
    return dovecot_factory(ssl="yes")


@pytest.fixture
def oauth_dovecot(dovecot_factory: Callable[..., Any], introspection: Any) -> Any:
    return dovecot_factory(ssl="yes", oauth2_introspection_url=introspection.url)


def tls_account(server: Any, security: str = "tls", **overrides: Any) -> ImapAccount:
    port = server.tls_port if security == "tls" else server.port
    values = {"security": security, "port": port, "tls_ca_file": server.ca_file, **overrides}
    return account_for(server, **values)


def received(db: Database) -> list[str | None]:
    """Message-IDs of the stored inbound mail (a ticket also stores its outgoing
    acknowledgement as a message)."""
    return [m.message_id for m in stored(db) if m.direction == "in"]


def refusals(logs: list[dict[str, Any]], event: str) -> list[dict[str, Any]]:
    return [entry for entry in logs if entry["event"] == event]


def assert_one_line_without_traceback(entries: list[dict[str, Any]]) -> None:
    assert entries
    for entry in entries:
        assert entry["log_level"] == "error"
        assert "\n" not in entry["error"]
        assert "exc_info" not in entry and "exception" not in entry


def assert_nothing_logged_as_a_bug(logs: list[dict[str, Any]]) -> None:
    assert not [entry for entry in logs if entry["event"] == "imap poller error"]
    assert not [entry for entry in logs if "exc_info" in entry]


# --- implicit TLS and STARTTLS ------------------------------------------------------------


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_mail_becomes_a_ticket_over_tls(
    security: str, db: Database, tls_dovecot: Any, run_pollers, mail, settings_factory
) -> None:
    mailbox = TlsMailbox(tls_dovecot)
    mailbox.append("INBOX", mail("Shop down", message_id=f"<{security}-1@customer.example>"))
    app = App.build(settings_factory())
    pool = WorkerPool(app, threads=1)
    pool.start()
    try:
        with capture_logs() as logs:
            pollers = run_pollers([tls_account(tls_dovecot, security)], db, wake=pool.wake)
            poller = pollers.pollers[0]
            first = [f"{security}-1@customer.example"]
            wait_until(lambda: received(db) == first, what="message stored")
            wait_until(lambda: tickets(db) == 1, what="ticket committed")
            # Then a second one while the poller idles on the TLS connection (IDLE's
            # liveness check must work on a TLS socket too).
            time.sleep(2.5)
            mailbox.append("INBOX", mail("Still down", message_id=f"<{security}-2@c.example>"))
            both = [*first, f"{security}-2@c.example"]
            wait_until(lambda: received(db) == both, what="message appended while idling")
            wait_until(lambda: mailbox.seen("INBOX") == {1: True, 2: True}, what="flagged")
        assert poller.connects == 1
        assert poller.last_error is None
        assert_nothing_logged_as_a_bug(logs)
    finally:
        assert pool.stop(10)
        app.close()
    # Every login on this server, the poller's and the helper's, was over TLS.
    logins = tls_dovecot.logins()
    assert logins and all(login["tls"] for login in logins)


def test_untrusted_certificate_is_refused_retried_and_no_mail_is_lost(
    db: Database, tls_dovecot: Any, run_pollers, mail
) -> None:
    mailbox = TlsMailbox(tls_dovecot)
    mailbox.append("INBOX", mail("Waiting behind a certificate problem"))
    wait_until(lambda: len(tls_dovecot.logins()) == 1, what="the helper's login logged")
    # No tls_ca_file: the system trust store does not know the test CA.
    account = tls_account(tls_dovecot, tls_ca_file=None)
    with capture_logs() as logs:
        pollers = run_pollers([account], db)
        poller = pollers.pollers[0]
        wait_until(lambda: poller.refused >= 2, timeout=10, what="two refusals")
        assert pollers.stop(10)
    refused = refusals(logs, "imap tls refused")
    assert_one_line_without_traceback(refused)
    assert poller.last_error == refused[0]["error"]
    assert f"certificate of 127.0.0.1:{tls_dovecot.tls_port} not trusted" in poller.last_error
    assert "system CAs" in poller.last_error
    # Retried with backoff: 1 s, then 2 s.
    delays = [entry["in_s"] for entry in logs if entry["event"] == "imap reconnect"]
    assert delays[:2] == [1.0, 2.0]
    assert_nothing_logged_as_a_bug(logs)
    assert poller.connects == 0
    assert len(tls_dovecot.logins()) == 1  # the poller never logged in
    assert received(db) == []
    assert mailbox.seen("INBOX") == {1: False}
    # Once the CA is configured the same mail comes in: nothing was lost.
    run_pollers([tls_account(tls_dovecot)], db)
    wait_until(lambda: len(received(db)) == 1, what="message after trusting the CA")
    wait_until(lambda: mailbox.seen("INBOX") == {1: True}, what="flagged \\Seen")


def test_starttls_not_offered_is_refused_and_never_falls_back_to_plaintext(
    db: Database, dovecot: Any, run_pollers, mail
) -> None:
    # The plain test Dovecot (ssl = no) does not offer STARTTLS.
    client = IMAPClient("127.0.0.1", port=dovecot.port, ssl=False, timeout=10)
    assert not client.has_capability("STARTTLS")
    client.login("support", "secret")
    client.append("INBOX", mail("Must not be fetched in the clear"))
    client.logout()
    wait_until(lambda: len(dovecot.logins()) == 1, what="the helper's login logged")
    account = account_for(dovecot, security="starttls")
    with capture_logs() as logs:
        pollers = run_pollers([account], db)
        poller = pollers.pollers[0]
        wait_until(lambda: poller.refused >= 2, timeout=10, what="two refusals")
        assert pollers.stop(10)
    refused = refusals(logs, "imap tls refused")
    assert_one_line_without_traceback(refused)
    assert poller.last_error == (
        f"imap account support: 127.0.0.1:{dovecot.port} does not offer STARTTLS; "
        "not logging in without TLS (security = starttls)"
    )
    assert_nothing_logged_as_a_bug(logs)
    assert len(dovecot.logins()) == 1  # the poller never logged in, neither clear nor TLS
    assert received(db) == []


def test_certificate_of_another_ca_is_refused(tls_dovecot: Any, make_certificates) -> None:
    other = make_certificates("Some other CA")
    for security in ("tls", "starttls"):
        account = tls_account(tls_dovecot, security, tls_ca_file=other.ca_file)
        with pytest.raises(ImapTlsError) as refused:
            connect(account)
        assert str(refused.value) == (
            f"imap account support: certificate of 127.0.0.1:{account.port} not trusted "
            f"(unable to get local issuer certificate; checked against tls_ca_file "
            f"{other.ca_file}); not logging in"
        )


def test_a_host_name_the_certificate_does_not_name_is_refused(tls_dovecot: Any) -> None:
    # The certificate names 127.0.0.1 and localhost. "127.1" is the same address, but a
    # name the certificate does not carry.
    with pytest.raises(ImapTlsError, match=r"not trusted \(Hostname mismatch"):
        connect(tls_account(tls_dovecot, host="127.1"))
    connect(tls_account(tls_dovecot, host="localhost")).logout()


def test_an_unreadable_tls_ca_file_is_one_line(tls_dovecot: Any, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.pem"
    with pytest.raises(ImapTlsError) as refused:
        connect(tls_account(tls_dovecot, tls_ca_file=missing))
    assert str(refused.value) == (
        f"imap account support: cannot use tls_ca_file {missing}: No such file or directory"
    )


# --- XOAUTH2 ----------------------------------------------------------------------------


def test_xoauth2_with_the_right_token_mail_becomes_a_ticket(
    db: Database, oauth_dovecot: Any, introspection: Any, run_pollers, mail, settings_factory
) -> None:
    TlsMailbox(oauth_dovecot).append("INBOX", mail("Checkout broken", message_id="<oa@c.ex>"))
    account = tls_account(
        oauth_dovecot, password=None, oauth2_token_command=f"printf {introspection.token}"
    )
    app = App.build(settings_factory())
    pool = WorkerPool(app, threads=1)
    pool.start()
    try:
        pollers = run_pollers([account], db, wake=pool.wake)
        wait_until(lambda: received(db) == ["oa@c.ex"], what="message stored")
        wait_until(lambda: tickets(db) == 1, what="ticket committed")
        assert pollers.pollers[0].refused == 0
    finally:
        assert pool.stop(10)
        app.close()
    assert {"user": "support", "method": "XOAUTH2", "tls": True} in oauth_dovecot.logins()
    assert {"path": "/introspect", "active": True} in introspection.requests()


def test_xoauth2_with_a_wrong_token_is_refused_in_one_line(
    db: Database, oauth_dovecot: Any, introspection: Any, run_pollers, mail
) -> None:
    mailbox = TlsMailbox(oauth_dovecot)
    mailbox.append("INBOX", mail("Waits for a valid token"))
    account = tls_account(
        oauth_dovecot, password=None, oauth2_token_command="printf expired-token-123"
    )
    with capture_logs() as logs:
        pollers = run_pollers([account], db)
        poller = pollers.pollers[0]
        wait_until(lambda: poller.refused >= 2, timeout=10, what="two refusals")
        assert pollers.stop(10)
    refused = refusals(logs, "imap login refused")
    assert_one_line_without_traceback(refused)
    assert poller.last_error == (
        f"imap account support: 127.0.0.1:{oauth_dovecot.tls_port} refused XOAUTH2 login "
        "as support: [AUTHENTICATIONFAILED] Authentication failed."
    )
    assert "expired-token-123" not in str(logs)
    assert_nothing_logged_as_a_bug(logs)
    # Dovecot really asked the endpoint, which said no.
    assert {"path": "/introspect", "active": False} in introspection.requests()
    assert received(db) == []
    assert mailbox.seen("INBOX") == {1: False}


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (
            "sh -c 'echo \"refresh token revoked\" >&2; exit 3'",
            "oauth2_token_command exited 3: refresh token revoked",
        ),
        ("true", "oauth2_token_command exited 0: no token on stdout"),
        (
            "/nonexistent/get-token",
            "oauth2_token_command failed: [Errno 2] No such file or directory: "
            "'/nonexistent/get-token'",
        ),
    ],
)
def test_a_failing_token_command_is_one_line_and_never_reaches_the_server(
    command: str, expected: str, db: Database, oauth_dovecot: Any, introspection: Any,
    run_pollers,
) -> None:  # fmt: skip
    account = tls_account(oauth_dovecot, password=None, oauth2_token_command=command)
    with capture_logs() as logs:
        pollers = run_pollers([account], db)
        poller = pollers.pollers[0]
        wait_until(lambda: poller.refused >= 1, timeout=10, what="a refusal")
        assert pollers.stop(10)
    refused = refusals(logs, "imap credentials")
    assert_one_line_without_traceback(refused)
    assert poller.last_error == f"imap account support: {expected}"
    assert_nothing_logged_as_a_bug(logs)
    assert introspection.requests() == []
    assert oauth_dovecot.logins() == []


# --- pure helpers -----------------------------------------------------------------------


def test_server_reply_is_one_clean_line() -> None:
    assert imap_state.server_reply("b'[AUTHENTICATIONFAILED] Authentication failed.'") == (
        "[AUTHENTICATIONFAILED] Authentication failed."
    )
    assert imap_state.server_reply("[ALERT] Unsupported\r\n  mechanism.") == (
        "[ALERT] Unsupported mechanism."
    )
    assert imap_state.first_line("\n  token revoked \nsecond line") == "token revoked"
    assert imap_state.first_line("") == ""
