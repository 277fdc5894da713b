"""detect_automated(): one reason per header kind; ordinary customer mail passes."""

from __future__ import annotations

from email import message_from_bytes
from email.policy import default

import pytest

from classifiers import detect_automated
from storage.message_ids import new_message_id


@pytest.mark.parametrize(
    "headers, sender, subject, reason",
    [
        (
            {"Auto-Submitted": "auto-replied"},
            "a@x.example",
            "Re: hi",
            "auto-submitted: auto-replied",
        ),
        (
            {"auto-submitted": "auto-generated"},
            "a@x.example",
            "alert",
            "auto-submitted: auto-generated",
        ),
        ({"Precedence": "bulk"}, "a@x.example", "report", "precedence: bulk"),
        ({"Precedence": "list"}, "a@x.example", "digest", "precedence: list"),
        ({"Precedence": "junk"}, "a@x.example", "offer", "precedence: junk"),
        ({"X-Autoreply": "yes"}, "a@x.example", "Re: hi", "x-autoreply: yes"),
        ({"X-Autorespond": "yes"}, "a@x.example", "Re: hi", "x-autorespond: yes"),
        ({"List-Id": "<news.x.example>"}, "a@x.example", "News", "list mail"),
        ({"List-Unsubscribe": "<mailto:u@x.example>"}, "a@x.example", "News", "list mail"),
        (
            {"Content-Type": 'multipart/report; report-type="delivery-status"'},
            "a@x.example",
            "Delivery Status Notification",
            "delivery-status report",
        ),
        ({}, "MAILER-DAEMON@mx.x.example", "Undelivered Mail", "mailer-daemon bounce"),
        ({}, "postmaster@x.example", "Returned mail", "mailer-daemon bounce"),
        ({"Return-Path": "<>"}, None, "Mail delivery failed", "mailer-daemon bounce"),
        ({}, "a@x.example", "Out of Office: Re: checkout", "out-of-office subject"),
        ({}, "a@x.example", "Automatisch antwoord: storing", "out-of-office subject"),
        ({}, "a@x.example", "Afwezig: uw vraag", "out-of-office subject"),
        ({}, "a@x.example", "Abwesenheitsnotiz: Kasse", "out-of-office subject"),
        ({}, "a@x.example", "Automatische Antwort: Kasse", "out-of-office subject"),
        ({}, "a@x.example", "Fraværsmelding", "out-of-office subject"),
        ({}, "a@x.example", "Automatisk svar: Betaling", "out-of-office subject"),
        (
            {"Message-ID": "<frontdesk.18bb2c3d4e5f6a70.4f1c9a2e7d3b8c6a5e01@agency.example>"},
            "support@agency.example",
            "[FD-7] received",
            "our own message",
        ),
    ],
)
def test_each_header_kind_is_recognised_with_its_reason(
    headers: dict[str, str], sender: str | None, subject: str, reason: str
) -> None:
    assert detect_automated(headers, sender, subject, ["agency.example"]) == reason


def test_auto_submitted_no_and_ordinary_customer_mail_are_not_automated() -> None:
    headers = {"Auto-Submitted": "no", "Message-ID": "<1@customer.example>"}
    assert detect_automated(headers, "ann@customer.example", "Website down!") is None
    assert detect_automated({}, "ann@customer.example", "Urgent: our site is down") is None


@pytest.mark.parametrize(
    "subject",
    [
        "Out of office until 4 January",
        "Out of Office: Re: checkout broken",
        "AUTO: James Cole is out of the office (returning 10/03/2026)",
        "I am on vacation until Monday",
        "Afwezigheidsmelding",
        "Afwezig tot 5 januari",
        "Ik ben met vakantie tot maandag",
        "Abwesenheitsnotiz: Kasse geht nicht",
        "Ich bin im Urlaub bis zum 6.1.",
        "Automatische Antwort: Kasse",
        "Fraværsmelding",
        "Jeg er på ferie til 3. januar",
        "Automatisk svar: Betaling",
    ],
)
def test_an_auto_replys_subject_form_is_out_of_office(subject: str) -> None:
    assert detect_automated({}, "a@x.example", subject) == "out-of-office subject"


@pytest.mark.parametrize(
    "subject",
    [
        "Question: what if the site goes down while we are on vacation?",
        "Website down - I am out of the office, please call Jan",
        "Vraag: wat als de site plat gaat als wij met vakantie zijn?",
        "Webshop ligt eruit, ik ben afwezig, bel mijn collega",
        "Shop offline, bin im Urlaub, bitte Kollegen anrufen",
        "Kasse geht nicht – wir sind ab morgen außer Haus",
        "Nettsiden er nede mens jeg er på ferie",
        "Hva skjer hvis nettsiden går ned når vi er på ferie?",
    ],
)
def test_out_of_office_words_in_a_subject_a_person_wrote_do_not_make_it_automated(
    subject: str,
) -> None:
    # Ignored mail gets no ticket, no page and no acknowledgement: a person's question or
    # outage that mentions a holiday must not be taken for an auto-reply.
    assert detect_automated({}, "ann@customer.example", subject) is None


def test_an_email_message_object_is_accepted_as_headers() -> None:
    raw = (
        b"From: Ann <ann@x.example>\r\nSubject: Re: site\r\nAuto-Submitted: auto-replied\r\n"
        b"Content-Type: text/plain\r\n\r\nI am away.\r\n"
    )
    msg = message_from_bytes(raw, policy=default)
    assert detect_automated(msg, "ann@x.example", "Re: site") == "auto-submitted: auto-replied"


@pytest.mark.parametrize(
    "message_id",
    [
        "<3f2a9c1e-7b4d-4e8a-9c1f-5d7b9e1a3c5f@agency.example>",  # Thunderbird
        "<AM9PR03MB7346A1B2C3D4E5F6A7B8C9D0E1F2@agency.example>",  # Outlook
        "<CAB1x2y3z4=Abc-d_e@mail.gmail.com>",
        "<ack-7@agency.example>",
        "<frontdesk.1@agency.example>",  # our prefix, not our form
    ],
)
def test_a_persons_message_id_at_our_domain_is_not_our_own_message(message_id: str) -> None:
    # A staff member's reply from their own mail client: it must be filed on its ticket
    # (and stop the response clock), not ignored.
    headers = {"Message-ID": message_id, "From": "Piet <piet@agency.example>"}
    subject = "Re: [FD-1] Website down"
    assert detect_automated(headers, "piet@agency.example", subject, ["agency.example"]) is None


def test_a_message_id_we_made_is_our_own_message_only_at_our_domains() -> None:
    ours = new_message_id("agency.example")
    headers = {"Message-ID": ours}
    assert detect_automated(headers, None, "[FD-1] x", ["agency.example"]) == "our own message"
    assert detect_automated(headers, None, "[FD-1] x", ["@Agency.Example "]) == ("our own message")
    assert detect_automated(headers, None, "[FD-1] x", ["old-agency.example"]) is None
    assert detect_automated(headers, None, "[FD-1] x") is None
    # Another Frontdesk's acknowledgement (another agency's desk) is not ours.
    other = {"Message-ID": new_message_id("other-agency.example")}
    assert detect_automated(other, None, "[XY-3] x", ["agency.example"]) is None


def test_our_own_acknowledgement_says_our_own_message_before_its_auto_submitted() -> None:
    headers = {
        "Message-ID": new_message_id("agency.example"),
        "Auto-Submitted": "auto-replied",
        "Precedence": "auto_reply",
    }
    reason = detect_automated(headers, "support@agency.example", "[FD-1] x", ["agency.example"])
    assert reason == "our own message"
