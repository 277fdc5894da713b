"""A device or browser named where someone else saw the SAME failure: seen again, no limit.

"Ein Kollege hat es auf dem Handy probiert, gleiches Ergebnis", "my colleague gets a similar
warning on her iPad in Safari": a certificate that every browser refuses blocks the whole
site, and the second device only confirms it. "In Safari" and "auf dem Handy" are
limited-scope cues, and took such a site-wide failure a step down (critical -> urgent).
`_drop_device_that_saw_the_same` (classifiers/steps/scope.py) forgets a device limited-scope
match whose every occurrence lies in a sentence with a word of sameness ("same", "similar",
"gleiches", "dasselbe", "hetzelfde", "samme", ...) and no "only" or works word: "the same in
Safari, on the PC it works" and "only on mobile, same in Safari" stay limits.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Since this morning the browser says \"Your connection is not private\" "
                       "(NET::ERR_CERT_DATE_INVALID) when we open our shop, the checkout page as "
                       "well. My husband gets the same warning on his phone in Safari. Can you "
                       "renew the certificate?"),
    ("critical", "de", "Seit heute früh meldet der Browser beim Aufruf unseres Shops "
                       "\"NET::ERR_CERT_REVOKED\", man kommt gar nicht erst auf die Seite. Meine "
                       "Kollegin hat es auf dem Handy probiert, gleiches Ergebnis."),
    ("critical", "nl", "Sinds vanochtend geeft de browser \"NET::ERR_CERT_DATE_INVALID\" op onze "
                       "webshop, je komt er gewoon niet op. Mijn collega probeerde het op mobiel, "
                       "zelfde resultaat."),
    ("critical", "no", "Siden i morges sier nettleseren \"NET::ERR_CERT_DATE_INVALID\" når vi "
                       "åpner nettbutikken, vi kommer ikke inn. Kollegaen min prøvde på mobilen, "
                       "samme resultat."),
]  # fmt: skip

NEAR_MISSES = [
    # the device named where it works, or with "only": a limit still
    ("urgent", "en", "The checkout fails on mobile, the same in Safari, on the PC it works."),
    ("urgent", "en", "The checkout crashes only on mobile, same in Safari."),
    ("urgent", "nl", "Op mobiel werkt het afrekenen niet, op de computer gaat het wel goed."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
