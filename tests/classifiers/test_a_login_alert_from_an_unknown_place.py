"""The site's own alerts of a login nobody here made ("a login to my user from 'Unknown
location, Singapore'", "ingelogd vanuit 'Onbekende locatie'", "eine Anmeldung aus
'Unbekannter Ort'", "en innlogging fra 'Ukjent sted'") beside "none of us did this" ("Ingen av
oss har gjort noe av dette", "Niemand van ons heeft dit gedaan", "Das war keiner von uns"):
an intruder in the site's accounts, a security breach, critical, however calmly asked ("Should
I just delete the emails?") and though the site looks normal.

Batch 70 found the Norwegian form low. The login from an unknown place is now half a signal
in all four languages (`<lang>.cx_login_from_unknown_place`), and "none of us did this" in
its Dutch, German and Norwegian forms half of one (`<lang>.nobody_made_it`), as the English
"none of us did" already was more. Either half alone stays what the rest of the mail says: a
login alert the writer explains ("that was me on my new phone") is no breach, and stays at
the level it had without the half.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "no", 'Jeg fikk i natt et varsel om en innlogging på min bruker fra "Ukjent '
                       'sted, Singapore". Ingen av oss har gjort noe av dette. Siden ser normal '
                       "ut. Skal jeg bare slette e-posten?"),
    ("critical", "nl", 'Ik kreeg een melding dat er is ingelogd op mijn account vanuit '
                       '"Onbekende locatie, Singapore". Niemand van ons heeft dit gedaan. Moet ik '
                       "de mail gewoon verwijderen?"),
    ("critical", "de", 'Heute Nacht kam eine Mail über eine Anmeldung bei meinem Benutzer aus '
                       '"Unbekannter Ort, Singapur". Das war keiner von uns. Soll ich die Mail '
                       "einfach löschen?"),
    ("critical", "en", 'We got an alert about a login to my account from "Unknown location, '
                       'Singapore". None of us did this. Should I just delete the email?'),
]  # fmt: skip

NEAR_MISSES = [
    # the login explained, the writer's own new device: half a signal moves nothing (with no
    # other rule the mail stays at the default, standard, as it was before)
    ("standard", "no", "Jeg fikk varsel om innlogging fra ukjent enhet, men det var meg på den nye "
                       "telefonen. Bare så dere vet det."),
    ("standard", "en", "I got an alert about a login from an unknown device, but that was my "
                       "colleague on her new laptop. Just so you know."),
    # "none of us did this" about a task never done: a question
    ("low", "de", "Das Update der Plugins hat bisher keiner von uns gemacht. Können Sie das "
                  "übernehmen?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
