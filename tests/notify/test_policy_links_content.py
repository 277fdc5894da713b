from datetime import UTC, datetime, timedelta

import pytest

from notify.config import NotifyConfig
from notify.content import TicketSnapshot, render_page
from notify.links import BadLink, ack_url, make_token, verify_token
from notify.policy import decide
from notify.replies import ack_command

MATRIX = NotifyConfig().matrix
NOW = datetime(2026, 3, 10, 23, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("severity", "after_hours", "cover", "expected"),
    [
        ("critical", True, True, "page"),
        ("critical", True, False, "office_hours"),
        ("urgent", True, True, "office_hours"),
        ("standard", True, True, "office_hours"),
        ("low", True, True, "office_hours"),
        ("critical", False, False, "page"),
        ("urgent", False, False, "page"),
        ("standard", False, True, "office_hours"),
        ("low", False, True, "office_hours"),
    ],
)
def test_default_matrix_follows_the_seeds(
    severity: str, after_hours: bool, cover: bool, expected: str
) -> None:
    decision = decide(MATRIX, severity, after_hours=after_hours, after_hours_cover=cover)
    assert decision.action == expected


def test_uncertain_voicemail_after_hours_counts_as_possibly_critical() -> None:
    decision = decide(MATRIX, "standard", after_hours=True, after_hours_cover=True, uncertain=True)
    assert decision.action == "page"
    assert decision.severity == "critical"
    assert "uncertain" in decision.reason


def test_operator_can_change_a_matrix_cell() -> None:
    config = NotifyConfig.model_validate({"matrix": {"urgent": {"after_hours_cover": "page"}}})
    decision = decide(config.matrix, "urgent", after_hours=True, after_hours_cover=True)
    assert decision.action == "page"


def test_signed_link_round_trip_names_the_ticket() -> None:
    token = make_token("s3cret", 42, "ack", now=NOW, ttl=timedelta(hours=24))
    claim = verify_token("s3cret", token, now=NOW + timedelta(hours=23))
    assert claim.ticket_id == 42
    assert claim.action == "ack"


def test_expired_link_is_refused() -> None:
    token = make_token("s3cret", 42, "ack", now=NOW, ttl=timedelta(hours=1))
    with pytest.raises(BadLink, match="expired"):
        verify_token("s3cret", token, now=NOW + timedelta(hours=1))


def test_link_with_changed_ticket_id_or_other_secret_is_refused() -> None:
    token = make_token("s3cret", 42, "ack", now=NOW, ttl=timedelta(hours=1))
    forged = "43" + token[2:]
    with pytest.raises(BadLink, match="signature"):
        verify_token("s3cret", forged, now=NOW)
    with pytest.raises(BadLink, match="signature"):
        verify_token("other", token, now=NOW)
    with pytest.raises(BadLink, match="malformed"):
        verify_token("s3cret", "garbage", now=NOW)


def _snapshot(**extra: object) -> TicketSnapshot:
    values: dict[str, object] = {
        "id": 7,
        "case": "FD-7",
        "severity": "critical",
        "customer": "acme",
        "subject": "Webshop down: checkout gives 500 on every order since the deploy tonight",
        "text": "Hello,\n\nour webshop is down since 02:10.\nCheckout returns 500.\nline4\nline5",
        "channel": "voicemail",
        "contact_name": "Jan de Vries",
        "contact_email": "jan@acme.test",
        "contact_phone": "+31497842611",
        "rules": ({"id": "en.site_down", "matched": "webshop is down"},),
    }
    values.update(extra)
    return TicketSnapshot(**values)  # type: ignore[arg-type]


def test_page_text_says_severity_customer_contact_caller_id_why_and_how_to_ack() -> None:
    link = ack_url("https://desk.agency.test", "7.ack.1773200000.abcdefghijklmnopqrstuv")
    page = render_page(_snapshot(), link=link)
    assert page.subject.startswith("[CRITICAL] [FD-7] acme")
    for expected in (
        "Severity:  critical",
        "Customer:  acme",
        "Jan de Vries <jan@acme.test>",
        "Caller-ID: +31497842611",
        "en.site_down ('webshop is down')",
        "our webshop is down since 02:10.",
        link,
        "frontdesk ack FD-7",
    ):
        assert expected in page.body
    assert "line5" not in page.body  # only the first lines


def test_sms_form_fits_160_characters_and_keeps_the_link() -> None:
    link = ack_url("https://desk.agency.test", "7.ack.1773200000.abcdefghijklmnopqrstuv")
    page = render_page(_snapshot(subject="x" * 400), link=link)
    assert len(page.short) <= 160
    assert page.short.startswith("CRIT FD-7 acme +31497842611")
    assert page.short.endswith(link)


def test_sms_form_drops_a_link_too_long_for_sms() -> None:
    page = render_page(_snapshot(), link="https://" + "a" * 200)
    assert len(page.short) <= 160
    assert page.short.endswith("reply ACK")


def test_possibly_critical_page_says_so() -> None:
    page = render_page(_snapshot(severity="standard"), link=None, possibly_critical=True)
    assert "POSSIBLY CRITICAL" in page.subject
    assert page.short.startswith("POSS CRIT")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ack\n\n> [CRITICAL] [FD-7] acme: Webshop down", "ack"),
        ("ACK - looking at it now", "ack"),
        ("\n  Acknowledged.\n", "ack"),
        ("resolved, was the payment provider\n", "resolve"),
        ("> ack\nWhat do you mean?", None),
        ("acknowledgement of debt attached", None),
        ("Please call me back", None),
    ],
)
def test_reply_starting_with_ack_or_resolve_is_a_command(text: str, expected: str | None) -> None:
    assert ack_command(text) == expected
