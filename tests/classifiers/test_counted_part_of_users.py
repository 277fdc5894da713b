"""A login or booking that fails for a counted part of the users, or while the others get on.

"Members locked out? ... they can't log in to book courts ... about 30 so far out of 260
members. Others have been booking without trouble ... those people can't book at all" was
critical: "can't log" and "at all" added up to a login down for everyone. A counted part of the
users ("30 out of 260 members", "30 van de 260 leden", "30 von 260 Mitgliedern", "30 av 260
medlemmer") or the others said to get on fine is a limited scope
(`<lang>.cx_counted_part_of_users`, one step down: urgent). Nobody able to log in, or none of a
counted whole, stays critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "Members can't log in at all to book courts, they get 'Something went "
                     "wrong'. About 30 out of 260 members so far."),
    ("urgent", "en", "Since the weekend members tell me they can't log in at all. Others have "
                     "been booking without trouble."),
    ("urgent", "nl", "Leden kunnen helemaal niet inloggen om een baan te boeken. Het gaat om "
                     "zo'n 30 van de 260 leden."),
    ("urgent", "de", "Mitglieder können sich gar nicht mehr anmelden, es kommt nur ein Fehler. "
                     "Betroffen sind etwa 30 von 260 Mitgliedern."),
    ("urgent", "no", "Medlemmene får ikke logget inn i det hele tatt for å booke bane. Det "
                     "gjelder rundt 30 av 260 medlemmer."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "en", "The club website is completely down, all 260 of 260 members get a white "
                       "page."),
    ("critical", "en", "The booking site is down for everyone: 0 out of 260 members can get in."),
    ("critical", "nl", "De website ligt er helemaal uit, 0 van de 260 leden komt erin."),
    ("critical", "de", "Die Website ist komplett down, keiner unserer 260 Mitglieder kommt "
                       "rein."),
    ("critical", "no", "Nettsiden er nede for alle, ingen av våre 260 medlemmer kommer inn."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
