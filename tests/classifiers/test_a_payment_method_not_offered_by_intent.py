"""A payment method not offered by intent is a setting of the shop, not a payment that fails.

"Die Zahlungsart Vorkasse ist für Auslandskunden nicht verfügbar, das ist so gewollt": the
"nicht verfügbar" beside a payment method (`<lang>.cx_pay_service_error_near`) would read as a
payment that fails; the writer says it is so on purpose ("so gewollt", "that's intended", "dat
is zo bedoeld", "det er meningen"), so the match is forgotten (`_drop_unavailable_by_design`)
and the mail is no incident of its own. A denied cue ("das ist aber nicht so gewollt", "that's
not intended") and a method unavailable without such a cue stay critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "de", "Die Zahlungsart Vorkasse ist für Auslandskunden nicht verfügbar, das ist "
                       "so gewollt."),
    ("standard", "de", "Die Zahlungsart Vorkasse ist für Auslandskunden nicht verfügbar. Das ist "
                       "so gewollt."),
    ("standard", "en", "PayPal is not available for customers abroad, that's on purpose."),
    ("standard", "nl", "De betaalmethode iDEAL is niet beschikbaar voor buitenlandse klanten, dat "
                       "is zo bedoeld."),
    ("low", "no", "Betalingsmåten faktura er ikke tilgjengelig for utenlandske kunder, det er "
                  "meningen."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "de", "Die Zahlungsart Vorkasse ist für Auslandskunden nicht verfügbar, das ist "
                       "aber nicht so gewollt."),
    ("critical", "de", "Seit heute Morgen ist die Zahlungsart PayPal nicht verfügbar."),
    ("critical", "en", "PayPal is not available for any customer, that's not intended."),
    ("critical", "nl", "Sinds vanochtend is iDEAL niet beschikbaar in de kassa, dat is niet de "
                       "bedoeling."),
    ("critical", "no", "Vipps er ikke tilgjengelig i kassen, det er ikke meningen."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
