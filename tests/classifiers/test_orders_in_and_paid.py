"""Orders said to come in, or to be in and paid, while something else fails: the shop still
sells, one step down (`<lang>.cx_customers_order_normally`), whatever widens the failure.

Batch38 and 39 had five false criticals of this meaning: a slow shop whose checkout "hängt
gefühlt ewig" beside "Bestellungen kommen aber rein"; orders that stopped reaching the
warehouse link beside "The orders are on the website and paid for"; confirmations not sent
("ingen av kundene som har bestilt ... har fått ordrebekreftelse") beside "Ordrene ligger inne i
systemet og er betalt"; and two shop searches with no hits beside "kann ganz normal bestellen",
"kan kjøpe dem som normalt".
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "Since 6 this morning no new orders have gone across to the warehouse. The "
                     "orders are on the website and paid for, the warehouse just has nothing to "
                     "pick."),
    ("urgent", "de", "Der Shop ist extrem langsam, der Checkout hängt gefühlt ewig. Bestellungen "
                     "kommen aber rein, seit 11 Uhr 180 Stück."),
    ("urgent", "no", "Ingen av kundene som har bestilt i dag har fått ordrebekreftelse. Ordrene "
                     "ligger inne i systemet og er betalt, det er bare e-postene som ikke går "
                     "ut."),
    ("urgent", "nl", "Sinds vanochtend komen er geen nieuwe bestellingen meer door naar het "
                     "magazijn. De bestellingen zijn binnen en betaald, maar het magazijn ziet "
                     "niets."),
]  # fmt: skip

NEAR_MISSES = [
    # the orders do not come in: nobody can buy
    ("critical", "de", "Der Checkout hängt bei allen Kunden, es kommen keine Bestellungen rein, "
                       "niemand kann bestellen."),
    ("critical", "en", "Since 6 this morning no new orders have come in, the checkout fails "
                       "for everyone and nobody can pay."),
    ("critical", "no", "Ingen kunder får betalt, det kommer ikke inn bestillinger, kassen "
                       "henger for alle."),
    ("critical", "nl", "Niemand kan afrekenen, er komen geen bestellingen binnen, de betaling "
                       "blijft hangen bij iedereen."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
