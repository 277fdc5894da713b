"""Another payment method on the same route as the failing one, said to work.

"PayPal goes through the same checkout and works fine", "Vipps går gjennom den samme kassen og
fungerer fint": the method shares the route and still works, so payment stays possible
(urgent); engine `_drop_only_method_left` (6f3f547) forgets an other-method-works cue followed
by the same route only when no works-word follows in its sentence. "Apple Pay and Klarna go
through the same PaymentIntent call, so they fail as well", or a works-word denied ("and
doesn't work either"), name no method that works.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "Since this morning card payments are declined at our checkout. PayPal goes "
                     "through the same checkout and works fine."),
    ("urgent", "no", "Kortbetaling feiler for alle kunder. Vipps går gjennom den samme kassen og "
                     "fungerer fint."),
    ("urgent", "de", "Kartenzahlungen scheitern für alle Kunden. PayPal läuft über denselben "
                     "Checkout und funktioniert einwandfrei."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "en", "Card payments fail for all customers. Apple Pay and Klarna go through the "
                       "same PaymentIntent call, so they fail as well."),
    ("critical", "en", "Card payments fail for all customers. PayPal goes through the same "
                       "checkout and doesn't work either."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
