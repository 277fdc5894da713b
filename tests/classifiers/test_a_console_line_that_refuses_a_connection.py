"""The browser console's Content Security Policy line ("Refused to connect to
'wss://ws.hotjar.example/...' because it violates the following Content Security Policy
directive"): a script of the page may not reach an address, no site that refuses visitors
("www.example.com refused to connect", Chrome's page for a site that is down). A request to
allow a new tool is configuration (low).

Session 66 found it in batch 66 (read as critical): `en.site_down` read "refused to connect"
wherever it stood.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("low", "en", "I added the Hotjar snippet and the console shows: Refused to connect to "
                  "'wss://ws.hotjar.example/api/v2/client/ws' because it violates the following "
                  "Content Security Policy directive. Could you add their domains to the CSP "
                  "header? No rush."),
    ("low", "en", "Console: Refused to connect to https://api.widget.example/v1 because it "
                  "violates the document's Content Security Policy. Can you allow that domain in "
                  "the CSP?"),
]  # fmt: skip

NEAR_MISSES = [
    # Chrome's page for a site that is down: critical
    ("critical", "en", "Since this morning the shop does not open: Chrome says "
                       "www.example-shop.com refused to connect."),
    ("critical", "en", "Our website shows 'refused to connect' for every visitor since eight."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
