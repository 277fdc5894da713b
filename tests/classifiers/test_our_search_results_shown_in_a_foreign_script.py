"""Our own search results shown in Japanese: the Japanese keyword hack, a breach (critical).

"When I google us now the text under our name is in Japanese": spam pages served under the
domain to Google, in a script nobody at the business writes, while the site looks normal to
its owner. It fired nothing that counted (low). `<lang>.cx_search_results_in_foreign_script_near`
(new, en/de/nl/no) reads the owner's own results ("google us", "unter unserem Namen", "onder
onze naam", "googler oss") beside Japanese or Chinese text. A translation wished for, or
someone else's results in their own language, is no hack.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Is this one of yours? Probably unrelated, but when I google us now the "
                       "text under our name is in Japanese. The site itself looks normal."),
    ("critical", "de", "Wahrscheinlich hat das nichts damit zu tun, aber wenn ich uns jetzt "
                       "google, steht unter unserem Namen Text auf Japanisch. Die Seite selbst "
                       "sieht normal aus."),
    ("critical", "nl", "Waarschijnlijk los daarvan, maar als ik ons nu google staat de tekst "
                       "onder onze naam in het Japans. De site zelf ziet er normaal uit."),
    ("critical", "no", "Sikkert ikke relatert, men når jeg googler oss nå står teksten under "
                       "navnet vårt på japansk. Selve siden ser normal ut."),
]  # fmt: skip

NEAR_MISSES = [
    # a translation wished for
    ("low", "en", "Could we get a Japanese version of the site, so that the search results show "
                  "our text in Japanese too?"),
    ("low", "de", "Wir möchten eine japanische Version, damit die Suchergebnisse in Japan auf "
                  "Japanisch erscheinen."),
    ("low", "nl", "Kunnen jullie de site vertalen zodat de zoekresultaten in Japan in het Japans "
                  "verschijnen?"),
    ("low", "no", "Kan vi få en japansk versjon slik at søkeresultatene i Japan vises på japansk?"),
    # someone else's results, in their own language
    ("standard", "en", "Our Japanese partner says the Google results for their own shop are in "
                       "Japanese, of course."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
