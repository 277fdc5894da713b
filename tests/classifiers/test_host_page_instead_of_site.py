"""The shop's site replaced by a host's or registrar's page ("this account has been
suspended, please contact your hosting provider", "this domain name has expired" with adverts
below) is the site down for everyone (critical): those page texts are `<lang>.site_down`
phrases.

Batch41 showed it: a local history society's site showing "Dieser Account wurde vorübergehend
gesperrt. Bitte kontaktieren Sie Ihren Hosting-Anbieter" ("Das sehen alle"; read as low), and a
farm shop's "domain name has expired" with adverts for car insurance in its place (read as
standard).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", 'Instead of our bakery\'s site there is a grey page: "This domain name has '
                       'expired", with links to holidays underneath. Customers ask if we have '
                       "closed."),
    ("critical", "de", 'Auf unserer Vereinsseite steht nur noch: "Bitte kontaktieren Sie Ihren '
                       'Hosting-Anbieter." Alle Mitglieder sehen das.'),
    ("critical", "nl", 'Op onze website staat alleen nog "Deze domeinnaam is verlopen" met '
                       "reclame eronder, bij iedereen."),
    ("critical", "no", 'Når man går inn på nettsiden vår står det bare "Denne kontoen er '
                       'suspendert". Alle i koret ser det samme.'),
]  # fmt: skip

NEAR_MISSES = [
    # a renewal reminder, the site works: a question
    ("low", "en", "We got an email that our domain name will expire next month. Should we renew "
                  "it ourselves or do you do that?"),
    # one user's own login locked: not the site
    ("standard", "de", "Mein Benutzerkonto ist nach drei falschen Passwörtern gesperrt, die "
                       "anderen Mitglieder kommen normal rein."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
