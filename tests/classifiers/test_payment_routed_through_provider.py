"""A payment method named with the provider it goes through ("Apple Pay goes through Stripe as
well and fails the same way") is no other method that still works: nobody can pay stays
critical.

Batch39's card shop was urgent: "Apple Pay goes through Stripe" matched
`en.other_methods_still_work` ("@pay_method @method_works"). The engine now forgets such a
match when the provider follows it ("goes through Stripe", "läuft über Stripe", "loopt via
Mollie", "går via Nets").
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Every customer's card is declined at the payment step, nobody can pay. "
                       "We only take cards (Apple Pay goes through Stripe as well and fails the "
                       "same way)."),
    ("critical", "de", "Bei jedem Kunden wird die Karte abgelehnt, niemand kann bezahlen. Apple "
                       "Pay läuft über Stripe und scheitert genauso."),
    ("critical", "nl", "Bij elke klant wordt de betaling geweigerd, niemand kan betalen. Apple "
                       "Pay werkt via Mollie en faalt net zo."),
    ("critical", "no", "Alle kort blir avvist, ingen kunder får betalt. Vipps går via Nets og "
                       "feiler på samme måte."),
]  # fmt: skip

NEAR_MISSES = [
    # another method that works, no provider after it: one step down
    ("urgent", "en", "Card payments are declined for every customer since 4pm. Apple Pay goes "
                     "through, so people can still order."),
    ("urgent", "de", "Bezahlen mit Kreditkarte geht bei keinem Kunden mehr. PayPal geht aber."),
    ("urgent", "nl", "Niemand kan met creditcard betalen. iDEAL werkt wel, daar komen "
                     "bestellingen mee binnen."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
