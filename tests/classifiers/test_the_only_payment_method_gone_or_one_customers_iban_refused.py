"""The shop's only payment method gone from the checkout; a past direct-debit failure; one
customer's IBAN refused.

"We only offer Klarna and since this morning it has disappeared from the checkout": one method
gone while the others are there is urgent (<lang>.cx_pay_method_gone_near, since a722fc9), but
the only method gone means nobody can pay (critical): the engine counts its match as no payment
at all (`_only_method_gone`). "Am Montag schlug die Zahlung per Lastschrift fehl, das wurde
inzwischen behoben": a failure that was, fixed since (low, as before a722fc9):
de.cx_payment_fails_apart_near reads "fehl" only with the present "schlägt"/"schlagen". "Bei
einem Kunden schlägt die Lastschrift fehl, seine IBAN wird abgelehnt": one customer's bank
details refused, that customer's problem (standard,
<lang>.cx_one_customers_iban_refused.single_user).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "We only offer Klarna and since this morning it has disappeared from the "
                       "checkout, so customers cannot finish any order"),
    ("critical", "de", "Wir bieten nur Klarna an und seit heute Morgen ist es aus dem Checkout "
                       "verschwunden, Kunden können keine Bestellung abschließen."),
    ("critical", "nl", "We bieden alleen Klarna aan en sinds vanochtend is het uit de checkout "
                       "verdwenen, klanten kunnen geen bestelling afronden."),
    ("critical", "no", "Vi tilbyr bare Klarna, og siden i morges har det forsvunnet fra kassen, "
                       "så kundene kan ikke fullføre noen bestilling."),
    ("low", "de", "Am Montag schlug die Zahlung per Lastschrift fehl, das wurde inzwischen "
                  "behoben. Wir brauchen noch einen Bericht dazu."),
    ("low", "de", "Letzte Woche schlug die Lastschrift im Checkout fehl, das ist inzwischen "
                  "behoben."),
    ("standard", "de", "Bei einem Kunden schlägt die Lastschrift fehl, seine IBAN wird als "
                       "ungültig abgelehnt."),
    ("standard", "de", "Bei einer Kundin schlägt die Zahlung per Lastschrift fehl, ihre IBAN wird "
                       "abgelehnt."),
    ("standard", "en", "One customer's direct debit payment fails at checkout, his IBAN is "
                       "rejected."),
    ("standard", "nl", "Bij één klant wordt zijn IBAN geweigerd bij betalen via incasso."),
    ("standard", "no", "Én kunde får ikke betalt, IBAN-en hans blir avvist i kassen."),
]  # fmt: skip

NEAR_MISSES = [
    # one method gone while the others are there (urgent, a722fc9)
    ("urgent", "en", "PayPal no longer shows up as a payment option at checkout."),
    ("urgent", "de", "Klarna ist aus dem Checkout verschwunden."),
    # direct debit failing now (critical, a722fc9)
    ("critical", "de", "Seit gestern schlägt die Zahlung per Lastschrift im Checkout fehl."),
    ("critical", "de", "Die Lastschrift geht seit heute nicht mehr."),
    ("critical", "de", "Seit heute Morgen schlägt bei allen Kunden die Lastschrift fehl, die IBAN "
                       "wird abgelehnt."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
