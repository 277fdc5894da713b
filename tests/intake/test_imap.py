"""The IMAP poller against a real Dovecot, with the real accept() on SQLite and PostgreSQL."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest
from imapclient import IMAPClient
from sqlalchemy import func, select
from structlog.testing import capture_logs

from frontdesk.app import App
from frontdesk.intake import accept, accept_many
from frontdesk.worker import WorkerPool
from ingest.config import ImapAccount
from ingest.imap import load_cursor
from storage.db import Database
from storage.migrate import upgrade
from storage.models import Message, Ticket


def wait_until(check: Callable[[], Any], timeout: float = 20.0, what: str = "condition") -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def account_for(server: Any, **overrides: Any) -> ImapAccount:
    values: dict[str, Any] = {
        "name": "support",
        "host": "127.0.0.1",
        "port": server.port,
        "security": "none",
        "username": "support",
        "password": "secret",
        "folders": ["INBOX"],
        **overrides,
    }
    return ImapAccount(**values)


class Mailbox:
    """A second, independent IMAP client: what a human or the MTA does to the mailbox."""

    def __init__(self, server: Any) -> None:
        self.server = server

    def client(self) -> IMAPClient:
        client = IMAPClient("127.0.0.1", port=self.server.port, ssl=False, timeout=10)
        client.login("support", "secret")
        return client

    def append(self, folder: str, raw: bytes) -> None:
        with self.client() as client:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            client.append(folder, raw)

    def seen(self, folder: str) -> dict[int, bool]:
        with self.client() as client:
            client.select_folder(folder, readonly=True)
            flags = client.get_flags(client.search(["ALL"]))
            return {uid: b"\\Seen" in f for uid, f in flags.items()}

    def uids(self, folder: str) -> list[int]:
        with self.client() as client:
            if not client.folder_exists(folder):
                return []
            client.select_folder(folder, readonly=True)
            return list(client.search(["ALL"]))

    def message_ids(self, folder: str) -> list[str]:
        with self.client() as client:
            if not client.folder_exists(folder):
                return []
            client.select_folder(folder, readonly=True)
            field = b"BODY[HEADER.FIELDS (MESSAGE-ID)]"
            fetched = client.fetch(
                client.search(["ALL"]), [b"BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"]
            )
            return [
                bytes(data[field]).decode().split(":", 1)[1].strip()
                for _, data in sorted(fetched.items())
            ]

    def uidvalidity(self, folder: str) -> int:
        with self.client() as client:
            return int(client.folder_status(folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"])


@pytest.fixture
def mailbox(dovecot: Any) -> Mailbox:
    return Mailbox(dovecot)


def stored(db: Database) -> list[Message]:
    with db.session() as session:
        return list(session.scalars(select(Message).order_by(Message.id)))


def tickets(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Ticket)) or 0)


def test_message_appended_while_idling_becomes_a_ticket(
    db: Database, dovecot: Any, mailbox: Mailbox, run_pollers, mail, settings_factory
) -> None:
    app = App.build(settings_factory())
    pool = WorkerPool(app, threads=1)
    pool.start()
    try:
        pollers = run_pollers([account_for(dovecot)], db, wake=pool.wake)
        poller = pollers.pollers[0]
        wait_until(lambda: poller.connects >= 1, what="poller connected")
        time.sleep(0.3)  # the poller is in IDLE now
        mailbox.append("INBOX", mail("Website down", message_id="<idle-1@customer.example>"))
        message = wait_until(lambda: stored(db), what="message stored")[0]
        assert message.source == "imap"
        assert message.meta["folder"] == "INBOX"
        assert message.source_ref.startswith("imap:support/INBOX;UIDVALIDITY=")
        wait_until(lambda: tickets(db) == 1, what="ticket committed")
        wait_until(lambda: all(mailbox.seen("INBOX").values()), what="flagged \\Seen")
    finally:
        assert pool.stop(10)
        app.close()


def test_dovecot_restart_mid_run_is_survived(
    db: Database, dovecot: Any, mailbox: Mailbox, run_pollers, mail
) -> None:
    pollers = run_pollers([account_for(dovecot)], db)
    poller = pollers.pollers[0]
    mailbox.append("INBOX", mail("Before restart"))
    wait_until(lambda: len(stored(db)) == 1, what="first message")
    dovecot.restart()
    mailbox.append("INBOX", mail("After restart"))
    wait_until(lambda: len(stored(db)) == 2, timeout=30, what="message after restart")
    assert poller.connects >= 2
    wait_until(lambda: all(mailbox.seen("INBOX").values()), what="both flagged \\Seen")


def test_database_failure_leaves_mail_unflagged_until_recovery(
    db: Database, short_busy_db: Database, dovecot: Any, mailbox: Mailbox, run_pollers, mail,
    outage,
) -> None:  # fmt: skip
    pollers = run_pollers([account_for(dovecot)], short_busy_db)
    wait_until(lambda: pollers.pollers[0].connects >= 1, what="poller connected")
    with outage(db):
        mailbox.append("INBOX", mail("Arrives during the outage"))
        time.sleep(2.5)  # IDLE has announced it and the poller has tried (and failed)
        assert mailbox.seen("INBOX") == {1: False}
    wait_until(lambda: len(stored(db)) == 1, timeout=30, what="message after recovery")
    wait_until(lambda: mailbox.seen("INBOX") == {1: True}, what="flagged after recovery")


def test_uidvalidity_change_rescans_the_folder(
    db: Database, dovecot: Any, mailbox: Mailbox, run_pollers, mail
) -> None:
    account = account_for(dovecot, folders=["Support"])
    first = [mail(f"Old {n}") for n in range(3)]
    for raw in first:
        mailbox.append("Support", raw)
    pollers = run_pollers([account], db)
    wait_until(lambda: len(stored(db)) == 3, what="first three")
    assert pollers.stop(10)
    before = load_cursor(db, "imap:support/Support")
    assert before is not None and before.last_uid == 3
    # The folder is recreated (a restore, a server migration): new UIDVALIDITY, UIDs
    # start again at 1, below the stored last_uid.
    with mailbox.client() as client:
        client.delete_folder("Support")
        client.create_folder("Support")
    mailbox.append("Support", first[0])
    mailbox.append("Support", mail("New after the change"))
    assert mailbox.uidvalidity("Support") != before.uidvalidity
    run_pollers([account], db)
    wait_until(lambda: len(stored(db)) == 4, what="the new message")
    after = load_cursor(db, "imap:support/Support")
    assert after is not None and after.uidvalidity == mailbox.uidvalidity("Support")
    wait_until(lambda: mailbox.seen("Support") == {1: True, 2: True}, what="both flagged")


def test_same_message_in_two_folders_is_one_message(
    db: Database, dovecot: Any, mailbox: Mailbox, run_pollers, mail
) -> None:
    raw = mail("Copied into two folders")
    mailbox.append("INBOX", raw)
    mailbox.append("Support", raw)
    run_pollers([account_for(dovecot, folders=["INBOX", "Support"])], db)
    wait_until(
        lambda: mailbox.seen("INBOX") == {1: True} and mailbox.seen("Support") == {1: True},
        what="both copies flagged",
    )
    assert len(stored(db)) == 1


def test_poller_restart_neither_misses_nor_repeats(
    db: Database, dovecot: Any, mailbox: Mailbox, run_pollers, mail
) -> None:
    account = account_for(dovecot)
    mailbox.append("INBOX", mail("One"))
    mailbox.append("INBOX", mail("Two"))
    first = run_pollers([account], db)
    wait_until(lambda: len(stored(db)) == 2, what="two messages")
    assert first.stop(10)
    # While no poller runs: one new mail arrives, and a human marks an old one unread.
    mailbox.append("INBOX", mail("Three, while stopped"))
    with mailbox.client() as client:
        client.select_folder("INBOX")
        client.remove_flags([1], [b"\\Seen"])
    second = run_pollers([account], db)
    wait_until(lambda: len(stored(db)) == 3, what="the third message")
    time.sleep(0.5)
    poller = second.pollers[0]
    assert poller.accepted == 1
    assert poller.duplicates == 0  # message 1 was not fetched again
    assert mailbox.seen("INBOX") == {1: False, 2: True, 3: True}


def test_move_on_success_moves_to_processed_folder(
    db: Database, dovecot: Any, mailbox: Mailbox, run_pollers, mail
) -> None:
    mailbox.append("INBOX", mail("Move me"))
    run_pollers([account_for(dovecot, on_success="move", processed_folder="Done")], db)
    wait_until(lambda: mailbox.uids("Done") == [1], what="moved to Done")
    assert mailbox.uids("INBOX") == []
    assert len(stored(db)) == 1


def test_two_accounts_are_polled_at_once(
    db: Database, dovecot: Any, mailbox: Mailbox, run_pollers, mail
) -> None:
    mailbox.append("INBOX", mail("Account A"))
    mailbox.append("Sales", mail("Account B"))
    run_pollers(
        [account_for(dovecot, name="a"), account_for(dovecot, name="b", folders=["Sales"])], db
    )
    wait_until(lambda: len(stored(db)) == 2, what="both accounts")
    assert {m.meta["account"] for m in stored(db)} == {"a", "b"}


def test_postgresql_elects_one_poller_per_mailbox(
    pg_server, dovecot: Any, mailbox: Mailbox, run_pollers, mail
) -> None:
    database = Database(pg_server())
    upgrade(database)
    try:
        account = account_for(dovecot)
        first = run_pollers([account], database)
        wait_until(lambda: first.pollers[0].connects == 1, what="first poller connected")
        second = run_pollers([account], database)
        second.pollers[0].standby_recheck_s = 0.2
        wait_until(lambda: second.pollers[0].standby >= 2, what="second poller on standby")
        assert second.pollers[0].connects == 0
        mailbox.append("INBOX", mail("Only one poller takes this"))
        wait_until(lambda: len(stored(database)) == 1, what="message stored")
        # The elected poller goes away: the standby takes over the mailbox.
        assert first.stop(10)
        wait_until(lambda: second.pollers[0].connects == 1, what="standby took over")
        mailbox.append("INBOX", mail("Taken by the new leader"))
        wait_until(lambda: len(stored(database)) == 2, what="second message stored")
        assert first.pollers[0].accepted + second.pollers[0].accepted == 2
    finally:
        for pollers in (locals().get("first"), locals().get("second")):
            if pollers is not None:
                pollers.stop(10)
        database.dispose()


def test_polling_without_idle_picks_up_new_mail(
    db: Database, dovecot: Any, mailbox: Mailbox, run_pollers, mail
) -> None:
    pollers = run_pollers([account_for(dovecot, idle=False, poll_interval_s=0.3)], db)
    wait_until(lambda: pollers.pollers[0].connects == 1, what="poller connected")
    mailbox.append("INBOX", mail("Found by polling"))
    wait_until(lambda: len(stored(db)) == 1, what="message stored by polling")
    wait_until(lambda: mailbox.seen("INBOX") == {1: True}, what="flagged \\Seen")


def test_oversized_message_is_not_fetched_left_unflagged_and_the_next_one_goes_through(
    db: Database, dovecot: Any, mailbox: Mailbox, run_pollers, mail
) -> None:
    small = mail("Small one", message_id="<small@customer.example>")
    huge = mail("Huge one", message_id="<huge@customer.example>", body="x" * 60_000)
    mailbox.append("INBOX", huge)
    mailbox.append("INBOX", small)
    pollers = run_pollers([account_for(dovecot, max_message_size=20_000)], db)
    wait_until(lambda: len(stored(db)) == 1, what="the small message stored")
    assert [m.message_id for m in stored(db)] == ["small@customer.example"]
    wait_until(lambda: mailbox.seen("INBOX") == {1: False, 2: True}, what="only small flagged")
    assert pollers.pollers[0].failed == 1
    # Recorded in the database, with the limit, and left where it was.
    cursor = load_cursor(db, "imap:support/INBOX")
    assert cursor is not None
    [failure] = cursor.failed
    assert failure["uid"] == 1 and "moved_to" not in failure
    assert failure["error"].endswith("bytes is over imap max_message_size (20000)")


def test_oversized_message_is_moved_to_a_new_failed_folder_and_the_next_one_goes_through(
    db: Database, dovecot: Any, mailbox: Mailbox, run_pollers, mail
) -> None:
    mailbox.append("INBOX", mail("Huge one", message_id="<huge@c.example>", body="x" * 60_000))
    mailbox.append("INBOX", mail("Small one", message_id="<small@c.example>"))
    assert mailbox.uids("Failed") == []  # the folder does not exist yet
    account = account_for(dovecot, max_message_size=20_000, on_failure="move")
    pollers = run_pollers([account], db)
    wait_until(lambda: mailbox.message_ids("Failed") == ["<huge@c.example>"], what="moved")
    wait_until(lambda: mailbox.seen("INBOX") == {2: True}, what="small one flagged, huge gone")
    assert [m.message_id for m in stored(db)] == ["small@c.example"]
    assert pollers.pollers[0].failed == 1
    cursor = wait_until(lambda: load_cursor(db, "imap:support/INBOX"), what="cursor saved")
    [failure] = cursor.failed
    assert failure["uid"] == 1 and failure["moved_to"] == "Failed"
    assert "over imap max_message_size (20000)" in failure["error"]


def failing_for(marker: bytes) -> Callable[..., Any]:
    """accept(), except that a message containing `marker` fails at intake (as a bug or a
    message the database refuses would)."""

    def accept_or_fail(db: Database, raw: bytes, **kwargs: Any) -> Any:
        if marker in raw:
            raise ValueError("cannot take this message")
        return accept(db, raw, **kwargs)

    return accept_or_fail


def failing_many_for(marker: bytes) -> Callable[..., Any]:
    """accept_many(), except that a chunk holding a message with `marker` fails whole."""

    def accept_many_or_fail(db: Database, items: list[dict[str, Any]]) -> Any:
        if any(marker in item["raw"] for item in items):
            raise ValueError("cannot take this message")
        return accept_many(db, items)

    return accept_many_or_fail


@pytest.mark.parametrize("on_failure", ["move", "leave"])
def test_a_message_that_fails_intake_is_recorded_and_the_ones_after_it_go_through(
    on_failure: str, db: Database, dovecot: Any, mailbox: Mailbox, run_pollers, mail
) -> None:
    for n, subject in enumerate(["First", "Poison", "Third"], start=1):
        mailbox.append("INBOX", mail(subject, message_id=f"<m{n}@c.example>"))
    account = account_for(dovecot, on_failure=on_failure, failed_folder="Intake failed")
    # The three arrive in one fetched chunk: it cannot be stored together, so each message
    # is accepted on its own, and only the poison one fails.
    pollers = run_pollers(
        [account],
        db,
        accept=failing_for(b"Subject: Poison"),
        accept_many=failing_many_for(b"Subject: Poison"),
    )
    wait_until(lambda: len(stored(db)) == 2, what="the two good messages")
    assert [m.message_id for m in stored(db)] == ["m1@c.example", "m3@c.example"]
    if on_failure == "move":
        wait_until(lambda: mailbox.seen("INBOX") == {1: True, 3: True}, what="poison moved")
        assert mailbox.message_ids("Intake failed") == ["<m2@c.example>"]
    else:
        wait_until(lambda: mailbox.seen("INBOX") == {1: True, 2: False, 3: True}, what="flags")
        assert mailbox.uids("Intake failed") == []
    cursor = wait_until(lambda: load_cursor(db, "imap:support/INBOX"), what="cursor saved")
    [failure] = cursor.failed
    assert failure["uid"] == 2
    assert failure["error"] == "ValueError: cannot take this message"
    assert failure.get("moved_to") == ("Intake failed" if on_failure == "move" else None)
    assert pollers.pollers[0].failed == 1
    # A restart does not try it again (it is recorded, not forgotten).
    assert pollers.stop(10)
    again = run_pollers([account], db, accept=failing_for(b"Subject: Poison"))
    wait_until(lambda: again.pollers[0].connects == 1, what="second poller connected")
    time.sleep(0.5)
    assert again.pollers[0].failed == 0
    cursor = load_cursor(db, "imap:support/INBOX")
    assert cursor is not None and len(cursor.failed) == 1


def test_password_file_with_a_trailing_newline_logs_in_and_mail_becomes_a_ticket(
    db: Database, dovecot: Any, mailbox: Mailbox, run_pollers, mail, settings_factory, tmp_path
) -> None:
    password_file = tmp_path / "imap-password"
    password_file.write_text("secret\n")  # as an editor or `echo secret >` leaves it
    password_file.chmod(0o600)
    account = account_for(dovecot, password=None, password_file=password_file)
    mailbox.append("INBOX", mail("Login via password file", message_id="<pwfile@c.example>"))
    app = App.build(settings_factory())
    pool = WorkerPool(app, threads=1)
    pool.start()
    try:
        pollers = run_pollers([account], db, wake=pool.wake)
        wait_until(
            # stored() holds the ticket's outgoing acknowledgement too
            lambda: (
                [m.message_id for m in stored(db) if m.direction == "in"] == ["pwfile@c.example"]
            ),
            what="message stored",
        )
        wait_until(lambda: tickets(db) == 1, what="ticket committed")
        wait_until(lambda: mailbox.seen("INBOX") == {1: True}, what="flagged \\Seen")
        assert pollers.pollers[0].refused == 0
        assert pollers.pollers[0].last_error is None
    finally:
        assert pool.stop(10)
        app.close()


def test_wrong_password_in_the_password_file_is_one_line_without_the_password(
    db: Database, dovecot: Any, mailbox: Mailbox, run_pollers, mail, tmp_path
) -> None:
    password_file = tmp_path / "imap-password"
    password_file.write_text("Wr0ng-pw-7c1e\n")
    mailbox.append("INBOX", mail("Waits for the right password"))
    account = account_for(dovecot, password=None, password_file=password_file)
    with capture_logs() as logs:
        pollers = run_pollers([account], db)
        poller = pollers.pollers[0]
        wait_until(lambda: poller.refused >= 2, what="two refusals (it retries)")
        assert pollers.stop(10)
    refused = [entry for entry in logs if entry["event"] == "imap login refused"]
    assert refused and all(entry["error"] == poller.last_error for entry in refused)
    assert poller.last_error == (
        f"imap account support: 127.0.0.1:{dovecot.port} refused LOGIN login as support: "
        "[AUTHENTICATIONFAILED] Authentication failed."
    )
    assert not [entry for entry in logs if "exc_info" in entry or "exception" in entry]
    assert "Wr0ng-pw-7c1e" not in str(logs)
    assert stored(db) == []
    assert mailbox.seen("INBOX") == {1: False}
