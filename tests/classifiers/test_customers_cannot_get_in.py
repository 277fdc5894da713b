"""Customers who can no longer get into the shop, or nobody onto the site ("Seit heute Mittag
kommen die Kunden nicht mehr in den Shop", "Sinds vanmiddag komen klanten de webshop niet meer
in", "Niemand kommt mehr auf unsere Webseite", "kommer ikke kundene inn i nettbutikken"): the
shop open to none of its visitors, down for all users (critical,
`<lang>.cx_customers_cannot_get_in`).

Session 13 found it among sentences of its own: at 3c275ad the English, German, Dutch and
Norwegian forms with customers were standard (no rule knew them), and so were the German and
Dutch ones with "niemand". One customer who cannot get in while the others order, and a
staging shop beside a live one that works, stay standard.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Since about two o'clock our customers can't get into the shop any "
                       "more. Please help."),
    ("critical", "de", "Seit heute Mittag kommen die Kunden nicht mehr in den Shop."),
    ("critical", "de", "Niemand kommt mehr auf unsere Webseite, seit heute früh."),
    ("critical", "nl", "Sinds vanmiddag komen klanten de webshop niet meer in."),
    ("critical", "nl", "Niemand komt meer op onze website sinds vanochtend."),
    ("critical", "no", "Siden i formiddag kommer ikke kundene inn i nettbutikken lenger."),
]  # fmt: skip

NEAR_MISSES = [
    # one customer, the others order
    ("standard", "en", "One customer can't get into the shop on her phone, everyone else "
                       "orders fine."),
    ("standard", "de", "Eine Kundin kommt nicht mehr in den Shop, alle anderen bestellen "
                       "normal."),
    # a staging shop beside a live one that works
    ("standard", "en", "Customers can't get into the shop on the staging site; the live shop "
                       "is fine."),
    ("standard", "nl", "Op de testsite komen de klanten de webshop niet meer in, de echte "
                       "webshop werkt prima."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
