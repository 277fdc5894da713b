"""The production database named is no data lost: a request for a copy of it, an export or a
test system filled from it reports nothing broken (low, a request).

Until this family the bare nouns "production database", "Produktionsdatenbank",
"productiedatabase" and "produksjonsdatabasen" were phrases of `<lang>.production_data_lost`, a
critical that no cue can take down: "Could you send our developer a copy of the production
database?" paged as data lost in all four languages. Session 13's batch-40 rules met it (a
near miss had to be written round it). Losing the data still says so: "is empty", "wiped",
"all orders gone".
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("low", "en", "Could you send our new developer a copy of the production database? He "
                  "needs it for the staging site next week."),
    ("low", "de", "Könnten Sie uns einen Export der Produktionsdatenbank schicken? Unser "
                  "Steuerberater braucht die Bestellungen von 2025."),
    ("low", "nl", "Kunnen jullie de productiedatabase kopiëren naar de testomgeving? Dan kunnen "
                  "we daar de nieuwe kassa proberen."),
    ("low", "no", "Kan dere ta en kopi av produksjonsdatabasen til testmiljøet? Vi vil prøve "
                  "den nye nettbutikken der først."),
]  # fmt: skip

NEAR_MISSES = [
    # the data of the live shop is gone: data lost, critical
    ("critical", "en", "The production database is empty: all our orders and customers are "
                       "gone since this morning."),
    ("critical", "de", "Die Produktionsdatenbank ist leer, alle Bestellungen und Kunden sind "
                       "weg."),
    ("critical", "nl", "De productiedatabase is leeg, alle bestellingen en klanten zijn weg."),
    ("critical", "no", "Produksjonsdatabasen er tom, alle ordrer og kunder er borte."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
