"""An outage that works again, said with the site named between or in Flemish.

"Gestern war alles down. Jetzt läuft die Seite wieder", "alle Systeme laufen seit 14:10 Uhr
wieder stabil": the site, or every system, named between the verb and its "wieder", and a
time since which it runs, still say the outage is over; so does Flemish "terug" for "weer"
("nu werkt alles terug", "hij is terug online"). What runs again badly ("läuft die Seite
wieder langsam"), runs again not at all, or "werkt terug tot 1 januari" (retroactive) is none
(batch62).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "de", "Gestern war die Website komplett down. Jetzt läuft die Seite wieder."),
    ("standard", "de", "Gestern war die Website komplett down. Alle Systeme laufen seit 14:10 "
                       "Uhr wieder stabil."),
    ("standard", "nl", "Vanmorgen was de webshop helemaal plat, nu is hij terug online."),
    ("standard", "nl", "gisteren lag de site plat maar nu werkt alles terug, merci. kunt ge een "
                       "verslag sturen van wat er gebeurd is?"),
]  # fmt: skip

NEAR_MISSES = [
    ("urgent", "de", "Seit dem Update heute früh läuft die Seite wieder langsam, jede Seite "
                     "braucht 30 Sekunden."),
    ("critical", "de", "Seit 10 Uhr ist die Website komplett down, alle Systeme laufen seit "
                       "14:10 Uhr wieder nicht."),
    ("critical", "nl", "De site ligt plat sinds vanmorgen. De nieuwe prijsregel werkt terug tot "
                       "1 januari."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
