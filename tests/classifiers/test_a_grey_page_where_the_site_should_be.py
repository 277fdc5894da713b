"""A grey page where the site should be: the same symptom as a white or blank one.

"Our booking site shows just a grey page for everyone": half a signal of an outage, as "white
page" is, which with a scope for all makes a critical. A map's grey box on one page is a
minor bug, and a grey background asked for is a design wish (batch62).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "our booking site shows just a grey page for everyone since ten "
                       "tonight, guests can't reach us"),
]  # fmt: skip

NEAR_MISSES = [
    ("standard", "en", "The map on the contact page is just a grey box for everyone."),
    ("low", "en", "Can you make the footer background a grey page colour instead of white?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
