"""Ordering or paying, in the plural or as a noun, made impossible ("Bestellungen sind nicht mehr
möglich", "Betalingen gaan niet meer door", "Bestillinger er ikke lenger mulig", "Orders are no
longer possible", "Checkouts fail"): checkout impossible, as "Bestellen ist nicht mehr möglich"
and "nobody can order" are (critical, `<lang>.cx_orders_no_longer_possible`).

At 803a8b9 these were standard: the rules knew "nicht möglich" but not "nicht mehr möglich",
the singular verb but not the plural noun, "payments fail" but not "checkouts fail". Orders
closed for one product, a variant, a date or a season ("für dieses Produkt", "ab Dezember" on a
banner the writer wants changed), sold out, or asked about in a condition stay below critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Orders are no longer possible."),
    ("critical", "en", "Checkouts fail."),
    ("critical", "en", "Checkouts are failing since this morning."),
    ("critical", "en", "Hi, card payments aren't possible anymore, customers are calling us."),
    ("critical", "en", "Since the update this morning orders are no longer possible on the "
                       "shop."),
    ("critical", "en", "Orders won't go through."),
    ("critical", "de", "Bestellungen sind nicht mehr möglich."),
    ("critical", "de", "Hallo, seit dem Update heute Nacht sind Bestellungen nicht mehr möglich. "
                       "Bitte dringend prüfen!"),
    ("critical", "de", "Zahlungen sind seit dem Update nicht mehr möglich."),
    ("critical", "de", "Leider sind Zahlungen seit heute früh nicht mehr möglich, die Kunden "
                       "rufen an."),
    ("critical", "nl", "Betalingen gaan niet meer door."),
    ("critical", "nl", "Bestellingen zijn niet meer mogelijk."),
    ("critical", "nl", "Sinds de update zijn bestellingen niet meer mogelijk in de webshop."),
    ("critical", "nl", "Bestellingen plaatsen lukt niet meer sinds vanochtend."),
    ("critical", "no", "Bestillinger er ikke lenger mulig."),
    ("critical", "no", "Kortbetalinger er ikke lenger mulig i nettbutikken siden i morges."),
    ("critical", "no", "Bestillinger kan ikke gjennomføres."),
    ("critical", "no", "Bestillingene går ikke gjennom lenger."),
]  # fmt: skip

NEAR_MISSES = [
    # one product or variant
    ("standard", "en", "Orders are no longer possible for this product."),
    ("standard", "en", "Orders are no longer possible for the red variant in size M."),
    ("standard", "de", "Bestellungen sind für dieses Produkt nicht mehr möglich."),
    ("standard", "de", "Bestellungen für die Variante in Größe XL sind nicht mehr möglich."),
    ("standard", "nl", "Bestellingen zijn voor dit product niet meer mogelijk."),
    ("standard", "no", "Bestillinger er ikke lenger mulig for den røde varianten."),
    # sold out
    ("standard", "en", "This item is sold out, orders aren't possible anymore."),
    ("standard", "de", "Dieser Artikel ist ausverkauft, Bestellungen sind nicht mehr möglich."),
    ("standard", "nl", "Deze maat is uitverkocht, bestellingen zijn niet meer mogelijk."),
    ("standard", "no", "Denne varen er utsolgt, så bestillinger er ikke lenger mulig."),
    # a closed season on a banner the writer wants changed
    ("low", "en", 'The banner says "Orders are no longer possible after December 20th", can '
                  "you change it to the 22nd?"),
    ("low", "de", '"Bestellungen sind ab Dezember nicht mehr möglich" steht im Banner, bitte '
                  "ändern Sie das auf Januar."),
    ("low", "de", "Über die Feiertage sind Bestellungen nicht mehr möglich, bitte einen Hinweis "
                  "auf der Startseite einbauen."),
    ("low", "nl", 'Op de banner staat "Bestellingen zijn vanaf december niet meer mogelijk", '
                  "kunnen jullie dat aanpassen naar januari?"),
    ("low", "no", 'I banneret står det "Bestillinger er ikke lenger mulig fra desember", kan '
                  "dere endre det til januar?"),
    # a condition, a question
    ("standard", "en", "What happens if payments fail during the night?"),
    ("low", "de", "Wenn Zahlungen nicht mehr möglich sind, was sollen wir tun?"),
    # orders that fail to reach another system: an integration
    ("urgent", "en", "Orders fail to sync to our accounting system since yesterday."),
    # one customer
    ("standard", "nl", "Betalingen gaan niet meer door voor één klant, de rest werkt."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
