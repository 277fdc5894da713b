"""One colleague locked out while the others, counted, get in ("it's only Sam: the other 11 of us
can log in fine", "De andere 11 collega's kunnen gewoon inloggen", "Die anderen elf von uns
kommen normal rein", "De andre elleve av oss logger inn som normalt"): that person's problem, a
minor one (standard), as "the other committee members can log in" already was
(`<lang>.cx_others_fine.single_user`, whose list now takes the others with their number).

Batch 48 (scope) showed it: a forwarded "Can't log in to the portal" from one colleague, with
the other eleven named as fine, read as a login broken (urgent). The others counted and failing
too stays a login broken.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "en", "Priya can't log in to the client portal since Monday. The other 8 of us "
                       "can log in fine."),
    ("standard", "en", "Tom gets 'access denied' when he logs in. The other twelve colleagues "
                       "can log in without trouble."),
    ("standard", "nl", "Sanne kan sinds gisteren niet meer inloggen op het portaal. De andere 6 "
                       "collega's kunnen gewoon inloggen."),
    ("standard", "de", "Frau Berger kann sich nicht mehr einloggen. Die anderen elf von uns "
                       "kommen normal rein."),
    ("standard", "de", "Herr Kühn kommt nicht ins Portal. Die anderen 9 Kollegen können sich "
                       "ganz normal anmelden."),
    ("standard", "no", "Kari kommer ikke inn på portalen. De andre fem av oss logger inn som "
                       "normalt."),
]  # fmt: skip

NEAR_MISSES = [
    # the others counted fail too: a login broken for the staff
    ("urgent", "en", "Priya can't log in to the client portal, and the other 8 of us can't log "
                     "in either."),
    ("urgent", "nl", "Sanne kan niet inloggen op het portaal en de andere 6 collega's kunnen ook "
                     "niet inloggen."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
