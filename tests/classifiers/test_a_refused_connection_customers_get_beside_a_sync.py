"""A refused connection the customers or visitors get, beside a sync that stopped.

"The stock sync with our ERP stopped tonight. Customers get connection refused on every attempt
to open a page": the refusal is what the site's visitors get (its pages, its customers), the
whole site down (critical), not the link's log; engine `_drop_refusal_of_a_sync` (ef5a6f1)
forgets a refusal beside a failing sync only when no sentence with it names the site, its
pages or its visitors. A refusal in the sync's log stays the integration down (urgent).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "The stock sync with our ERP stopped tonight. Customers get connection "
                       "refused on every attempt to open a page."),
    ("critical", "en", "Our ERP sync stopped. Visitors get connection refused on every page they "
                       "open."),
]  # fmt: skip

NEAR_MISSES = [
    # the refusal in the sync's log: the link is down
    ("urgent", "en", "The stock sync with our ERP stopped tonight. The sync log shows connection "
                     "refused on every attempt."),
    ("urgent", "en", "Our stock levels on the website haven't changed since Tuesday. The sync log "
                     "page in the admin says \"Connection refused\" on every attempt after that."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
