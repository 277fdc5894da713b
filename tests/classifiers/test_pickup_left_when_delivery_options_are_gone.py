"""The delivery options gone from checkout while collection in the shop still takes orders
("Kundene får bare valget «Hent i butikk», så de får ikke bestilt med levering", "customers can
only choose click and collect", "nur noch Abholung", "alleen nog afhalen"): the shipping
integration down (urgent), not checkout impossible; customers who cannot order "with delivery"
can still order.

Session 45 found it in batch 45 (after a shipping change the Bring options vanished, "de fleste
kundene våre får ikke bestilt med levering", read as critical): `<lang>.checkout_impossible` and
`<lang>.customers_cannot_buy_near` read "får ikke bestilt" without its "med levering", and
nothing said that collection still sells. `<lang>.cx_pickup_left.checkout_still_works` now steps
it down as the shop still selling.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "no", "Etter endringen i går vises ikke Bring-alternativene i kassen lenger. "
                     "Kundene får bare valget «Hent i butikk», så de fleste får ikke bestilt med "
                     "levering."),
    ("urgent", "no", "De fleste kundene får ikke bestilt med hjemlevering, bare henting i butikk "
                     "går."),
    ("urgent", "en", "Since yesterday the DHL options are gone from checkout; customers can only "
                     "choose click and collect, so most of our customers can't order with "
                     "delivery."),
    ("urgent", "nl", "Sinds gisteren staan de PostNL-opties niet meer in de kassa. Klanten kunnen "
                     "alleen nog afhalen, dus de meeste klanten kunnen niet bestellen met "
                     "bezorging."),
    ("urgent", "de", "Seit gestern fehlen die DHL-Versandoptionen im Checkout. Kunden können nur "
                     "noch Abholung wählen, die meisten Kunden können also nicht mit Lieferung "
                     "bestellen."),
]  # fmt: skip

NEAR_MISSES = [
    # nobody can order at all, whatever the delivery: checkout impossible
    ("critical", "en", "Nobody can order since 20:00, the checkout gives an error for every "
                       "customer, pickup or delivery."),
    ("critical", "de", "Seit 20 Uhr kann niemand bestellen, egal ob mit Lieferung oder Abholung, "
                       "die Kasse zeigt einen Fehler."),
    ("critical", "no", "Ingen kunder får bestilt, kassen gir feil for alle."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
