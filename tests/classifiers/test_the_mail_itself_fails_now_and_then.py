"""When the mail itself fails now and then, the frequency word keeps its step.

"Sometimes when I check my email in the webmail, the mail server is down for a few minutes":
the "sometimes" is in a clause about checking mail, but what fails now and then is the mail
server itself; the failure comes and goes (urgent, not critical). How often someone reads mail
("who only occasionally reads her email") still takes no step off a shop down for everyone.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "Sometimes when I check my email in the webmail, the mail server is down "
                     "for a few minutes."),
    ("urgent", "en", "Occasionally when I check my email, the mail server is down for ten "
                     "minutes or so."),
    ("urgent", "no", "Av og til når jeg sjekker e-posten i webmailen, er e-postserveren nede i "
                     "noen minutter."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "en", "Mail server is down completely, nobody can check their email."),
    ("critical", "en", "Anna, who only occasionally reads her email, says the shop is down for "
                       "everyone, nobody can order."),
    ("critical", "en", "I'm writing for Anna, who is away and only occasionally reads her email. "
                       "The shop is down for everyone since 7, nobody can place an order."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
