"""Another payment method, or all the others, named as working beside one that fails: urgent.

"Klarna funktioniert schon wieder nicht, diesmal bei allen. Karten gehen.": cards ("Karten",
"EC-Karten", "kaarten") are a payment method like "Kreditkarte" (`@pay_method`); "alle anderen
Zahlarten gehen", "alle andre betalingsmåter virker", "all other payment options work" name the
remaining methods as working (`.cx_other_methods_work.other_methods_still_work`). One method
failing while others take money is payment degraded, one step below critical. Norwegian "alle
andre ... virker" then says nothing of one user (the others are methods, not people). When
the other methods fail too, nobody can pay: critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "de", "Klarna funktioniert schon wieder nicht, diesmal bei allen. Karten gehen."),
    ("urgent", "de", "Klarna funktioniert schon wieder nicht, diesmal bei allen. Alle anderen "
                     "Zahlarten gehen."),
    ("urgent", "de", "PayPal geht seit heute früh nicht. EC-Karten gehen."),
    ("urgent", "de", "Klarna funktioniert nicht. Alle anderen Zahlungsarten funktionieren."),
    ("urgent", "nl", "Klarna werkt niet. Kaarten werken."),
    ("urgent", "nl", "Klarna werkt weer niet, deze keer bij iedereen. Alle andere "
                     "betaalmogelijkheden werken."),
    ("urgent", "no", "Klarna virker ikke igjen, denne gangen for alle. Alle andre betalingsmåter "
                     "virker."),
    ("urgent", "no", "Vipps feiler for alle kunder, men alle de andre betalingsløsningene "
                     "fungerer."),
    ("urgent", "en", "Klarna is failing again, this time for everyone. All other payment options "
                     "work."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "de", "Klarna funktioniert nicht, Karten gehen auch nicht."),
    ("critical", "de", "Klarna funktioniert nicht, und die anderen Zahlarten gehen auch nicht."),
    ("critical", "no", "Klarna virker ikke, og alle andre betalingsmåter virker heller ikke."),
    ("critical", "en", "Klarna fails and the other payment methods don't work either."),
    ("standard", "no", "Én kunde får ikke betalt med Vipps, alle andre kunder får betalt."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
