"""One payment method that sends its customers back to the basket ("customers choosing PayPal
get sent back to the basket with 'something went wrong'") while cards still take orders: an
integration down (urgent), not payment impossible and not a minor bug.

Session 46 found it in batch 46 (a toy shop whose PayPal bounced back to the basket, cards and
Apple Pay going through, read as standard): `en.checkout_loop_near` knew "back on the basket"
and "ends up back" but not "sent back to"; and German "Kartenzahlungen gehen durch" was no
other method named as working (`de` class `pay_method` lacked "Kartenzahlung"). Without a
method that still works the loop is the checkout impossible (critical).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "anyone who picks paypal gets sent back to the cart with an error. card "
                     "payments are going through fine tho"),
    ("urgent", "en", "Klarna at checkout just bounces people back to the basket. Cards still "
                     "work."),
    ("urgent", "nl", "Klanten die iDEAL kiezen komen terug in het winkelmandje met een "
                     "foutmelding. Creditcard werkt wel."),
    ("urgent", "de", "Wer PayPal wählt, landet wieder im Warenkorb. Kartenzahlungen gehen "
                     "normal durch."),
    ("urgent", "no", "Kunder som velger Vipps havner tilbake i handlekurven. Kort fungerer fint."),
]  # fmt: skip

NEAR_MISSES = [
    # every customer sent back, no method works: checkout impossible (critical)
    ("critical", "en", "Every customer gets sent back to the basket when they try to pay, no "
                       "orders since 2pm."),
    # a message the customer reads, nothing sent back (low: a wording request)
    ("low", "en", "Could you change the text on the basket page to 'Back to the shop'?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
