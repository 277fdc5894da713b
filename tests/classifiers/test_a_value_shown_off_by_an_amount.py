"""A value shown off by an amount is a wrong value, not a failure.

"Every order in the admin shows a time that is 1 hour off", "alle ordre viser et klokkeslett
som er 1 time feil", "alle Bestellungen zeigen eine Uhrzeit, die eine Stunde falsch ist",
"alle bestellingen staan een uur verkeerd": "feil", "fout", "falsch" are "wrong" as well as
"error", and "all orders" beside them is no failure everywhere (engine: `_WORDING`). A site
that fails on every page for an hour is still down.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "en", "Since the clocks changed at the weekend, every order in the admin shows a "
                       "time that is 1 hour off. Our packers keep getting confused, fix please."),
    ("standard", "nl", "Sinds de zomertijd staan alle bestellingen in de backend een uur "
                       "verkeerd. Dat is verwarrend voor de inpakkers, graag oplossen."),
    ("standard", "de", "Seit der Zeitumstellung zeigen alle Bestellungen im Backend eine Uhrzeit, "
                       "die eine Stunde falsch ist. Das verwirrt unser Lager, bitte korrigieren."),
    ("standard", "no", "Etter overgangen til sommertid viser alle ordre i adminpanelet et "
                       "klokkeslett som er 1 time feil. Det forvirrer de som pakker, kan dere "
                       "rette det?"),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "en", "Since the update every page shows an error and the site is down for all "
                       "visitors, it's been 1 hour now."),
    ("critical", "nl", "Alle pagina's geven een foutmelding, de site ligt er al 1 uur volledig "
                       "uit voor iedereen."),
    ("critical", "de", "Alle Seiten zeigen einen Fehler, seit einer Stunde ist der Shop für alle "
                       "Kunden nicht erreichbar."),
    ("critical", "no", "Alle sider feiler siden i morges, nettsiden har vært nede i 2 timer nå."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
