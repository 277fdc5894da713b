"""A German site that runs again in a few hundred milliseconds, or without errors, is back.

"Seit 6 Uhr läuft er wieder in unter 500 ms, danke!" was critical: since 6bb771b de.resolved
does not read "laufen ... wieder" followed by "in/auf" a timeout, an error or a 5xx, and it took
"500 ms" for a server error and "fehlerfrei" for "Fehler". A code followed by a unit of time is a
response time, and the failure word counts whole: the site runs again (the outage over).
"Seit 7:40 laufen wieder alle Seiten in einen Timeout", "läuft wieder auf einen 503" or "auf
eine Fehlermeldung" stay the failure back.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "de", "Der Shop war heute Nacht nicht erreichbar. Seit 6 Uhr läuft er wieder in "
                       "unter 500 ms, danke!"),
    ("standard", "de", "Der Shop war heute früh 20 Minuten nicht erreichbar, jetzt läuft die Seite "
                       "wieder in 400 ms und ohne Fehler."),
    ("low", "de", "Der Shop war gestern Abend eine halbe Stunde down. Seit dem Neustart läuft er "
                  "wieder auf dem Server fehlerfrei."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "de", "Seit 7:40 laufen wieder alle Seiten in einen Timeout"),
    ("critical", "de", "Seit heute früh läuft der Shop wieder auf einen 503, auf jeder Seite."),
    ("critical", "de", "Seit heute früh läuft der Shop wieder auf eine Fehlermeldung, auf jeder "
                       "Seite, niemand kann bestellen."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
