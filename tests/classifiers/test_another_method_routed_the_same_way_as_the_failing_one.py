"""Another payment method that goes through the same route as the failing one fails with it.

"Card payments fail with a Stripe error, and Apple Pay and Klarna go through the same
PaymentIntent call, so they fail as well. Nobody can pay." was urgent: en.other_methods_still_work
read "Klarna go through" as another method that still takes money. A method said to go through
the same call, API or provider as the failing one ("laufen über denselben Aufruf", "gaan via
dezelfde aanroep", "går gjennom det samme kallet") is no method that works: critical, four
languages. A method that goes through fine, or "the same as always" (a comparison), still
works: urgent.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Card payments fail with a Stripe error, and Apple Pay and Klarna go "
                       "through the same PaymentIntent call, so they fail as well. Nobody can "
                       "pay."),
    ("critical", "de", "Kartenzahlungen scheitern mit einem Stripe-Fehler, und Apple Pay und "
                       "Klarna laufen über denselben PaymentIntent-Aufruf, also scheitern sie "
                       "auch. Niemand kann bezahlen."),
    ("critical", "nl", "Kaartbetalingen mislukken met een Stripe-fout, en Apple Pay en Klarna "
                       "gaan via dezelfde PaymentIntent-aanroep, dus die mislukken ook. Niemand "
                       "kan betalen."),
    ("critical", "no", "Kortbetalinger feiler med en Stripe-feil, og Apple Pay og Klarna går "
                       "gjennom det samme PaymentIntent-kallet, så de feiler også. Ingen kan "
                       "betale."),
]  # fmt: skip

NEAR_MISSES = [
    ("urgent", "en", "Card payments fail with a Stripe error, but PayPal and Klarna go through "
                     "fine."),
    ("urgent", "en", "Card payments fail with a Stripe error, but Klarna goes through the same "
                     "as always."),
    ("urgent", "en", "Card payments fail with a Stripe error, but PayPal works the same as "
                     "before."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
