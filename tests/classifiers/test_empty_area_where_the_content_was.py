"""An empty area where the content was: "a big empty white box where the table used to be".

"The Term Dates page ... now show[s] a big empty white box where the table used to be" and "på
siden «Åpningstider» er det bare en stor tom hvit flate der tabellen skulle vært" were low: no
rule knew the empty area as content gone from a page, and the page's topic (opening hours) read
as a content wish. It is a page broken (standard, `.cx_empty_area_on_a_page`), also beside "all
the other pages look fine"; more white space asked for is design (low), and an empty area on
every page for everyone is still the site down.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "en", "The prices page now shows a big empty box where the table used to be."),
    ("standard", "en", "Our fixtures page has an empty white area in the middle, the list is "
                       "gone. All the other pages look fine."),
    ("standard", "nl", "Op de pagina Openingstijden staat een groot leeg wit vlak waar de tabel "
                       "stond."),
    ("standard", "de", "Auf der Seite Öffnungszeiten ist nur eine große weiße Fläche, wo die "
                       "Tabelle war."),
    ("standard", "no", "På siden med åpningstider er det bare en stor tom hvit flate der "
                       "tabellen skulle vært."),
]  # fmt: skip

NEAR_MISSES = [
    ("low", "en", "Could you add a bit more white space between the sections on the homepage?"),
    ("low", "nl", "Kunnen jullie het grote witte vlak onderaan de homepage weghalen? Dat vinden "
                  "we lelijk."),
    ("critical", "en", "Since this morning every page shows only a big empty white area, nobody "
                       "can use the site."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
