"""Members or parents who cannot log in while the public pages work: the table's "login
broken", a significant function lost (urgent), not the site down, even when it fails for
everyone. "The public pages (news, coaching) are all fine" names the open site as working
(`<lang>.cx_public_pages_fine.live_fine`); beside it the engine reads the login's critical
matches as urgent ones, as for any `.live_fine` cue. The real site named in other words
("the normal website opens fine", `.cx_live_named_fine`) still does not lower a login broken
for all (test_live_site_named_beside_test_system.py).

Batch41 showed it: a tennis club's "none of our members can log in to the members' area to book
courts ... The public pages (news, coaching, how to join) are all fine" (read as critical).
A parents' council's "iedereen die probeert in te loggen ... De openbare pagina's ... zijn
gewoon te zien" still reads as critical ("iedereen … fout" is not a login match): left open.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "Since Monday none of our choir members can log in to the members' area "
                     "to download the scores. The public pages are working fine."),
    ("urgent", "de", "Seit gestern kann sich kein Mitglied mehr im Mitgliederbereich anmelden. "
                     "Die öffentlichen Seiten funktionieren ganz normal."),
    ("urgent", "nl", "Sinds vrijdag kan geen enkel lid meer inloggen om een baan te reserveren. "
                     "De openbare pagina's werken gewoon."),
    ("urgent", "no", "Ingen av medlemmene får logget inn for å bestille bane siden i går. De "
                     "offentlige sidene fungerer helt normalt."),
]  # fmt: skip

NEAR_MISSES = [
    # the whole site down: critical
    ("critical", "en", "Our website is down for everyone, nobody can open any page and nobody "
                       "can log in."),
    ("critical", "de", "Die Website ist komplett offline, niemand erreicht sie, auch der "
                       "Mitgliederbereich ist weg."),
    ("critical", "nl", "De website is plat voor iedereen, niemand kan de site openen."),
    ("critical", "no", "Nettsiden er nede for alle, ingen får åpnet den."),
    # one member's login while the others get in: not for everyone
    ("standard", "en", "One of our members can't log in, all the other members can log in "
                       "without any problem."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
