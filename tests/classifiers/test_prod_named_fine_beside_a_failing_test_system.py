"""The short "prod" is the live site: fine beside a failing test system, no production incident.

"test.example.no gir «Error 503» siden i går. Prod funker fint.": the short "prod" was no name of
the live site in any language, so a test system's 5xx beside a working "prod" read as an outage
(the 503 had been hidden only by the ".no" of the address read as a negation). "prod" joins the
`live_site` class of all four languages.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "en", "Since this morning the staging server gives a 502 Bad Gateway on every "
                       "page. Prod is fine."),
    ("standard", "de", "Das Testsystem liefert seit gestern nur noch 503 Service Unavailable. "
                       "Prod läuft normal."),
    ("standard", "nl", "De testomgeving geeft sinds vanochtend een 503 op elke pagina. Prod werkt "
                       "gewoon."),
    ("standard", "no", "Testmiljøet gir 503 Service Unavailable på alle sider siden i går. Prod "
                       "fungerer fint."),
]  # fmt: skip

NEAR_MISSES = [
    # prod itself down is an outage
    ("critical", "en", "Prod gives a 503 on every page since midnight, nobody can order."),
    ("critical", "de", "Prod liefert seit Mitternacht auf jeder Seite 503, niemand kann "
                       "bestellen."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
