"""Staff locked out of the back office while customers go on ordering and paying.

"The shop is fine for customers, they're ordering and paying, but nobody can open the
orders", "die Kunden bestellen und bezahlen ganz normal", "klanten bestellen en betalen
gewoon", "kundene bestiller og betaler som normalt": ordering and paying told as going on is
the shop still selling (`<lang>.cx_customers_order_normally`); the staff's lost access is a
significant function lost (urgent), not the site down. A shop that is down, where customers
no longer order and pay, stays critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "None of our staff can get into the back office since the login change. "
                     "The shop is fine for customers, they're ordering and paying, but nobody "
                     "can open the orders to pack them."),
    ("urgent", "en", "Nobody in the warehouse can open the admin today. Customers are still "
                     "ordering and paying, we just can't process anything."),
    ("urgent", "de", "Niemand im Team kommt seit heute früh ins Backend. Die Kunden bestellen "
                     "und bezahlen ganz normal, aber niemand kann die Bestellungen öffnen."),
    ("urgent", "nl", "Niemand van ons komt sinds vanochtend in de backoffice. Klanten bestellen "
                     "en betalen gewoon, maar niemand kan de bestellingen openen."),
    ("urgent", "no", "Ingen av de ansatte kommer inn i adminpanelet. Kundene bestiller og "
                     "betaler som normalt, men ingen kan åpne ordrene."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "en", "The shop is down since this morning, nobody can open it; customers "
                       "can't order and pay."),
    ("critical", "de", "Der Shop ist seit heute früh down, niemand kann ihn öffnen. Die Kunden "
                       "bestellen und bezahlen nicht mehr."),
    ("critical", "nl", "De webshop ligt plat, niemand kan hem openen, klanten bestellen en "
                       "betalen niet meer."),
    ("critical", "no", "Nettbutikken er nede, ingen kan åpne den, kundene bestiller og betaler "
                       "ikke lenger."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
