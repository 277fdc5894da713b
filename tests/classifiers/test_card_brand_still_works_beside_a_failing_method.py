"""A card brand named as the payment method that still works: payment degraded, urgent.

"Bancontact gives an error, but with Visa and Mastercard checking out still works": the
card brands (Visa, Mastercard) are payment methods like "credit card" (`@pay_method`), so
one method failing beside them is one step down (`.other_methods_still_work`, urgent). The
Flemish order "wel nog" ("met Visa lukt het afrekenen wel nog", "Visa werkt wel nog") is
"nog wel"; Norwegian "med Visa går betalingen fortsatt gjennom" the same. When the brand
fails too and nobody can pay, it stays critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "nl", "Sinds gisteren geeft Bancontact een foutmelding bij het afrekenen. Met "
                     "Visa en Mastercard lukt het afrekenen wel nog."),
    ("urgent", "nl", "iDEAL geeft sinds vanmiddag een fout in de webshop. Betalen met Visa werkt "
                     "wel nog."),
    ("urgent", "de", "Seit gestern gibt PayPal im Shop einen Fehler. Mit Visa und Mastercard "
                     "klappt es noch."),
    ("urgent", "en", "Since yesterday PayPal gives an error at checkout. Visa and Mastercard "
                     "still work."),
    ("urgent", "no", "Siden i går gir Vipps en feilmelding i nettbutikken. Med Visa går "
                     "betalingen fortsatt gjennom."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "nl", "Sinds vanochtend kan niemand betalen: Bancontact geeft een foutmelding "
                       "en met Visa lukt het ook niet."),
    ("critical", "de", "Seit heute früh kann niemand bezahlen, PayPal gibt einen Fehler und Visa "
                       "funktioniert auch nicht."),
    ("critical", "en", "Nobody can pay since this morning, PayPal errors and Visa doesn't work "
                       "either."),
    ("critical", "no", "Ingen kan betale siden i morges, Vipps gir feil og Visa fungerer heller "
                       "ikke."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
