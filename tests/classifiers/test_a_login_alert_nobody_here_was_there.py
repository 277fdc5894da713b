"""A login alert from an unknown place or device, and the writer's denial that anyone here
was there, awake or at work then ("Nobody here was in Russia and nobody works at night",
"Niemand bei uns war in Brasilien", "Niemand werkt hier 's nachts", "Ingen av oss var våkne
da"): the denial marks the login as an intruder's (critical).

18f6a77 (`_without_lone_login_alert`) stopped a bare scope word ("niemand außer mir nutzt das
Konto") pairing with the login alert; the denial of presence had paired with the alert only
through that scope word and was lost with it (/work/reviews/revA.md, 18f6a77). It is its own
half now (`<lang>.cx_nobody_here_was_there_near`), counted only beside a login alert.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "We got an alert about a login from an unknown location in Russia at 3 am. "
                       "Nobody here was in Russia and nobody works at night."),
    ("critical", "en", "Our shop admin sent a warning: new login from an unknown device in "
                       "Vietnam. None of us has ever been to Vietnam."),
    ("critical", "de", "Wir haben eine Warnung über eine Anmeldung von einem unbekannten Gerät in "
                       "Brasilien bekommen. Niemand bei uns war in Brasilien."),
    ("critical", "de", "Shopify meldet eine Anmeldung von einem unbekannten Ort (Nigeria). Keiner "
                       "bei uns kennt jemanden dort."),
    ("critical", "de", "Anmeldung von einem unbekannten Gerät um drei Uhr nachts. Keiner von uns "
                       "war da wach."),
    ("critical", "nl", "We kregen een melding over een inlog vanaf een onbekende locatie in China. "
                       "Niemand van ons is daar geweest."),
    ("critical", "nl", "WordPress meldt een inlog vanaf een onbekende locatie in Brazilië om 4 uur "
                       "'s nachts. Niemand werkt hier 's nachts."),
    ("critical", "no", "Vi fikk varsel om innlogging fra et ukjent sted i Russland. Ingen hos oss "
                       "har vært der."),
    ("critical", "no", "Vi fikk varsel om innlogging fra ukjent enhet klokka tre i natt. Ingen av "
                       "oss var våkne da."),
]  # fmt: skip

NEAR_MISSES = [
    # the same denials without a login alert: nobody was somewhere, no intruder
    ("low", "en", "Nobody here was in the office last week, so could you move the Christmas "
                  "banner to the home page? No rush."),
    ("low", "de", "Niemand bei uns war in der Schulung, können Sie uns bitte zeigen, wie man "
                  "einen Blogartikel anlegt?"),
    ("low", "nl", "Niemand van ons is daar geweest, kunnen jullie de foto's van de beurs op de "
                  "nieuwspagina zetten?"),
    ("low", "no", "Ingen av oss var på kurset, kan dere vise oss hvordan vi legger ut en "
                  "nyhetssak?"),
    # the login was the writer's own: still no breach
    ("low", "en", "I got an email about a login from an unknown location. That was me on "
                  "holiday in Spain, nobody but me uses the account. Should I do anything?"),
    ("low", "de", "Ich habe eine Mail über eine Anmeldung von einem unbekannten Gerät bekommen. "
                  "Das war ich im Urlaub in Italien, niemand außer mir nutzt das Konto. Muss ich "
                  "etwas tun?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
