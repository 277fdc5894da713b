""" "Me, my colleague, people on Twitter, everyone, nobody can buy a ticket": a "can" whose subject
is nobody ("nobody can", "niemand kan", "niemand kann") is no "my colleague can" cue of one user's
problem; the mail names everyone for whom it fails (critical stays critical).

Batch 55 (a folk festival's voicemail at a ticket release, read as standard):
`en.cx_others_fine.single_user` took "my colleague ... can" across the unpunctuated transcript,
"can" being the "can" of "nobody can buy". A predicate group's hit after "nobody"/"niemand" is
now denied like one after "can't" (`scan._CANNOT`).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # the batch's case (a transcript: no punctuation)
    ("critical", "en", "our tickets went on sale at nine and the whole website is down it just "
                       "says something about a bad get away for everyone me my colleague people "
                       "on twitter everyone um nobody can buy a ticket please call me back"),
    ("critical", "en", "the booking page is down we tried it my colleagues and the patients nobody "
                       "can book"),
    ("critical", "nl", "de site ligt eruit voor iedereen ik mijn collega iedereen niemand kan een "
                       "kaartje kopen"),
    ("critical", "de", "die seite ist weg für alle ich meine kollegen alle niemand kann ein ticket "
                       "kaufen"),
]  # fmt: skip

NEAR_MISSES = [
    # a colleague for whom it works: one user (standard)
    ("standard", "en", "my colleague can log in fine it is only me who gets the error"),
    ("standard", "en", "i cannot get in but my colleagues can without trouble nobody else has a "
                       "problem"),
    ("standard", "nl", "Ik kan niet inloggen op het portaal, maar mijn collega kan gewoon "
                       "inloggen."),
    ("standard", "de", "Ich kann mich nicht im Portal anmelden, meine Kollegin kann sich aber ganz "
                       "normal anmelden."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
