"""A sale ("the selling itself works") that goes on beside a failure after it.

"The orders are in the shop and paid, so the selling itself works", "die Kunden können kaufen",
"de verkoop zelf werkt", "nettbutikken virker og kundene kan handle": the writer says the shop
still sells, so what fails (order confirmations, an accounting link) lies after the sale, not
in the checkout: one step down, as "customers can still order" already was. Without the cue,
"I ordered myself to test, no email" or "no order transferred" read as sales that stopped
(critical). A "customers can buy nothing" or "können nicht kaufen" is no such cue.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "Since Saturday nobody gets an order confirmation. I placed an order myself "
                     "to test – no email at all. The selling itself works."),
    ("urgent", "de", "Seit Samstag ist keine Bestellung per E-Mail angekommen. Der Verkauf selbst "
                     "funktioniert und die Kunden können kaufen."),
    ("urgent", "nl", "Sinds zaterdag is er geen bestelling per mail binnengekomen. De verkoop "
                     "zelf werkt en klanten kunnen kopen."),
    ("urgent", "no", "Siden lørdag har ingen fått ordrebekreftelse. Jeg har bestilt selv for å "
                     "teste – ingen e-post. Selve handelen fungerer."),
    ("urgent", "no", "Integrasjonen mot Visma har stoppet. Siden i går er ingen ordre overført. "
                     "Nettbutikken virker og kundene kan handle."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "en", "Since last night no orders reach us. Customers can buy nothing, the "
                       "checkout hangs."),
    ("critical", "de", "Seit gestern Abend kommt keine Bestellung rein, die Kunden können nicht "
                       "kaufen."),
    ("critical", "nl", "Sinds gisteravond komt er geen bestelling binnen, klanten kunnen niet "
                       "kopen."),
    ("critical", "no", "Siden i går kveld kommer det ingen ordre inn, kundene kan ikke handle."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
