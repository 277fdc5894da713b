"""A value the site shows wrong while it is right in the backend ("Het speltbrood staat op de
site voor € 0,35 in plaats van € 3,50. In de backend klopt het wel."): a display bug (standard),
not a content change the client asks for (low), even under a bare "kun je hiernaar kijken?".

Session 54 found it in batch 54 (a Dutch forward read as low): `nl.cx_right_in_admin` knew "klopt
in de backend" but not "in de backend klopt het (wel)"; the English and Norwegian rules lacked
the same order ("in the backend it's correct", "i admin er det riktig").
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "nl", "kun je hiernaar kijken?\n\nHet speltbrood staat op de site voor € 0,35 in "
                       "plaats van € 3,50. In de backend klopt het wel. Alleen bij dat product, "
                       "de rest is goed."),
    ("standard", "en", "Can you have a look? The spelt loaf shows on the site for £0.35 instead "
                       "of £3.50. In the backend it's correct."),
    ("standard", "no", "Kan dere se på dette? Speltbrødet står på nettsiden til 0,35 kr i stedet "
                       "for 35 kr. I admin er det riktig."),
    ("standard", "de", "Können Sie sich das ansehen? Das Dinkelbrot steht im Shop für 0,35 € "
                       "statt 3,50 €. Im Admin stimmt der Preis."),
]  # fmt: skip

NEAR_MISSES = [
    # a price to change: content (low)
    ("low", "nl", "Kun je de prijs van het speltbrood aanpassen naar € 3,75? Vanaf maandag."),
    ("low", "en", "Could you change the price of the spelt loaf to £3.75 from Monday?"),
    ("low", "no", "Kan dere endre prisen på speltbrødet til 39 kr fra mandag?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
