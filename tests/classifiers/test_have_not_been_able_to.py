"""The perfect of "can" is the failure that still goes on: "customers haven't been able to pay
since this morning", "nobody's been able to log in", "we have been unable to check out".

The lead found these with a probe in session 16: no rule spelled "been able to", so each of
these was standard while "customers can't pay" was critical. `spelling.able_to_as_can` reads
"has/have (not) been (un)able to" as "can"/"can't" (the past perfect "had" as "could"/
"couldn't"), so every rule written with "can" and "can't" applies to it.
"""

from __future__ import annotations

from classifiers.spelling import able_to_as_can, able_to_as_can_text
from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Customers have not been able to pay since this morning."),
    ("critical", "en", "Nobody's been able to pay all day, please help."),
    ("critical", "en", "None of our customers have been able to pay since 7 am."),
    ("critical", "en", "Our customers haven't been able to place an order all evening."),
    ("critical", "en", "Since the update our customers have been unable to check out."),
    ("critical", "en", "We haven't been able to take a single payment since last night."),
    ("critical", "en", "Nobody has been able to reach the website since 6 am."),
    ("critical", "en", "None of our users have been able to get into the app since noon."),
]  # fmt: skip

NEAR_MISSES = [
    # able again: over, not an outage
    ("standard", "en", "Customers have been able to pay again since 10, thanks for the fix."),
    # a question whether they could
    ("standard", "en", "Have customers been able to pay with the new card terminal?"),
    # one person, one function
    ("standard", "en", "One customer hasn't been able to log in since Monday, everyone else can."),
    # the past, over
    ("standard", "en", "Yesterday customers hadn't been able to pay for an hour, "
                       "but it's fine now."),
    # a wish, not a failure
    ("low", "en", "We have never been able to show prices with VAT, could you add that option?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)


def test_the_perfect_of_can_is_read_as_can() -> None:
    for said, read in [
        ("customers haven't been able to pay", "customers can't pay"),
        ("we have not been able to log in", "we can't log in"),
        ("nobody's been able to pay", "nobody can pay"),
        ("they had been unable to order", "they couldn't order"),
        ("we've been able to pay", "we can pay"),
        ("we have never been able to pay", "we have never been able to pay"),
    ]:
        assert " ".join(able_to_as_can(said.split(" "))) == read


def test_been_able_without_its_have_stays() -> None:
    words = ["not", "been", "able", "to", "pay"]
    assert able_to_as_can(words) == words
    assert able_to_as_can(["been"]) == ["been"]
    assert able_to_as_can(["been", "able"]) == ["been", "able"]


def test_the_regex_rules_read_the_text_the_same_way() -> None:
    text = "None of our users have been able to get into the app"
    assert able_to_as_can_text(text) == "None of our users can get into the app"
    assert able_to_as_can_text("Nobody's been able to pay") == "Nobody can pay"
    assert able_to_as_can_text("we had not been able to order") == "we couldn't order"
    assert able_to_as_can_text("We’ve been unable to log in") == "We can't log in"
    assert able_to_as_can_text("we have never been able to show VAT") == (
        "we have never been able to show VAT"
    )
    assert able_to_as_can_text("I have been told") == "I have been told"
