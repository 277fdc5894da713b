"""The language cases of issue 5, item 4, in all four languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from classifiers import Classification

Verdict = Callable[..., Classification]


@pytest.mark.parametrize(
    "negated, affirmed",
    [
        ("The site is not down, it just feels a bit slow on one page.", "The site is down."),
        ("De site is niet offline, maar het logo staat scheef.", "De site is offline."),
        ("Die Seite ist nicht ausgefallen, nur ein Bild fehlt.", "Die Seite ist ausgefallen."),
        ("Nettsiden er ikke nede, men et bilde mangler.", "Nettsiden er nede."),
    ],
)
def test_negated_outage_is_not_critical_but_the_plain_statement_is(
    verdict: Verdict, negated: str, affirmed: str
) -> None:
    assert verdict(negated).severity != "critical"
    assert verdict(affirmed).severity == "critical"


@pytest.mark.parametrize(
    "description",
    [
        "Since the update nobody can pay in our shop.",
        "We get a 502 on every page.",
        "Bestellen lukt niet meer bij ons in de webshop.",
        "Die Kasse geht nicht, bitte schnell schauen.",
        "Kundene får ikke betalt i nettbutikken.",
    ],
)
def test_description_without_the_word_down_is_critical(verdict: Verdict, description: str) -> None:
    assert verdict(description).severity == "critical"


def test_urgent_subject_alone_never_makes_critical(verdict: Verdict) -> None:
    result = verdict(subject="URGENT!!!", body="")
    assert result.severity != "critical"
    assert any(r.id == "en.urgency_words" for r in result.rules)


def test_urgent_subject_on_a_colour_request_stays_low(verdict: Verdict) -> None:
    body = "Could you change the colour of the buttons to our new green?"
    assert verdict(subject="DRINGEND!!! URGENT!!!", body=body).severity == "low"


def test_signature_that_says_urgent_does_not_raise_a_content_request(verdict: Verdict) -> None:
    body = (
        "Hi,\n\nPlease add our new opening hours to the contact page.\n\n"
        "Kind regards,\nAnna\n-- \nURGENT? The whole site down? Call 0113 496 0000 (24/7)\n"
    )
    result = verdict(body=body)
    assert result.severity == "low"
    assert all("urgent" not in r.matched for r in result.rules)


@pytest.mark.parametrize(
    "body",
    [
        # Gmail (EN)
        "Thank you all, everything is working again!\n\nOn Sun, 1 Mar 2026 at 09:12, Mark "
        "<m@x.example> wrote:\n> Our website is down, nobody can order!\n",
        # Outlook (NL)
        "Top, alles werkt weer. Bedankt!\n\nVan: Jeroen <j@x.example>\nVerzonden: zondag 1 maart "
        "2026 09:12\nAan: Support\nOnderwerp: Webshop ligt plat\n\nOnze webshop ligt plat!\n",
        # Gmail (DE)
        "Super, alles läuft wieder. Danke!\n\nAm So., 1. März 2026 um 09:12 Uhr schrieb Thomas "
        "<t@x.example>:\n> Unser Shop ist nicht erreichbar, niemand kann bestellen!\n",
        # Gmail (NO)
        "Supert, alt fungerer igjen. Takk!\n\nsøn. 1. mar. 2026 kl. 09:12 skrev Kari "
        "<k@x.example>:\n> Nettsiden er nede, ingen kan betale!\n",
        # Classic Outlook separator
        "Thanks, all good now.\n\n-----Original Message-----\nFrom: Mark\n"
        "Subject: site down\n\nThe whole website is down!\n",
    ],
)
def test_quoted_old_outage_under_a_thank_you_is_low(verdict: Verdict, body: str) -> None:
    assert verdict(body=body, subject="Re: Website down").severity == "low"


def test_reply_subject_naming_an_old_outage_does_not_decide(verdict: Verdict) -> None:
    result = verdict(subject="Re: Site is down!!", body="The newsletter sign-up has a small bug.")
    assert result.severity == "standard"


def test_limited_scope_turns_an_outage_into_urgent(verdict: Verdict) -> None:
    assert verdict("Checkout fails with an error for some customers.").severity == "urgent"


def test_a_customer_mentioning_a_breach_is_still_critical(verdict: Verdict) -> None:
    body = "A customer told us our site has been hacked: it redirects to a casino."
    assert verdict(body).severity == "critical"


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Our order confirmation emails are not being sent since Monday.", "urgent"),
        ("De website is sinds vanochtend erg traag.", "urgent"),
        ("Die Schnittstelle zur Warenwirtschaft ist ausgefallen.", "urgent"),
        ("Kontaktskjemaet sender ingenting lenger.", "urgent"),
        ("The search shows no results for 'chair'.", "standard"),
        ("Het filter op maat laat niets zien.", "standard"),
        ("Könnten Sie das Logo etwas größer machen?", "low"),
        ("Kan dere legge ut en ny stillingsannonse?", "low"),
    ],
)
def test_levels_follow_the_seed_meanings(verdict: Verdict, body: str, expected: str) -> None:
    assert verdict(body).severity == expected


def test_language_is_guessed_from_the_text(verdict: Verdict) -> None:
    assert (
        verdict("Die Seite ist seit heute nicht erreichbar und wir können nichts tun.").language
        == "de"
    )
    assert verdict("Onze website is niet bereikbaar en we kunnen niets doen.").language == "nl"
    assert verdict("Nettsiden er nede og vi får ikke gjort noe.").language == "no"
    assert verdict("The site is down and we can't do anything.").language == "en"


def test_every_decision_names_the_rules_and_the_matched_text(verdict: Verdict) -> None:
    result = verdict("Unsere Website ist komplett down.")
    fired = {r.id: r for r in result.rules}
    assert fired["de.site_down"].matched == "website ist komplett down"
    assert fired["de.site_down"].field == "body"
    assert result.as_json()["rules"][0].keys() >= {"id", "matched"}
