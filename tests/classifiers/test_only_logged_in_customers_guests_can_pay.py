"""Checkout fails for one group of buyers while the other still orders: only customers logged in
to an account are stuck and guest checkout goes through ("as a guest the order goes straight
through", "als gast gaat de bestelling gewoon door", "als Gast geht die Bestellung problemlos
durch", "som gjest går bestillingen rett gjennom"), or the other way round ("customers with an
account can still order"): payment is possible, a major feature is broken for part of the
customers: urgent, one step below checkout impossible
(`<lang>.cx_guest_checkout_works.other_methods_still_work`, a step that "tested on desktop and
mobile" does not take back).

Batch 48 (scope) showed it: account holders in a loop at the payment step beside a guest
checkout that worked on every device, read as critical. Guests failing too, or nothing said of
another way to buy, stays critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "Customers who are logged in can't pay since this morning, the payment "
                     "step throws an error. As a guest the order goes straight through, on "
                     "desktop and mobile."),
    ("urgent", "en", "Logged-in customers can't check out, they get an error at the payment "
                     "step. Guest checkout is working though."),
    ("urgent", "nl", "Ingelogde klanten kunnen niet meer afrekenen, ze krijgen een foutmelding "
                     "bij het betalen. Als gast gaat de bestelling gewoon door."),
    ("urgent", "nl", "Klanten met een account kunnen niet betalen sinds de update. Gasten "
                     "kunnen gewoon afrekenen, op mobiel en desktop."),
    ("urgent", "de", "Eingeloggte Kunden können seit gestern nicht mehr bezahlen, es kommt ein "
                     "Fehler. Als Gast geht die Bestellung problemlos durch."),
    ("urgent", "de", "Wer mit Kundenkonto bestellt, kann nicht bezahlen. Als Gast können die "
                     "Kunden aber weiterhin bestellen."),
    ("urgent", "no", "Innloggede kunder kan ikke betale, de får feilmelding i kassen. Som "
                     "gjest går bestillingen rett gjennom."),
    ("urgent", "no", "Kunder med konto kan ikke betale siden i går, de får en feil i kassen. "
                     "Gjester kan fortsatt bestille som normalt."),
    # the other way round: guests fail, account holders order
    ("urgent", "en", "Guests can't check out any more, the payment page gives an error. "
                     "Customers with an account can still order."),
]  # fmt: skip

NEAR_MISSES = [
    # guests fail too: nobody can pay
    ("critical", "en", "Logged-in customers can't pay, and as a guest it doesn't work either. "
                       "Nobody can check out."),
    ("critical", "nl", "Ingelogde klanten kunnen niet afrekenen en als gast lukt het ook niet. "
                       "Niemand kan betalen."),
    ("critical", "de", "Niemand kann bezahlen, auch als Gast funktioniert es nicht."),
    ("critical", "no", "Ingen kan betale, heller ikke som gjest går det."),
    # records lost: new orders coming in as guest orders are no checkout that still works
    ("critical", "en", "Since the update all customer accounts are gone and the order history "
                       "is empty. New orders come in as guest orders."),
    # nothing said of another way to buy
    ("critical", "en", "Customers can't pay since this morning, the payment step throws an "
                       "error."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
