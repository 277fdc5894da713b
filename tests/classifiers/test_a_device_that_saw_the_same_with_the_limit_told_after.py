"""A device where someone saw the same failure, with the limit told in the NEXT sentence.

"The site doesn't load on mobile, my wife has the same problem. On the laptop no problems."
`_drop_device_that_saw_the_same` (classifiers/steps/scope.py, since 8893201c) forgot "on
mobile" as a limit because its own sentence has a word of sameness and no "only" or works
word; the laptop where all is well comes a sentence later. The next sentence is read too: an
"only", a works word without a negation, or "no issues / keine Probleme / geen problemen /
ingen problemer" there (or in the device's own sentence) keeps the limit (urgent). A
certificate error seen the same on another device stays critical
(test_a_device_where_someone_saw_the_same_failure.py).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # the limit told a sentence later: urgent again
    ("urgent", "en", "The site doesn't load on mobile, same on my wife's phone. From the laptop "
                     "no issues at all."),
    ("urgent", "en", "The site doesn't load on mobile, my wife has the same problem. On the "
                     "laptop no problems."),
    ("urgent", "en", "The site doesn't load on mobile, same on my wife's phone. From the laptop "
                     "it works."),
    ("urgent", "de", "Der Shop lädt nicht auf dem Handy, meine Frau hat das gleiche Problem. Am "
                     "Laptop keine Probleme."),
    ("urgent", "nl", "De webshop laadt niet op mobiel, mijn vrouw heeft hetzelfde probleem. Op de "
                     "laptop geen problemen."),
]  # fmt: skip

NEAR_MISSES = [
    # the next sentence tells no limit: the same seen again, critical
    ("critical", "en", "The site doesn't load on mobile, same on my wife's phone. The laptop "
                       "doesn't work either."),
    ("critical", "de", "Seit heute früh meldet der Browser beim Aufruf unseres Shops "
                       "\"NET::ERR_CERT_REVOKED\", man kommt gar nicht erst auf die Seite. Meine "
                       "Kollegin hat es auf dem Handy probiert, gleiches Ergebnis. Bitte schnell "
                       "beheben."),
    ("critical", "en", "Since this morning the browser says \"Your connection is not private\" "
                       "(NET::ERR_CERT_DATE_INVALID) when we open our shop. My husband gets the "
                       "same warning on his phone in Safari. Can you renew the certificate?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
