"""The staff locked out of the admin ("none of us can log in to the admin", "niemand van ons kan
inloggen in de admin", "keiner von uns kommt in den Admin", "ingen av oss får logget inn i
admin") while the site serves its visitors: a major function lost (urgent), not a breach.

Session 46 found it in batch 46 (a car dealer's reply: the site up again, but nobody on staff
could log in to the admin, read as critical): the intruder rules (`<lang>.intruder_admin_near`,
`.admin_created_by_nobody`, `.unknown_admin_near`) took a bare "none of us" near "admin" for
"an admin none of us created". They now want the creating (or knowing) verb with it ("none of
us created", "die niemand van ons heeft aangemaakt", "den keiner von uns angelegt hat", "som
ingen av oss har laget"); and the staff login (`<lang>.staff_login`) names the admin as a place
("to the admin", "in de admin", "in den Admin", "i admin"), so its login failure is urgent.
An admin account nobody created stays critical, and so does a login that fails for everyone
("not even the admin").
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "The shop is back, thanks. But none of us can log in to the admin now, it "
                     "keeps saying wrong password even after a reset."),
    ("urgent", "en", "none of us can log into the admin since this morning so we cant add "
                     "products"),
    ("urgent", "nl", "De site doet het weer, maar niemand van ons kan nog inloggen in de admin. "
                     "We kunnen geen nieuws plaatsen."),
    ("urgent", "nl", "niemand van ons komt nog in de admin, steeds 'onjuist wachtwoord'"),
    ("urgent", "de", "Die Seite ist wieder da, danke. Aber keiner von uns kommt mehr in den "
                     "Admin rein, immer 'Passwort falsch'."),
    ("urgent", "de", "niemand von uns kann sich im admin anmelden seit dem update"),
    ("urgent", "no", "Sida er oppe igjen, takk. Men ingen av oss kommer inn i admin lenger, "
                     "bare feil passord."),
    ("urgent", "no", "ingen av oss får logga inn i admin sia i går, vi får ikkje lagt ut noko"),
]  # fmt: skip

NEAR_MISSES = [
    # an admin account nobody made: a breach (critical)
    ("critical", "en", "There is a new admin account in the user list that none of us created."),
    ("critical", "en", "An administrator called 'wpsupport' appeared, none of us know who made "
                       "it."),
    ("critical", "nl", "Er staat een beheerder in de lijst die niemand van ons heeft "
                       "aangemaakt."),
    ("critical", "de", "Im Backend ist ein neuer Admin, den keiner von uns angelegt hat."),
    ("critical", "de", "Da ist ein Administrator, den niemand von uns erstellt hat."),
    ("critical", "no", "Det ligger en ny admin der som ingen av oss har laget."),
    # nobody at all gets in, the admin user included: the whole login (critical)
    ("critical", "en", "Nobody can log in, not even the admin."),
    ("critical", "de", "Niemand kann sich einloggen, nicht mal der Admin."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
