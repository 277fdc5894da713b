"""Orders no longer passed on to the warehouse, ERP or bookkeeping: an integration down.

"Since Saturday no orders have been sent on to our warehouse", "seit Samstag werden keine
Bestellungen mehr an unser Lager übertragen", "er worden geen bestellingen meer doorgestuurd
naar ons magazijn", "ingen ordrer har blitt sendt videre til lageret": the shop sold, the
transfer after the sale stopped (urgent, `<lang>.cx_orders_not_passed_on`), and the
zero-orders words name that transfer, not sales that stopped (one step down). Orders that no
longer come in at all, with a checkout error, stay critical; a wish about what the warehouse
receives, with the transfer working, stays below.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "Since Saturday no orders have been sent on to our warehouse. The shop "
                     "takes orders and payments as usual, but the warehouse sees nothing."),
    ("urgent", "en", "Since this morning orders aren't being pushed to our 3PL any more."),
    ("urgent", "de", "Seit Samstag werden keine Bestellungen mehr an unser Lager übertragen, "
                     "der Logistiker hat nichts bekommen."),
    ("urgent", "nl", "Sinds zaterdag worden er geen bestellingen meer doorgestuurd naar ons "
                     "magazijn, de webshop zelf werkt gewoon."),
    ("urgent", "no", "Siden lørdag har ingen ordrer blitt sendt videre til lageret vårt, "
                     "nettbutikken tar imot ordrer som vanlig."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "en", "Since Saturday no orders have come in at all, the checkout only shows "
                       "an error."),
    ("critical", "de", "Seit Samstag kommen gar keine Bestellungen mehr rein, der Checkout "
                       "zeigt nur einen Fehler."),
    ("critical", "nl", "Sinds zaterdag komen er helemaal geen bestellingen meer binnen, de "
                       "kassa geeft alleen een foutmelding."),
    ("critical", "no", "Siden lørdag kommer det ingen ordrer inn i det hele tatt, kassen viser "
                       "bare en feilmelding."),
    ("standard", "en", "The orders are transferred to our warehouse fine, but the packing slip "
                       "shows the wrong logo."),
    ("standard", "de", "Die Bestellungen werden korrekt ans Lager übertragen, nur das Logo auf "
                       "dem Lieferschein ist falsch."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
