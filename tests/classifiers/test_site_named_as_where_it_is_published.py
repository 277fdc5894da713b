"""The site named as where something is published is no limited scope of a failure.

"De hele site ... niks doet het meer. ... het programma staat alleen op de site" was urgent:
"alleen op" ("only on") read as a limit, as in "alleen op mobiel". An "only on" whose every
occurrence names the site as a whole ("only on the website", "alleen op de site", "nur auf
der Website", "bare på nettsiden") is forgotten as a limit; "only on mobile" stays one.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "nl", "De hele site is weg, niks doet het meer. Het programma staat alleen op "
                       "de site."),
    ("critical", "en", "The whole site is gone, nothing works. The programme is only on the "
                       "website."),
    ("critical", "de", "Die ganze Seite ist weg, nichts geht mehr. Das Programm steht nur auf der "
                       "Website."),
    ("critical", "no", "Hele nettsiden er borte, ingenting virker. Programmet står bare på "
                       "nettsiden."),
]  # fmt: skip

NEAR_MISSES = [
    ("urgent", "en", "Nobody can pay, but only on mobile."),
    ("standard", "nl", "De site is kapot, alleen op mobiel."),
    ("urgent", "de", "Die Seite ist weg, aber nur auf dem Handy."),
    ("urgent", "no", "Nettsiden er nede, men bare på mobil."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
