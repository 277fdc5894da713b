"""Nobody gets in ("niemand komt er meer in") or through the checkout ("ingen kommer gjennom
kassen"): the site or the shop is down for everyone.

"niemand komt er meer in: leden niet, trainers niet, en wij als beheerders ook niet" was urgent:
nl.nobody_gets_through_near read "erin" only unsplit, not split around "meer"/"nog". "Nettsiden
er ikke nede ... Men ingen kommer gjennom kassen" was urgent: no.nobody_gets_through_near had
no "gjennom" (through) at all, as en "gets through", de "durch", nl "door" have. Only through
the checkout: "ingen e-poster kommer gjennom" is mail not sent; "niemand komt er in het weekend
aan toe" is no getting in.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "nl", "Het is niet alleen haar account. Niemand komt er meer in: leden niet, "
                       "trainers niet en wij ook niet."),
    ("critical", "nl", "Ik kan niet meer inloggen. Niemand kan er nog in, ook de beheerders niet."),
    ("critical", "no", "Nettsiden er ikke nede, alt ser normalt ut. Men ingen kommer gjennom "
                       "kassen: fraktvalget laster ikke."),
    ("critical", "no", "Ingen kunder kommer igjennom kassa siden i går."),
]  # fmt: skip

NEAR_MISSES = [
    ("low", "nl", "Niemand komt er in het weekend aan toe om de agenda bij te werken, kunnen "
                  "jullie dat doen?"),
    ("urgent", "no", "Ordrene kommer inn, men ingen e-poster kommer gjennom til kundene."),
    ("low", "no", "Ingen av oss kommer gjennom alle e-postene, kan dere sette opp et filter?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
