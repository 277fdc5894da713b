"""Prices shown as zero: "står prisen som «0,00 kr» på alle produktene".

"I kategorien Sko ... står prisen som «0,00 kr» på alle produktene" was standard: the decimal
comma of "0,00" ended the clause, so "prisen" and "0" never met in `.money_logic_wrong_near`
(nor "prisen", a form of "pris", in its group). A comma between two digits is now read as the
decimal point it is (engine, `_DECIMAL_COMMA`): wrong prices while the checkout still charges
right are business logic broken (urgent). A price asked to be changed is a content request.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "no", "I kategorien Sko står prisen som «0,00 kr» på alle produktene."),
    ("urgent", "nl", "Bij alle schoenen staat de prijs op € 0,00, in de kassa klopt het wel."),
    ("urgent", "de", "Bei allen Schuhen steht der Preis auf 0,00 €, an der Kasse stimmt er."),
    ("urgent", "en", "Every shoe shows a price of £0.00, the checkout charges the right amount."),
]  # fmt: skip

NEAR_MISSES = [
    ("low", "no", "Kan dere endre prisen på gavekortet fra 500,00 til 450,00 kr?"),
    ("low", "de", "Können Sie den Preis für den Kurs von 49,00 auf 59,00 € ändern?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
