"""Another payment method said to go or to do it ("Creditcard en Bancontact gaan wel gewoon",
"PayPal en iDEAL doen het nog", "iDEAL doet het gewoon") while one fails: one payment method
down, the shop still takes money (urgent, `nl.other_methods_still_work` through its
`@method_works` class).

At 05a68f3 the Dutch forms were critical: "werkt wel", "gaat goed", "gaat door" were known,
not the verb "doen het" nor "gaan wel gewoon". English, German and Norwegian say it with verbs
the rules knew ("are still OK", "gehen ganz normal", "går som vanlig"); two each are kept here
as a guard. Every method said to fail ("creditcard doet het ook niet", "PayPal evenmin") is
payment impossible, critical; a bare "gaat wel" is not added ("gaat wel eens mis" fails).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "nl", "iDEAL doet het niet meer in onze webshop, klanten krijgen een foutmelding "
                     "bij het kiezen van hun bank. Creditcard en Bancontact gaan wel gewoon."),
    ("urgent", "nl", "Achteraf betalen met Klarna doet het niet meer in de webshop, er komt "
                     "een foutmelding. PayPal en iDEAL doen het nog, daar komen bestellingen "
                     "mee binnen."),
    ("urgent", "nl", "Bancontact werkt niet meer in de webwinkel, mensen zien een foutmelding. "
                     "iDEAL doet het gewoon."),
    ("urgent", "en", "Apple Pay has stopped working in the shop, customers get an error. Card "
                     "and PayPal are still OK, orders came in with those tonight."),
    ("urgent", "en", "Klarna no longer works at checkout, it shows an error. PayPal and cards "
                     "are fine though."),
    ("urgent", "no", "Vipps virker ikke lenger i nettbutikken, kundene får en feilmelding. Kort "
                     "og PayPal går som vanlig."),
    ("urgent", "no", "Klarna fungerer ikke lenger i nettbutikken, det kommer en feilmelding. "
                     "Med kort og Vipps går det fortsatt greit."),
]  # fmt: skip

NEAR_MISSES = [
    # every method said to fail: nobody can pay
    ("critical", "nl", "iDEAL werkt niet meer in de webshop en creditcard doet het ook niet, "
                       "niemand kan betalen."),
    ("critical", "nl", "iDEAL werkt niet meer in de webwinkel. Creditcard doet het niet, "
                       "PayPal evenmin."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
