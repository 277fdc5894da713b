"""The page customers order, pay or sign up on, said down, offline, unreachable or not loading
("The checkout page is down", "Onze bestelpagina is onbereikbaar", "Die Anmeldeseite ist nicht
erreichbar", "Påmeldingssiden er nede"): nobody can order, pay or register, which the severity
table and the seeds ("Unfähigkeit, Bestellungen aufzugeben") make critical, also beside a
request ("... could you extend the deadline?").

Before the pages were added these were standard, or low beside a request: only the shop, the
site and their like were objects of `<lang>.critical_object_total_failure_near`, and "is down"
alone (`.outage_symptom`) is too weak to page. The pages now are objects of that rule, and the
frames it goes through hold for them as for the shop: a page not down, asked for, scrolled down
on, down and back again, or asked about before maintenance stays below critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "The checkout page is down."),
    ("critical", "en", "The payment page does not load."),
    ("critical", "en", "Our registration page is down right now and the early bird deadline "
                       "is tonight, could you extend it by 24h?"),
    ("critical", "en", "registration page down since 8am pls extend deadline"),
    ("critical", "de", "Seit heute Morgen ist die Anmeldeseite nicht erreichbar, bitte "
                       "verlängern Sie die Frist."),
    ("critical", "de", "Der Ticketshop ist seit 20 Uhr down, der Vorverkauf läuft heute Abend."),
    ("critical", "nl", "Onze bestelpagina is onbereikbaar, kan de actie een dag verlengd worden?"),
    ("critical", "no", "Påmeldingssiden er nede og fristen går ut i kveld, kan dere forlenge "
                       "fristen til fredag?"),
    ("critical", "no", "Nå er salgssiden nede igjen, kan dere flytte salget?"),
]  # fmt: skip

NEAR_MISSES = [
    ("standard", "en", "The checkout page is not down, only the banner is missing."),
    ("low", "en", "Can you add a booking page to the site?"),
    ("low", "en", "Please scroll down on the order page, the footer text has a typo."),
    ("low", "en", "The payment page was down for ten minutes yesterday, it works again now."),
    ("low", "en", "Will the booking page be offline during the maintenance on Sunday?"),
    ("urgent", "en", "The order page is slow since this morning."),
    ("standard", "de", "Die Bestellseite ist nicht offline, nur das Logo fehlt."),
    ("low", "nl", "Kunnen jullie een inschrijfpagina maken voor ons evenement?"),
    ("low", "no", "Påmeldingssiden var nede i går, men nå virker den igjen."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
