"""Paying slow while browsing is normal: "after pressing Place order it takes a minute".

"The site is back ... But paying is really slow now - after pressing 'Place order' it takes 40
seconds to a minute ... Browsing the shop is normal speed" was standard: "the shop ... normal"
(`.visitors_unaffected`) turns slowness minor, as it should for an admin that is slow while
the shop is fast. The checkout itself slow is the table's "site suddenly slow" (urgent,
`.cx_checkout_slow`), whatever browsing does; an admin that is slow stays minor, and a
checkout said not to be slow is no report of one.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "The site is back and orders come in. But paying is really slow now, after "
                     "pressing Place order it takes 40 seconds to a minute. Browsing the shop "
                     "is normal speed."),
    ("urgent", "en", "Checkout takes about 50 seconds since this morning, the rest of the shop "
                     "is fast."),
    ("urgent", "nl", "De site is weer online. Maar na Bestelling plaatsen duurt het bijna een "
                     "minuut. Bladeren gaat normaal."),
    ("urgent", "de", "Der Shop läuft wieder. Aber das Bezahlen dauert jetzt fast eine Minute. "
                     "Das Stöbern ist normal schnell."),
    ("urgent", "no", "Nettbutikken er oppe igjen. Men betalingen tar nå nesten et minutt, "
                     "kundene gir opp. Å bla i butikken går normalt."),
]  # fmt: skip

NEAR_MISSES = [
    ("standard", "en", "The admin is very slow, every save takes 20 seconds; customers notice "
                       "nothing and the shop is fast."),
    ("standard", "en", "Paying is not slow at all, it's the admin that is slow; customers "
                       "notice nothing."),
    ("low", "en", "Thanks, since the fix paying is quick again and the checkout works."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
