"""The whole site named as what is slow: not the site down.

"Die gesamte Seite ist seit gestern sehr langsam" names the scope of a slowness (the table's
"site suddenly slow", urgent); "gesamte Seite" alone was a site-down phrase of weight 2, so a
whole site said to be slow read as an outage. The whole site said to be gone stays critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "de", "Seit dem Update ist die gesamte Seite extrem langsam, die Startseite "
                     "braucht zwanzig Sekunden."),
    ("urgent", "de", "Die gesamte Seite lädt seit heute Morgen sehr langsam, aber sie lädt."),
    ("urgent", "en", "Since the update the whole site has become extremely slow, the home page "
                     "takes twenty seconds."),
    ("urgent", "nl", "Sinds de update is de hele site extreem traag, de homepage doet er twintig "
                     "seconden over."),
    ("urgent", "no", "Siden oppdateringen er hele nettsiden ekstremt treg, forsiden bruker tjue "
                     "sekunder."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "de", "Die gesamte Seite ist weg, alle Besucher sehen nur eine Fehlermeldung."),
    ("critical", "de", "Seit heute früh ist die gesamte Website nicht erreichbar."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
