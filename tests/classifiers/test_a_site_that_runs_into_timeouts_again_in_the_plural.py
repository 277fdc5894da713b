"""A German site that runs again into failures named in the plural: the failure back.

"Seit 7:40 laufen wieder alle Seiten in Timeouts", "laufen wieder alle Anfragen in
Zeitüberschreitungen", "in Errors", "in Fehlermeldungen", "in 504s": "laufen ... wieder in"
a failure is the failure back (de.resolved's lookahead reads the failure word singular or
plural), and the plural timeouts are the site's symptom as the singular is
(de.outage_symptom, de.failure_everywhere_near). "läuft wieder in unter 500 ms" and
"fehlerfrei" stay resolved.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Seit heute früh laufen wieder alle Anfragen in Zeitüberschreitungen, der "
                       "Shop ist nicht erreichbar."),
    ("critical", "de", "Seit 7:40 laufen wieder alle Seiten in Timeouts."),
    ("standard", "de", "Seit dem Update laufen alle Bestellungen wieder in Errors."),
    ("standard", "de", "Seit heute Nacht laufen wieder alle Aufrufe in 504s."),
    ("standard", "de", "Seit dem Update laufen alle Bestellungen wieder in Fehlermeldungen."),
]  # fmt: skip

NEAR_MISSES = [
    # a response time, or no errors: the site runs again
    ("standard", "de", "Der Shop war heute Nacht nicht erreichbar. Seit 6 Uhr läuft er wieder in "
                       "unter 500 ms, danke!"),
    ("low", "de", "Seit dem Neustart läuft er wieder auf dem Server fehlerfrei."),
    ("low", "de", "Die Seite hatte gestern ein paar Timeouts, heute läuft alles wieder."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
