"""Meaning families added after held-out batch 9, in all four languages.

The sentences here are NOT taken from batch 9: they say the same thing in other words
(other word order, inflection, compound, missing diacritics, a calm or apologetic tone),
so the families are tested for what they mean. NEAR_MISSES must not page (or must stay
at the level given), and the engine principles have their own tests below.
"""

# ruff: noqa: E501  (a table of whole sentences)
from __future__ import annotations

import pytest

from classifiers.decide import decide
from classifiers.engine import classify
from classifiers.model import FiredRule, MessageText
from tests.classifiers.conftest import assert_level

PARAPHRASES = [
    # the web server's own default/test page instead of the site
    ("critical", "en", "Sorry to bother you, but our homepage just says Welcome to nginx now."),
    (
        "critical",
        "nl",
        "Op onze website staat alleen nog de standaardpagina van Apache, ook in de webshop.",
    ),
    ("critical", "de", "Statt unserer Homepage erscheint nur die Nginx Willkommensseite."),
    ("critical", "no", "Nettsiden viser bare Apache testside, overalt."),
    # the payment step spins forever
    (
        "critical",
        "en",
        "Every time someone clicks pay now the payment screen keeps loading and nothing happens.",
    ),
    (
        "critical",
        "nl",
        "Bij het afrekenen blijft het scherm maar draaien, er komt geen enkele bestelling door.",
    ),
    ("critical", "de", "Auf der Zahlungsseite dreht sich nur das Rädchen, keiner kann bezahlen."),
    ("critical", "no", "Betalingssiden står og laster i det uendelige for kundene."),
    # cannot take orders / want to pay but cannot
    (
        "critical",
        "en",
        "We are unable to take orders on the website since the update, maybe it's me?",
    ),
    ("critical", "nl", "Klanten mailen dat ze willen betalen maar het lukt gewoon niet."),
    ("critical", "de", "Wir können keine Bestellungen annehmen, seit heute früh."),
    ("critical", "no", "Vi kan ikke ta imot bestillinger i nettbutikken."),
    # pressing pay ends in an error
    ("critical", "en", "Hitting the pay button gives an error for all of them."),
    # other people's data visible
    (
        "critical",
        "en",
        "A parent logged in and could see each other's addresses, sorry for the long mail.",
    ),
    ("critical", "nl", "Ouders zien in het portaal elkaars gegevens, geen haast hoor."),
    ("critical", "de", "Nach dem Login sehen Händler die Preise eines Wettbewerbers."),
    ("critical", "no", "Medlemmene ser hverandres opplysninger når de logger inn."),
    # breach duty, suspected compromise, prize-scam redirect
    (
        "critical",
        "en",
        "Our DPO says we are obliged to report this and asks whether we have been compromised.",
    ),
    ("critical", "de", "Das ist ein Datenschutzvorfall, bitte zurückrufen."),
    ("critical", "nl", "Onze IT denkt dat de site gecompromitteerd is."),
    ("critical", "no", "Vi tror nettsiden er kompromittert."),
    (
        "critical",
        "en",
        "The donation page sometimes pops up 'you have won an Amazon voucher' and wants card details.",
    ),
    # a whole collection emptied in production
    (
        "critical",
        "en",
        "Maybe I did something wrong, but all our vacancies are gone from the admin.",
    ),
    ("critical", "nl", "Al onze vacatures zijn weg, ook in het beheer."),
    ("critical", "de", "Sämtliche Stellenanzeigen sind verschwunden, auch im Backend."),
    ("critical", "no", "Alle stillingene er borte fra nettsiden og fra admin."),
    ("critical", "en", "It looks like the job copied staging over production last night."),
    # an admin nobody knows
    ("critical", "en", "There is an admin account called wpsupport that I don't recognise."),
    ("critical", "nl", "Er staat een beheerder tussen die wij niet kennen."),
    ("critical", "de", "Im Backend ist ein unbekannter Administrator aufgetaucht."),
    ("critical", "no", "Det ligger en adminbruker der som vi ikke kjenner."),
    # parked domain
    ("critical", "nl", "Als ik onze naam intyp staat er dat de domeinnaam misschien te koop is."),
    ("critical", "de", "Unter unserer Adresse steht jetzt, die Domain sei zu verkaufen."),
    ("critical", "no", "Domenet vårt står som til salgs."),
    # whole server down / 5xx for everybody
    ("critical", "en", "Our store returns 503 for everybody since noon."),
    ("critical", "nl", "De server is down, niemand kan iets."),
    ("critical", "de", "Seit heute früh bekommen wir 502 für alle Nutzer."),
    ("critical", "no", "Hver eneste side gir en feilside nå."),
    # urgent: submissions that never arrive
    ("urgent", "en", "Applications say they were sent but never reach us."),
    ("urgent", "nl", "Het formulier zegt verzonden maar er komt niks aan bij ons."),
    ("urgent", "de", "Die Anfragen über das Kontaktformular kommen nicht mehr bei uns an."),
    ("urgent", "no", "Henvendelsene fra skjemaet kommer ikke frem til oss."),
    # urgent: users cannot hand in / submit
    ("urgent", "en", "Students can't submit their assignments since Tuesday."),
    ("urgent", "nl", "Leerlingen kunnen hun werkstuk niet meer inleveren."),
    ("urgent", "de", "Die Teilnehmer können ihre Arbeit nicht mehr abgeben."),
    ("urgent", "no", "Elevene kan ikke levere innleveringene sine."),
    # urgent: sync / feed stopped
    ("urgent", "en", "The admin says last successful sync 3 days ago."),
    ("urgent", "nl", "De agenda wordt niet meer bijgewerkt vanuit het ledensysteem."),
    ("urgent", "no", "Produktfeeden har ikke blitt oppdatert siden mandag."),
    # urgent: shipping labels not created
    ("urgent", "en", "Labels could not be created for any of today's parcels."),
    ("urgent", "nl", "De verzendlabels kunnen niet worden aangemaakt sinds vanochtend."),
    ("urgent", "de", "Seit Freitag werden keine Versandlabels mehr erzeugt."),
    ("urgent", "no", "Fraktlappene blir ikke laget lenger."),
    # urgent: paywall gone
    ("urgent", "en", "The paywall has disappeared, premium articles can be read by anyone."),
    ("urgent", "de", "Die Bezahlschranke ist weg, alles ist frei lesbar."),
    # standard: translation errors, filter without matches
    (
        "standard",
        "en",
        "The English page has a translation error: Kindergarten is translated as child garden.",
    ),
    ("standard", "nl", "Op de Engelse pagina staat een vertaalfout in het menu."),
    ("standard", "de", "Die Kursnamen sind auf der englischen Seite falsch übersetzt."),
    ("standard", "no", "Bestillingsskjemaet på engelsk er feil oversatt."),
    ("standard", "en", "Filtering shoes by size 38 says no products found, other sizes are fine."),
    # low: a reply saying it has run fine since
    ("low", "en", "Re: outage. Just to say it has been running fine since, thanks again."),
    ("low", "no", "Siden har virket fint hele helgen etter fiksen."),
    ("low", "de", "Kein Notfall: bitte die Öffnungszeiten auf der Startseite ändern."),
]

NEAR_MISSES = [
    # a partial payment method failing is urgent, not critical
    ("urgent", "en", "Klarna fails at checkout with an error, but card payments still work."),
    ("urgent", "de", "PayPal bricht ab mit Fehler, aber Kreditkarte geht."),
    ("urgent", "no", "Betalingene registreres ikke i portalen, men pengene kommer inn."),
    # "card payments don't work either" is not a limited scope
    ("critical", "no", "Vipps feiler for alle, kort fungerer heller ikke."),
    ("critical", "de", "PayPal bricht ab, Kreditkarte geht auch nicht. Niemand kann bezahlen."),
    # pictures or pages missing is not data loss
    ("standard", "en", "All the photos on the news page are missing since the update."),
    ("standard", "nl", "Alle foto's in het nieuwsbericht zijn uitgerekt en helemaal plat."),
    # a question about the data protection authority is not a breach
    ("low", "no", "Kan dere lage en cookie-banner? Vi vil ikke få bot fra Datatilsynet."),
    # an admin who is known
    ("low", "en", "Could you create a new admin account for our intern Sam?"),
    # asking for an nginx setup is not a down site
    ("low", "en", "Could you give us a quote for moving the site from Apache to nginx?"),
    # an old thread about an outage, now thanks
    ("low", "nl", "Dank jullie wel, de site werkt sindsdien prima."),
    # a minor bug told calmly stays standard
    (
        "standard",
        "nl",
        "Klein dingetje: de datum staat in Amerikaanse notatie bij de blogberichten.",
    ),
    (
        "standard",
        "de",
        "Kein Notfall, aber im Kontaktformular wird eine gültige Telefonnummer als ungültige Nummer abgelehnt.",
    ),
]


@pytest.mark.parametrize("want, lang, text", PARAPHRASES + NEAR_MISSES)
def test_family(want: str, lang: str, text: str) -> None:
    assert_level(want, lang, text)


def test_calm_tone_does_not_demote_a_critical_meaning() -> None:
    calm = "Sorry to bother you on a Sunday, no rush at all, but all our galleries are gone."
    assert classify(MessageText(body=calm)).severity == "critical"


def test_tone_cues_do_not_outvote_a_standard_problem() -> None:
    fired = [
        FiredRule("de.field_rejects_valid_input_near", "standard", "body", "x", 1.5),
        FiredRule("de.no_rush", "low", "body", "wäre schön", 0.5),
        FiredRule("de.not_an_emergency", "low", "body", "kein notfall", 0.5),
        FiredRule("de.design_content_topic", "low", "body", "ändern", 0.6),
    ]
    assert decide(fired) == "standard"
    # without a standard-level problem the same cues still mean low
    assert decide(fired[1:]) == "low"


def test_another_languages_half_signal_is_ignored() -> None:
    # "live" is a Norwegian scope word; in a Dutch question about staging it means nothing.
    body = (
        "Twee vragen: kunnen jullie een staging omgeving opzetten als kopie van productie? "
        "We willen modules testen voordat ze live gaan. Graag een inschatting."
    )
    assert classify(MessageText(body=body)).severity == "low"
