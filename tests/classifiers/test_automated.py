"""detect_automated(): one reason per header kind; ordinary customer mail passes."""

from __future__ import annotations

from email import message_from_bytes
from email.policy import default

import pytest

from classifiers import detect_automated


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
            {"Message-ID": "<ack-7@frontdesk.agency.example>"},
            "support@agency.example",
            "[FD-7] received",
            "our own message",
        ),
    ],
)
def test_each_header_kind_is_recognised_with_its_reason(
    headers: dict[str, str], sender: str | None, subject: str, reason: str
) -> None:
    assert detect_automated(headers, sender, subject, ["frontdesk.agency.example"]) == reason


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
