"""A trailing "..., but not everyone has noticed yet" is no limited scope.

"The checkout is completely broken, nobody can pay, but not everyone has noticed yet": the
"not everyone" denies only that all have noticed, not that all are hit; the dead checkout
stays critical. A denied "all" limits the scope with its preposition ("but not for everyone",
"aber nicht bei allen", "maar niet bij iedereen", "men ikke for alle") or with a failure verb
after it ("but not everyone is affected", "aber nicht jeder ist betroffen", "maar niet
iedereen heeft er last van", "men ikke alle er berørt").
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "The checkout is completely broken, nobody can pay, but not everyone has "
                       "noticed yet."),
    ("critical", "nl", "De kassa ligt plat, niemand kan betalen, maar niet iedereen heeft het "
                       "al gemerkt."),
    ("critical", "no", "Kassen er nede og ingen kan betale, men ikke alle kundene har merket "
                       "det ennå."),
    ("critical", "de", "Der Checkout ist komplett kaputt, niemand kann bezahlen, aber nicht "
                       "jeder Kunde hat es schon bemerkt."),
    ("critical", "en", "The checkout is completely broken, nobody can pay, but not everyone has "
                       "called us yet."),
]  # fmt: skip

NEAR_MISSES = [
    ("urgent", "en", "The app crashes on launch, but not for everyone."),
    ("urgent", "de", "Die App stürzt beim Start ab, aber nicht bei allen."),
    ("urgent", "nl", "De app crasht bij het opstarten, maar niet bij iedereen."),
    ("urgent", "no", "Appen krasjer ved oppstart, men ikke for alle."),
    ("urgent", "en", "The app crashes on launch, but not everyone is affected."),
    ("urgent", "de", "Die App stürzt beim Start ab, aber nicht jeder ist betroffen."),
    ("urgent", "nl", "De app crasht bij het opstarten, maar niet iedereen heeft er last van."),
    ("urgent", "no", "Appen krasjer ved oppstart, men ikke alle er berørt."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
