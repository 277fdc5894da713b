"""A failure back now, compared with the earlier time it happened: not a past outage.

"Same as last week: the app shows a server error on login and nobody can get in", "genau
wie letzte Woche", "net als vorige week", "akkurat som forrige uke": the earlier week is
named as a comparison, the failure told beside it goes on now (critical when it stops
everyone). An outage told in the past beside the same comparison, and fixed since, stays
over.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Sorry, it's back. Same as last week: the booking app gives a server "
                       "error at login and nobody can get in."),
    ("critical", "en", "Just like last week, the customer app won't open for anyone, all of our "
                       "users see the error screen."),
    ("critical", "de", "Leider wieder genau wie letzte Woche: die Kunden-App zeigt beim "
                       "Anmelden einen Serverfehler und keiner kann sich anmelden."),
    ("critical", "nl", "Net als vorige week: de app geeft een fout bij het inloggen en niemand "
                       "kan erin."),
    ("critical", "no", "Akkurat som forrige uke: appen gir feil ved innlogging og ingen kommer "
                       "inn."),
]  # fmt: skip

NEAR_MISSES = [
    ("low", "en", "Just like last week the shop was down for twenty minutes on Saturday night; "
                  "it works again now, thanks."),
    ("low", "de", "Wie letzte Woche war der Shop am Samstagabend zwanzig Minuten lang nicht "
                  "erreichbar, jetzt geht wieder alles."),
    ("low", "nl", "Net als vorige week lag de webshop zaterdagavond twintig minuten plat, nu "
                  "werkt alles weer."),
    ("low", "no", "Som forrige uke var nettbutikken nede i tjue minutter lørdag kveld, nå "
                  "virker alt igjen."),
    ("standard", "en", "Last week the app showed an error on login and nobody could get in. "
                       "Thanks for fixing it."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
