"""A slow site the writer says works: urgent, however many half signals of scope or impact.

"Every page takes half a minute now. It works, nothing broken, but customers phone to
complain": "every page" and "customers phone" are half signals of a critical; here they tell
how bad the slowness of a working site is (the table's "site suddenly slow", urgent). Beside
"nothing broken" or "not down", a whole critical signal ("nobody can pay") still pages.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "Our site has been very slow since lunch, every page takes about 25 "
                     "seconds to open. It works, nothing broken, but customers are calling."),
    ("urgent", "nl", "De webshop is sinds vanmiddag erg traag, elke pagina doet er een halve "
                     "minuut over. Er is niks kapot, maar klanten bellen erover."),
    ("urgent", "de", "Seit Mittag ist der Shop sehr langsam, jede Seite braucht 25 Sekunden. "
                     "Es ist nichts kaputt, aber Kunden rufen an."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "en", "The site is not down, just very slow on every page, and nobody can pay "
                       "since the checkout gives an error."),
    ("critical", "nl", "Elke pagina is traag en sinds een uur kan niemand meer afrekenen, "
                       "niks kapot zeggen ze, maar er komt geen bestelling binnen."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
