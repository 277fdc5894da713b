"""A test system named beside the live one ("both staging and the live site are down") is no
limit: the live site fails too. A test system down while the live one works stays standard.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    (
        "critical",
        "en",
        "Both staging and the live site are down for everyone, every page gives a 503.",
    ),
    ("critical", "nl", "Zowel de testomgeving als de live site liggen plat, voor iedereen."),
    ("critical", "de", "Sowohl das Staging als auch die Live-Seite sind für alle down."),
    ("critical", "no", "Både testmiljøet og produksjon er nede for alle."),
]

NEAR_MISSES = [
    ("standard", "en", "The staging site is down, the live site is fine."),
    (
        "standard",
        "nl",
        "Zowel de testomgeving als de live site werken prima, alleen de zoekfunctie is traag.",
    ),
]

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
