"""A running outage beside words that other families read as a time, an amount or a feared case.

Three of this session's drops took a real outage for something else: "3 uur achter elkaar"
(three hours in a row) and "2 hours off and on" for a value shown off by an amount; "it
worked before and now ..." for a failure feared "before" something happens; "eine Bestellung
von 2000 Euro" for an incident dated by its year. Each is critical; the cases those drops were
written for stay where they were.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "nl", "De webshop ligt al 3 uur achter elkaar plat."),
    ("critical", "en", "The checkout has been failing for 2 hours off and on."),
    ("critical", "en", "It worked before and now the checkout is broken for everyone."),
    ("critical", "no", "Det har aldri skjedd før og nå får ingen betalt, alle betalinger feiler."),
    ("critical", "de", "Die Bestellung von 2000 Euro ging durch, aber seitdem kann niemand mehr "
                       "bezahlen."),
    ("critical", "en", "0 of 2000 card payments have gone through since this morning, nobody "
                       "can pay."),
]  # fmt: skip

NEAR_MISSES = [
    ("standard", "en", "Every order shows a time that is 1 hour off."),
    ("standard", "nl", "Alle bestellingen staan een uur verkeerd."),
    ("low", "de", "Für das Audit: der Sicherheitsvorfall vom März 2024, bitte die Dokumentation "
                  "schicken."),
    ("low", "en", "For our audit: can you send the report on the breach of 2024?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
