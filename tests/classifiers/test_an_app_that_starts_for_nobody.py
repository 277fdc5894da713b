"""An app that starts for nobody, or closes as it opens for all: the app is down.

"Seit dem Update startet unsere Patienten-App bei niemandem mehr" (batch67, called "halb so
wild"): the failure lies in the scope word, as in "die App öffnet sich bei keinem"
(`de.cx_works_for_nobody`, now with "startet" and an app named in a compound), and so in Dutch
("start de app bij niemand", `nl.cx_works_for_nobody`). "Sluit hij bij het openen meteen weer
af ... bij vrijwel alle leden" is a crash on opening (`nl.outage_symptom`, as "crasht") for
all. A feature inside the app that starts for nobody, or a shop that closes for the day, is
no app down.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Seit dem Update startet unsere Patienten-App bei niemandem mehr, Termine "
                       "buchen geht gar nicht."),
    ("critical", "de", "Seit dem Update startet die App bei niemandem mehr."),
    ("critical", "nl", "Sinds de update start de app bij niemand meer."),
    ("critical", "nl", "Sinds gisteren start onze leden-app bij niemand meer."),
    ("critical", "nl", "Sinds de update sluit de app bij het openen meteen weer af. Bij al onze "
                       "trainers en bij alle leden."),
]  # fmt: skip

NEAR_MISSES = [
    # a feature inside the app, the export in the shop: not the app or shop down
    ("urgent", "de", "Seit dem Update startet die Terminbuchung in der App bei niemandem."),
    ("urgent", "de", "Seit heute startet der Export im Shop bei niemandem."),
    # the app closes on opening for one member only
    ("standard", "nl", "Sinds de update sluit de app bij het openen meteen weer af, maar alleen "
                       "bij één lid."),
    # a shop that closes for the day
    ("standard", "nl", "We sluiten de winkel vandaag om vijf uur af, alle leden zijn welkom."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
