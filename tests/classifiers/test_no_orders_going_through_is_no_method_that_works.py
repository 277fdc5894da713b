"""Payment failing for every customer, told with the orders that therefore do not come in ("so
no orders are going through at all", "es gehen keine Bestellungen durch", "er gaan geen
bestellingen door", "ingen ordrer går gjennom"): checkout impossible, critical, not one payment
method failing while another still brings the money in.

Session 45 found it in batch 45 (an evening voicemail: every card fails on the payment page "so
no orders are going through at all", read as urgent): `<lang>.other_methods_still_work` names
orders that still go through ("orders are going through", "bestellungen gehen durch") and does
not take "not" before it (a failing method is often told just before the one that works), so
"no" in front of its orders read as orders coming in. The engine now forgets the cue when a
"no", "zero", "not a single", "keine", "geen", "ingen" stands right before it, as it already did
after "only" and "neither ... nor".
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "none of our customers can pay tonight, the card page just says payment "
                       "failed every time, so no orders are going through at all"),
    ("critical", "en", "Since 18:00 card payment fails for every customer; zero orders are going "
                       "through."),
    ("critical", "en", "Since six the payment page says declined for every card we try, so no "
                       "orders go through."),
    ("critical", "de", "Seit 18 Uhr schlagen alle Kartenzahlungen fehl, es gehen keine "
                       "Bestellungen durch."),
    ("critical", "nl", "Sinds zes uur mislukt elke betaling met iDEAL en creditcard, er gaan geen "
                       "bestellingen door."),
    ("critical", "no", "Siden klokka seks feiler kortbetalingen for alle, og ingen ordrene går "
                       "gjennom."),
]  # fmt: skip

NEAR_MISSES = [
    # another method that still brings orders in: one method lost, urgent
    ("urgent", "en", "Card payments fail since this morning, but PayPal still works and orders "
                     "are going through."),
    ("urgent", "en", "Apple Pay gives an error since this morning. Card payments work, orders go "
                     "through."),
    ("urgent", "no", "Vipps feiler siden i morges, men kort fungerer og ordrene går gjennom."),
    ("urgent", "nl", "iDEAL geeft sinds vanochtend een fout, maar creditcard werkt wel en "
                     "bestellingen gaan door."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
