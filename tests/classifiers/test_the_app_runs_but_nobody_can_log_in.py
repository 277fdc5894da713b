"""The app itself runs; only the login fails, for everyone: urgent, not the app down.

"The app starts normally and you can browse the tours, but nobody can log in any more",
"Die App startet gut ... aber das Einloggen geht nicht mehr für niemand", "De app start
gewoon, maar niemand kan nog inloggen", "Appen kjører, men ingen får logget inn": a login
broken for everyone beside an app that runs is the table's "login broken" (urgent,
`<lang>.cx_app_opens.site_up`). So is a login failing beside "offentlige sider ...
fungerer" (the public pages, indefinite plural). An app that starts or runs and then shows
a white screen or crashes for everyone is still down (critical).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "Since this morning nobody can log in to the app, it says \"login failed "
                     "(401)\". The app runs and you can browse the routes, just no login."),
    ("urgent", "en", "Logging in no longer works for any of our members. The app itself runs, "
                     "the timetable shows."),
    ("urgent", "de", "Seit heute kann sich niemand mehr in der App anmelden, es kommt "
                     "\"Anmeldung fehlgeschlagen\". Die App startet gut und man kann die Karte "
                     "ansehen."),
    ("urgent", "de", "Das Einloggen geht für niemand mehr, aber die App läuft, man sieht die "
                     "Touren."),
    ("urgent", "nl", "Inloggen in de app lukt voor niemand meer, \"aanmelding mislukt\". De app "
                     "start gewoon en je kunt de routes bekijken."),
    ("urgent", "nl", "Niemand kan nog inloggen in onze app sinds de update. De app draait "
                     "gewoon, alleen het inloggen niet."),
    ("urgent", "no", "Innlogging i appen virker ikke for noen lenger, \"innlogging feilet\". "
                     "Appen starter normalt og man kan se turene."),
    ("urgent", "no", "Ingen får logget inn i appen siden i morges. Appen kjører, kartet vises, "
                     "men innloggingen feiler."),
    ("urgent", "no", "Innlogging via SSO feiler for alle brukere siden ti. Offentlige sider og "
                     "kurskatalogen fungerer fint, men ingen kan logge inn."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "en", "The app runs, but it shows only a white screen for everyone, nobody can "
                       "use it."),
    ("critical", "en", "The app starts but then crashes for all users, nobody can use the app."),
    ("critical", "de", "Die App startet gut, aber danach stürzt sie bei allen Nutzern sofort ab, "
                       "niemand kann sie benutzen."),
    ("critical", "nl", "De app draait, maar toont voor iedereen alleen een wit scherm, niemand "
                       "kan hem gebruiken."),
    ("critical", "no", "Appen kjører, men den viser bare hvit skjerm for alle, ingen kan bruke "
                       "den."),
    ("critical", "no", "Appen starter, men så krasjer den for alle brukere, ingen kan bruke "
                       "appen."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
