"""The site's state told with the "'s" of "is": "Our website's just a blank white page".

"website's" was one word, so the rules' "website" ... "blank page" never met it, and the whole
site blank for everyone read as a page's symptom (batch56, en_plumber_blank_pages_24_7_signature:
standard, labelled critical). The tokens now read "website's just" as "website is just"
(`classifiers/spelling.py`, `site_is`), only before the words that follow an "is": a possessive
("the site's contact page") stays one word and names a page, not the site.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Our website's just a blank white page. Home page, contact page, the boiler "
                       "service page, everything, on every phone and computer we've tried."),
    ("critical", "en", "The shop's completely blank since this morning, just a white screen."),
    ("critical", "en", "Our site's only showing a blank page now, on every device."),
    ("critical", "en", "The website’s just an empty white page for us and for customers."),
]  # fmt: skip

NEAR_MISSES = [
    # a possessive names a page of the site
    ("standard", "en", "The site's contact page shows a blank page."),
    # the state told as over
    ("low", "en", "Thanks, the website's working fine again."),
    # the staging site, with the live site working
    ("standard", "en", "The staging website's just a blank page, the live site works fine."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
