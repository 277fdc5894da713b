"""A provider's API refusing the shop's credentials: an integration down (urgent).

"Fraktvalgene fra Bring vises ikke i kassen. I loggen står det 'Bring API: 401 Unauthorized'":
the shipping provider (or a payment provider, a sync) rejects the key, so its part of the shop
stops while orders still go through: the table's integration down. The site's own pages
answering 403, or a count of 403 customers, are not this: the code must follow "API" in the
sentence.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "no", "Fraktvalgene fra Bring vises ikke i kassen lenger. I loggen står det "
                     "\"Bring API: 401 Unauthorized\"."),
    ("urgent", "en", "Since this morning the Mollie API answers 403 to every payment request, "
                     "PayPal still works."),
    ("urgent", "de", "Die Versandoptionen fehlen im Checkout, im Log steht: DHL API 401 "
                     "Unauthorized."),
    ("urgent", "nl", "De verzendopties van PostNL zijn weg, de log zegt: PostNL API 403 "
                     "Forbidden."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "de", "Unsere Seite zeigt bei jedem Aufruf 403 Forbidden."),
    ("standard", "en", "We have 403 new API customers this month, thanks for the work."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
