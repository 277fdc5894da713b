"""The whole site said to be white or empty: the site is down.

"Seit dem Update ist die gesamte Seite weiß" names the whole site and says it shows nothing,
which is down for every visitor (critical). "gesamte Seite" alone had been a site-down phrase
and was narrowed to "gesamte Seite ... weg" so that a whole site said to be slow stays urgent;
the white or empty whole site fell out with it. The whole site in a design request ("in Weiß
gehalten") or said to be slow keeps its level.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Seit dem Update ist die gesamte Seite weiß."),
    ("critical", "de", "Seit heute Morgen ist die ganze Website leer."),
    ("critical", "de", "Die gesamte Webseite ist seit dem Update komplett weiß."),
    ("critical", "nl", "Sinds de update is de hele website leeg."),
    ("critical", "nl", "De hele site is sinds vanochtend helemaal wit."),
    ("critical", "no", "Etter oppdateringen er hele nettsiden hvit."),
    ("critical", "no", "Siden i morges er hele siden tom."),
    ("critical", "en", "Since the update the whole site is white."),
]  # fmt: skip

NEAR_MISSES = [
    ("urgent", "de", "Seit dem Update ist die gesamte Seite extrem langsam."),
    ("low", "de", "Die gesamte Seite ist in Weiß gehalten, können Sie die Überschriften blau "
                  "machen?"),
    ("low", "de", "Wir möchten, dass die gesamte Seite weiß ist statt grau."),
    ("urgent", "nl", "Sinds de update is de hele site extreem traag."),
    ("urgent", "no", "Etter oppdateringen er hele nettsiden ekstremt treg."),
    ("urgent", "no", "Hele siden er tom for produkter i kategorien sko."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
