"""A discount shown as applied but not deducted: customers still order, at the wrong price.

"Im Warenkorb steht grün 'Gutschein angewendet', aber der Betrag wird nicht abgezogen" was
low: `.coupon_failure_near` knows a code refused ("ungültig", "funktioniert nicht") within one
clause, not a code accepted whose amount is never taken off, told across a comma. That is the
shop's business logic broken while orders go through (urgent,
`.cx_discount_not_deducted_near`). Questions about what a code applies to are no failure.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "The basket says 'Coupon applied', but the amount isn't deducted, so "
                     "everyone pays the full price."),
    ("urgent", "nl", "Er staat 'Kortingscode toegepast', maar de korting wordt niet "
                     "afgetrokken."),
    ("urgent", "de", "Der Gutschein wird als angewendet angezeigt, aber der Betrag wird nicht "
                     "abgezogen."),
    ("urgent", "no", "Rabattkoden blir godtatt, men rabatten blir ikke trukket fra i kassen."),
]  # fmt: skip

NEAR_MISSES = [
    ("standard", "en", "Can a discount code be used on items that are not full price?"),
    ("standard", "de", "Kann man den Gutschein auch für Artikel zum vollen Preis nutzen?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
