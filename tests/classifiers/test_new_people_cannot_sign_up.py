"""New people cannot sign up while existing users are fine: sign-up broken, not the app down.

"It's just new people who can't get in" beside "existing users are fine" was standard: no rule
read new users who cannot get in or register as a function lost (urgent,
`.cx_new_accounts_fail_near`). "Nye kunder får ikke opprettet konto" was critical:
`no.intruder_admin_near` took "ikke opprettet ... konto" as an account nobody made; it now
needs who did not make it ("som vi ikke har opprettet"). A form rule ("can't create an account
without an email address") asked to change, and a question about a new way to sign up, are
no failure.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "Zero sign-ups since Monday. It's only new people who can't get in, "
                     "existing members log in fine."),
    ("urgent", "en", "New customers can't create an account since yesterday's update."),
    ("urgent", "nl", "Nieuwe klanten kunnen zich sinds gisteren niet registreren."),
    ("urgent", "de", "Neue Kunden können sich seit gestern nicht registrieren."),
    ("urgent", "no", "Nye kunder får ikke opprettet konto siden i går."),
    ("urgent", "no", "Det er bare nye brukere som ikke kommer inn, de gamle logger inn som "
                     "vanlig."),
]  # fmt: skip

NEAR_MISSES = [
    ("low", "en", "New customers can't create an account without an email address, can you "
                  "change that?"),
    ("low", "de", "Neue Kunden können kein Konto anlegen ohne Telefonnummer, können Sie das "
                  "ändern?"),
    ("low", "en", "New customers can now create an account with Google too, can you add Apple?"),
    # an account nobody made stays a breach
    ("critical", "no", "Det ligger en admin-bruker der som vi ikke har opprettet."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
