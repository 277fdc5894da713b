"""The site that does not load at all, with the not-at-all word between the verb and its "not"
("die Seite lädt überhaupt nicht", "de site laadt totaal niet meer"), or nothing working any
more told verb-second ("jetzt geht gar nichts mehr", "er werkt helemaal niks meer"): an outage
(critical), as "the site doesn't load at all" and "nothing works anymore" already were.

Session 46 found it in batch 46 (a physiotherapist's reply "IMMER NOCH NICHT ERREICHBAR" over
"jetzt geht gar nichts mehr, die seite lädt überhaupt nicht, auch nicht bei meinen
mitarbeiterinnen", read as urgent from the oldest quoted "sehr langsam"): `de.site_down` had
"seite lädt nicht" and "nichts geht mehr" but no word between, and so the reply's quoted
report named no outage and the engine read on down to the slow one. A page or a form named
before the verb ("im Kontaktformular geht gar nichts mehr", "op de contactpagina werkt niks
meer") is that part, not the site.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Die Website lädt seit heute früh überhaupt nicht, auch bei meinem Mann "
                       "nicht."),
    ("critical", "de", "hilfe, der shop lädt gar nicht mehr!!"),
    ("critical", "de", "Es geht gar nichts mehr, weder zuhause noch im Büro."),
    ("critical", "de", "es geht ueberhaupt nichts mehr seit dem update"),
    ("critical", "nl", "De site laadt totaal niet meer, ook niet bij mijn collega."),
    ("critical", "nl", "er werkt helemaal niks meer sinds vanochtend"),
    ("critical", "en", "The site won't load at all, not for my colleague either."),
    ("critical", "no", "Nettsida lastar ikkje i det heile, heller ikkje hos kollegaen min."),
]  # fmt: skip

NEAR_MISSES = [
    # slow, not gone (urgent)
    ("urgent", "de", "Die Startseite lädt seit heute sehr langsam."),
    # a part named before the verb: that part
    ("standard", "nl", "Op de contactpagina werkt niks meer."),
    ("standard", "de", "Auf der Galerieseite geht gar nichts mehr."),
    # over ("lud gar nicht" in the past, works now)
    ("low", "de", "Heute früh lud die Seite gar nicht, jetzt geht es wieder. Woran lag es?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
