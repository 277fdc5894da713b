"""Orders that no longer reach the warehouse while the shop takes them: an integration down.

"Die Bestellungen kommen nicht mehr im Lager an, obwohl die Ware da liegt. Im Shop kann man
aber normal bestellen." was paged: de.checkout_impossible's "bestellungen kommen nicht ... an"
took "im Lager" into its gap, orders that do not come in at all. Orders that stop short of the
warehouse (or the Wawi, the accounting) are an integration down (urgent); in Norwegian
"kommer ikke lenger fram til lageret" was not read at all. Orders that no longer reach us at
all stay critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "de", "Die Bestellungen kommen nicht mehr im Lager an, obwohl die Ware da liegt. "
                     "Im Shop kann man aber normal bestellen."),
    ("urgent", "de", "Die Bestellungen kommen nicht mehr im Lager an."),
    ("urgent", "en", "Orders no longer reach the warehouse, although the goods are there. "
                     "Customers can order normally in the shop."),
    ("urgent", "nl", "De bestellingen komen niet meer aan in het magazijn, hoewel de spullen er "
                     "liggen. In de shop kun je gewoon bestellen."),
    ("urgent", "no", "Bestillingene kommer ikke lenger fram til lageret, selv om varene ligger "
                     "der. I nettbutikken kan man bestille som normalt."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "de", "Die Bestellungen kommen nicht mehr bei uns an."),
    ("critical", "de", "Seit heute früh kommen bei uns keine Bestellungen mehr an, niemand kann "
                       "bestellen."),
    ("critical", "no", "Varene står på lageret, men ingen kunder får bestilt."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
