"""One of the writer's people fails and the others get on ("one of our members can't log in,
the others can"), or the writer says it is just her or him: that person's problem (standard).

Session 15 met it when "cant" began to read as "can't": the corpus voicemail of a driving
school ("one of my pupils cant log in ... the others are all fine its just her") became a
login broken (urgent), as the same words with the apostrophe already were.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "en", "One of our members can't log in, the others can."),
    ("standard", "en", "One of my pupils can't log in to the lesson booking, the others are all "
                       "fine."),
    ("standard", "en", "One of our customers can't get into her account. The others are fine, "
                       "it's just her."),
    ("standard", "en", "Our treasurer can't log in to the portal, it's just him."),
]  # fmt: skip

NEAR_MISSES = [
    # the others are not people of the writer's: the site named is down
    ("critical", "en", "Our Norwegian shop is down for everyone, the others are fine."),
    # nobody gets in
    ("critical", "en", "One of our members told us that nobody can log in, the others can't "
                       "either."),
    ("critical", "en", "None of our members can log in to the member area since this morning."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
