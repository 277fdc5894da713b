"""returned_message(): the Message-ID and subject of the mail a bounce or report returns.

Pure parsing, no database: the real-pipeline side is tests/pipeline/test_bounce_of_our_ack.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.parse import parse_email
from ingest.returned import Returned, returned_message

FIXTURES = Path(__file__).parents[1] / "fixtures"
# The shared corpus beside the checkout (/work/shared beside /work/main, or a worktree's).
RUBY_REPORTS = next(
    (
        p / "shared" / "corpora" / "ruby-mail"
        for p in Path(__file__).resolve().parents
        if (p / "shared" / "corpora" / "ruby-mail").is_dir()
    ),
    Path("/nonexistent"),
)
OUR_ACK_ID = "frontdesk.18bb2c3d4e5f6a70.4f1c9a2e7d3b8c6a5e01@agency.example"
OUR_ACK_SUBJECT = "[FD-1] Wij hebben uw bericht ontvangen: Contactformulier verstuurt niets"


def returned(raw: bytes) -> Returned | None:
    return returned_message(parse_email(raw).headers)


@pytest.mark.parametrize(
    "name, found_in",
    [
        ("dsn_of_our_ack_postfix.eml", "text/rfc822-headers"),
        ("dsn_of_our_ack_exchange.eml", "message/rfc822"),
        ("bounce_of_our_ack_exim_plain_text.eml", "quoted in the text"),
        ("bounce_of_our_ack_qmail_plain_text.eml", "quoted in the text"),
    ],
)
def test_each_bounce_form_gives_the_returned_ack_s_message_id_and_subject(
    name: str, found_in: str
) -> None:
    found = returned((FIXTURES / "bounces" / name).read_bytes())
    assert found == Returned(OUR_ACK_ID, OUR_ACK_SUBJECT, found_in)


def test_a_read_receipt_gives_the_original_message_id() -> None:
    found = returned((FIXTURES / "bounces" / "read_receipt_of_our_ack_mdn.eml").read_bytes())
    assert found == Returned(OUR_ACK_ID, "", "message/disposition-notification")


@pytest.mark.parametrize(
    "name, message_id, subject",
    [
        (
            "multipart_report_emails/report_422.eml",  # Sendmail, text/rfc822-headers
            "15655788.13.1200472642578.JavaMail.Administrator@mail.ttttt.com.au",
            "Wanted",
        ),
        (
            "multipart_report_emails/multi_address_bounce1.eml",  # message/rfc822
            "118707422.15521266992174819.JavaMail.root@lvmail01",
            "Test of bounce email",
        ),
    ],
)
def test_real_reports_from_the_shared_corpus(name: str, message_id: str, subject: str) -> None:
    path = RUBY_REPORTS / name
    # no skip: the suite runs beside ../shared, as tests/pipeline/test_corpus.py requires
    assert path.is_file(), f"expected the shared corpus at {path}"
    found = returned(path.read_bytes())
    assert found is not None and (found.message_id, found.subject) == (message_id, subject)


def test_an_rfc2047_returned_subject_is_decoded() -> None:
    raw = (
        b"From: MAILER-DAEMON@mx.example.de\r\nTo: support@agency.example\r\n"
        b"Subject: Unzustellbar\r\nContent-Type: multipart/report; report-type=delivery-status;"
        b' boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nfailed\r\n'
        b"--b\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        b"Subject: =?utf-8?q?=5BFD-7=5D_Wir_haben_Ihre_Nachricht_erhalten=3A_K=C3=BCche?=\r\n"
        b"Message-ID: <frontdesk.1.abc@agency.example>\r\n\r\n--b--\r\n"
    )
    found = returned(raw)
    assert found == Returned(
        "frontdesk.1.abc@agency.example",
        "[FD-7] Wir haben Ihre Nachricht erhalten: Küche",
        "text/rfc822-headers",
    )


@pytest.mark.parametrize(
    "name",
    [
        "corpus/automated/mailer_daemon_plain_bounce.eml",  # no copy of the message
        "corpus/automated/en_ooo_auto_submitted.eml",  # an auto-reply returns nothing
        "corpus/automated/list_mail_list_id_unsubscribe.eml",
        "threads/gmail_first_report_en.eml",
    ],
)
def test_mail_that_returns_no_message_gives_none(name: str) -> None:
    assert returned((FIXTURES / name).read_bytes()) is None


def test_report_lines_and_a_notification_s_own_words_are_not_taken_for_returned_headers() -> None:
    # "Reporting-MTA:" lines and a lone "Subject:" in the prose are no mail's header.
    raw = (
        b"From: MAILER-DAEMON@mx.example.org\r\nTo: support@agency.example\r\n"
        b"Subject: failure notice\r\n\r\n"
        b"Reporting-MTA: dns; mx.example.org\r\nFinal-Recipient: rfc822; a@example.org\r\n"
        b"Status: 5.1.1\r\n\r\nSubject: the message you sent\r\nwas not delivered.\r\n"
    )
    assert returned(raw) is None
