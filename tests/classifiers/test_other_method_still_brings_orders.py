"""One payment method failing while another still brings in orders ("PayPal en creditcard gaan
wel goed", "Via creditcard komen er nog bestellingen binnen", "Mit PayPal kommen aber weiterhin
Bestellungen rein", "Med kort kommer det fortsatt inn bestillinger", "Orders paid by card are
still coming in"): payment is possible, one method (an integration) is down: urgent, one step
below payment impossible (`<lang>.cx_orders_in_by_method.other_methods_still_work`, and "gaat
wel goed" / "gehen ganz normal" in `method_works`).

Session 14 found it in batch 43 (iDEAL failing beside "PayPal en creditcard gaan wel goed",
read as critical): the other method's orders, or its "wel goed", were no working-method cue.
Every method failing, or the payment step failing with nothing said of another method, stays
critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "nl", "iDEAL werkt niet meer in de webshop, klanten zien een foutmelding. "
                     "Bancontact en creditcard gaan wel goed."),
    ("urgent", "nl", "iDEAL werkt niet meer bij het afrekenen. Via PayPal komen er nog "
                     "bestellingen binnen, maar de meeste klanten willen iDEAL."),
    ("urgent", "nl", "Bancontact doet het niet meer in de kassa. Creditcard en PayPal gaan "
                     "gewoon wel goed."),
    ("urgent", "de", "Klarna funktioniert nicht mehr im Shop, seit heute Abend. Mit PayPal kommen "
                     "aber weiterhin Bestellungen rein."),
    ("urgent", "de", "Die Kartenzahlung funktioniert nicht mehr, alle Kunden bekommen einen "
                     "Fehler. Per PayPal kommen noch Bestellungen an."),
    ("urgent", "no", "Vipps feiler for alle kundene i kassen siden i kveld. Med kort kommer det "
                     "fortsatt inn bestillinger."),
    ("urgent", "no", "Klarna virker ikke i nettbutikken lenger, alle får feilmelding. Bestillinger "
                     "betalt med Vipps kommer fortsatt inn."),
    ("urgent", "en", "Klarna fails at checkout for every customer since eight. Orders paid by "
                     "card are still coming in."),
    ("urgent", "en", "Apple Pay fails for every customer at checkout. Orders with PayPal are "
                     "still coming in, though."),
]  # fmt: skip

NEAR_MISSES = [
    # every method fails: payment impossible
    ("critical", "nl", "Niemand kan meer betalen in de webshop. Ook via PayPal komen er geen "
                       "bestellingen meer binnen."),
    ("critical", "de", "Niemand kann mehr bezahlen. Auch mit PayPal kommen keine Bestellungen "
                       "mehr rein."),
    ("critical", "no", "Ingen kan betale i nettbutikken. Med Vipps kommer det ikke inn "
                       "bestillinger heller."),
    ("critical", "en", "Nobody can pay at checkout, every method fails. With PayPal no orders "
                       "are coming in either."),
    # the payment step itself fails for everyone, nothing said of another method
    ("critical", "nl", "Sinds een uur kan niemand afrekenen: iedereen krijgt een foutmelding bij "
                       "het betalen."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
