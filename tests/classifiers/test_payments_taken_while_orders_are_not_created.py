"""Payments taken, twice or once, while the orders are not created.

"Bestellungen werden doppelt abgebucht, aber nicht angelegt": the money is taken and no order is
made, orders lost (critical), however often it is taken. Since 8eeab0f the critical matches
made only of a payment taken twice are forgotten (de.order_not_created_near read "Bestellungen
... abgebucht" first); <lang>.cx_paid_order_not_created_near reads the "not created" words as
well, so its match is not one of a payment taken twice. One customer's order charged twice
(standard) and every card order charged twice (urgent) stay as 8eeab0f has them.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Bestellungen werden doppelt abgebucht, aber nicht angelegt."),
    ("critical", "de", "Die Kunden werden doppelt belastet, aber die Bestellungen kommen nicht "
                       "an."),
    ("critical", "en", "Payments are charged twice, but the orders are never created in the "
                       "shop."),
    ("critical", "en", "Customers are charged twice but the orders never show up in the "
                       "backend."),
    ("critical", "nl", "Bestellingen worden twee keer afgeschreven, maar niet aangemaakt."),
    ("critical", "nl", "Klanten worden twee keer afgeschreven maar de bestellingen komen niet "
                       "binnen."),
    ("critical", "no", "Bestillinger blir trukket to ganger, men blir ikke opprettet."),
    ("critical", "no", "Kundene blir trukket to ganger, men ordrene dukker ikke opp."),
]  # fmt: skip

NEAR_MISSES = [
    # one customer's order charged twice (standard)
    ("standard", "de", "Ihre Bestellung wurde doppelt abgebucht."),
    ("standard", "en", "Her order was charged twice."),
    ("standard", "nl", "Haar bestelling is twee keer afgeschreven."),
    ("standard", "no", "Bestillingen hennes ble trukket to ganger."),
    # every card order charged twice (urgent)
    ("urgent", "de", "Seit heute Morgen wird jede Kartenbestellung doppelt abgebucht."),
    ("urgent", "en", "Every card order is charged twice."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
