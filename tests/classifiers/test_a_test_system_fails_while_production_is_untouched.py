"""A new function fails on the test or acceptance system while production, named in its definite
or environment form, is said to be untouched ("Produksjonen er ikke berørt, der går den gamle
løsningen", "Die Produktivumgebung ist nicht betroffen"): not a production incident (standard),
however the test failure is worded.

Session 22 found it in batch 75 (a GP office's new booking failing with a 500 in its test
environment, read as urgent): `@live_site` knew Norwegian "produksjon" and "produksjonsmiljøet",
not the definite "produksjonen", and German "Produktion", not "Produktivumgebung".
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "no", "I testmiljøet feiler den nye timebestillingen når man lagrer en time: "
                       "«500 Internal Server Error». Produksjonen er ikke berørt, der går den "
                       "gamle løsningen."),
    ("standard", "de", "Auf dem Testsystem schlägt die neue Terminbuchung beim Speichern fehl: "
                       "«500 Internal Server Error». Die Produktivumgebung ist nicht betroffen."),
    ("standard", "nl", "Op de testomgeving faalt de nieuwe afsprakenmodule bij het opslaan: "
                       "«500 Internal Server Error». De productieomgeving is niet geraakt."),
    ("standard", "en", "On the test environment the new booking fails when saving: \"500 "
                       "Internal Server Error\". Production is not affected."),
]  # fmt: skip

NEAR_MISSES = [
    # production itself fails
    ("critical", "no", "Produksjonen er nede: alle sider gir «500 Internal Server Error» for "
                       "alle pasienter."),
    ("critical", "de", "In der Produktivumgebung zeigt jede Seite «500 Internal Server Error», "
                       "für alle Besucher."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
