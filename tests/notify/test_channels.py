import re

from structlog.testing import capture_logs

from notify.channels import Outgoing, redact, send
from notify.config import RelayConfig
from storage.message_ids import frontdesk_domain

from .conftest import SmtpSink


def test_redact_hides_passwords_and_tokens_in_apprise_urls() -> None:
    assert "hunter2" not in redact("json://user:hunter2@hooks.example/page")
    assert "abcdefghijklmnop" not in redact("pover://abcdefghijklmnop@qrstuvwxyz0123456789")
    assert redact("smtp:alice@agency.test") == "smtp:alice@agency.test"
    assert redact("nosuchscheme://secret-token") == "nosuchscheme://***"


def test_log_channel_writes_the_page_without_the_signed_link() -> None:
    message = Outgoing("[CRITICAL] [FD-1]", "body", "CRIT FD-1 acme ack: https://d/ack/1.ack.9.sig")
    with capture_logs() as logs:
        assert send("log:", message, RelayConfig()).ok
    assert logs[0]["subject"] == "[CRITICAL] [FD-1]"
    assert "1.ack.9.sig" not in str(logs)


def test_unusable_apprise_url_fails_with_a_redacted_reason() -> None:
    result = send("nosuchscheme://secret-token", Outgoing("s", "b", "b"), RelayConfig())
    assert not result.ok
    assert result.error == "not a usable apprise URL: nosuchscheme://***"


def test_email_page_goes_through_the_relay_as_a_plain_message(smtp_sink: SmtpSink) -> None:
    relay = RelayConfig(host="127.0.0.1", port=smtp_sink.port, from_address="desk@agency.test")
    page = Outgoing("[URGENT] [FD-3] x", "Body text\n", "s")
    result = send("smtp:alice@agency.test", page, relay)
    assert result.ok
    mail = smtp_sink.messages[0]
    assert mail["mail_from"] == "desk@agency.test"
    assert mail["rcpt_tos"] == ["alice@agency.test"]
    assert "Subject: [URGENT] [FD-3] x" in mail["data"]
    assert "Auto-Submitted: auto-generated" in mail["data"]
    # Our Message-ID form (storage/message_ids.py): a page that loops back is our own.
    message_id = re.search(r"^Message-ID: (<[^>]+>)", mail["data"], re.MULTILINE | re.I)
    assert message_id is not None and frontdesk_domain(message_id.group(1)) == "agency.test"


def test_relay_that_refuses_connections_is_a_failed_attempt_not_an_exception(
    closed_port: int,
) -> None:
    relay = RelayConfig(host="127.0.0.1", port=closed_port, password="relaypw", username="u")
    result = send("smtp:alice@agency.test", Outgoing("s", "b", "b"), relay)
    assert not result.ok
    assert result.error is not None and "relaypw" not in result.error


def test_without_a_relay_mail_is_written_to_the_log_not_lost() -> None:
    message = Outgoing("Your case [FD-1]", "body", "body", rcpt_to=("anna@example.nl",))
    with capture_logs() as logs:
        result = send("smtp:anna@example.nl", message, RelayConfig())
    assert result.ok
    assert [(e["event"], e["to"]) for e in logs] == [
        ("mail not sent: no relay configured ([relay] host)", ["anna@example.nl"])
    ]
