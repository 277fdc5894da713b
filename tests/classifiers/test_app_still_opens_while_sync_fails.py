"""The app still opens while its sync fails: not the app down for all.

"Users can still open the app and log workouts offline, but nothing uploads", "gebruikers
kunnen de app nog openen", "Nutzer können die App noch öffnen", "brukerne kan fortsatt åpne
appen": the app works on its own, its link to the server (an expired API certificate, a sync)
fails: an integration down (urgent, one step down), and "offline" there is how the app is
used, not that it is down. Nobody able to open it stays critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    (
        "urgent",
        "en",
        "The certificate on our API server expired this morning, so the app can't "
        "sync. Users can still open the app and log workouts offline, but nothing "
        "uploads.",
    ),
    (
        "urgent",
        "nl",
        "Het certificaat van onze API-server is vannacht verlopen, de app kan niet "
        "synchroniseren. Gebruikers kunnen de app nog openen en offline trainingen "
        "vastleggen, maar er wordt niets geüpload.",
    ),
    (
        "urgent",
        "de",
        "Das Zertifikat unseres API-Servers ist heute Nacht abgelaufen, die App kann "
        "nicht synchronisieren. Nutzer können die App noch öffnen und offline "
        "Trainings erfassen, aber nichts wird hochgeladen.",
    ),
    (
        "urgent",
        "no",
        "Sertifikatet på API-serveren gikk ut i natt, så appen får ikke "
        "synkronisert. Brukerne kan fortsatt åpne appen og registrere økter offline, "
        "men ingenting lastes opp.",
    ),
]

NEAR_MISSES = [
    (
        "critical",
        "en",
        "Since this morning nobody can open the app at all, it shows a certificate "
        "error and the app is offline for everyone.",
    ),
    ("critical", "no", "Ingen kan åpne appen siden i morges, appen er helt nede for alle brukere."),
    (
        "critical",
        "nl",
        "Niemand kan de app nog openen, de app is sinds vanochtend voor iedereen offline.",
    ),
    (
        "critical",
        "de",
        "Seit heute früh kann niemand die App öffnen, die App ist für alle Nutzer offline.",
    ),
]

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
