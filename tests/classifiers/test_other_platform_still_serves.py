"""The app fails on one platform, or one way to pay fails, while another still serves everyone.

"Krasjer på alle Android-telefoner ... iOS og webversjonen virker fint" was critical: an app
crash for all reads as the service down, but the other platform still works
(`<lang>.cx_other_platform_works`, one step down: urgent). "CHECKOUT BROKEN!!!! ... card
payments and apple pay are still coming through, I can see orders landing" was critical too:
other methods named as "coming through" and "orders landing" (`en.other_methods_still_work`,
`en.checkout_still_works`) make it one payment option's failure (urgent). An app that crashes
everywhere, or whose other platform fails as well, stays critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "no", "Etter ny versjon krasjer appen rett etter oppstart på alle "
                     "Android-telefoner. iOS og webversjonen virker fint."),
    ("urgent", "nl", "De app crasht bij iedereen op Android, iOS werkt gewoon."),
    ("urgent", "en", "CHECKOUT BROKEN!!!! ok maybe not totally broken, the pay in 3 option says "
                     "payment declined. card payments and apple pay are still coming through, I "
                     "can see orders landing."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "en", "The app crashes on start for everyone, on iOS and Android."),
    ("critical", "nl", "De app crasht op alle Android-telefoons, maar iOS werkt ook niet."),
    ("critical", "no", "Appen krasjer for alle brukere, både på iOS og Android."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
