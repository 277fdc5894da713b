"""A staging or test system that gives a 5xx ("staging.x.co.uk gives a 502 again. no rush, live
is fine"): a problem of the test system (standard), not an outage (the live site works) and not
nothing at all (low) because the writer says there is no rush.

Session 54 found it in batch 54 (read as low): "gives a 502" was no 5xx phrase of
`neutral.http_5xx` ("returns", "gets", "geeft", "gir" were), so only the tone words were left.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "en", "staging.northfield-cycles.co.uk gives a 502 again. no rush, live is "
                       "fine."),
    ("standard", "en", "The test site gave a 503 all afternoon, no hurry, the live shop is fine."),
    ("standard", "de", "Das Testsystem gibt seit gestern einen 502, keine Eile, der Live-Shop "
                       "läuft."),
    ("standard", "nl", "De testomgeving geeft weer een 502, geen haast, de live site werkt "
                       "gewoon."),
    ("standard", "no", "Testmiljøet gir en 502 igjen, ingen hast, live-siden virker fint."),
]  # fmt: skip

NEAR_MISSES = [
    # the live site gives the 5xx: critical
    ("critical", "en", "The shop gives a 502 for every visitor since ten, nobody can order."),
    # a count of products, not a status
    ("low", "en", "The import gave 502 new products, great. Can you add them to the menu?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
