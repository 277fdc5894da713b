"""A site that runs into a failure again, said with German "laufen ... wieder".

"Seit 7:40 laufen wieder alle Seiten in einen Timeout", "seit heute früh läuft der Shop wieder
auf einen Datenbankfehler": "laufen in/auf" a timeout, an error or a 5xx is the outage back,
not the site running again (f9993e0 read "laufen wieder" as resolved and took the reply that
reopened a closed outage two steps down, critical -> standard, batch65). What runs again with
every page named ("Seit 14 Uhr laufen alle Seiten wieder"), or runs again in all browsers or
on the new server, stays over.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Leider zu früh gefreut: Seit 7:40 laufen wieder alle Seiten in einen "
                       "Timeout. Unsere Kunden kommen weder auf die Startseite noch in den "
                       "Warenkorb."),
    ("critical", "de", "Letzte Woche war es behoben, aber seit heute früh läuft der Shop wieder "
                       "auf einen Datenbankfehler, auf jeder Seite, niemand kann bestellen."),
]  # fmt: skip

NEAR_MISSES = [
    ("standard", "de", "Gestern war der Shop komplett down. Seit 14 Uhr laufen alle Seiten "
                       "wieder, auch in den Warenkorb kommen die Kunden."),
    ("standard", "de", "Gestern war der Shop komplett down. Seit heute läuft die Seite wieder in "
                       "allen Browsern ohne Fehler."),
    ("standard", "de", "Gestern war der Shop komplett down. Jetzt läuft die Seite wieder auf dem "
                       "neuen Server ohne Fehler."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
