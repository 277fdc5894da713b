"""A breach reported with a request to remove it is still a breach (critical).

"Unsere Startseite wurde gehackt, da steht jetzt fremder Text, bitte sofort entfernen" was
read as a content request to delete something (low): the whole sentence counted as the
deletion request, so the hack in it was forgotten. A request that opens its own clause
after a comma now covers only that clause. A request to delete records stays a request.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    (
        "critical",
        "de",
        "Unsere Startseite wurde gehackt, da steht jetzt fremder Text, bitte sofort entfernen.",
    ),
    (
        "critical",
        "en",
        "Our homepage was hacked overnight, it says hacked by some group, please remove it now.",
    ),
    (
        "critical",
        "nl",
        "Onze homepage is gehackt, er staat nu een vreemde tekst op, graag meteen verwijderen.",
    ),
    (
        "critical",
        "no",
        "Forsiden vår er hacket, det står en fremmed tekst der, kan dere fjerne den med en gang.",
    ),
]

NEAR_MISSES = [
    # records to delete: a request, no data lost
    ("standard", "de", "Bitte löschen Sie die alten Testbestellungen aus dem Shop."),
    ("low", "en", "Could you delete all the old customer records from 2019, please."),
]

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
