"""An app that crashes as it starts, for every user: the app is down (critical).

"Everyone who took the update gets a crash straight on startup", "bij iedereen crasht de app
direct bij het opstarten", "bei jedem Nutzer stürzt die App direkt beim Start ab", "krasjer rett
ved oppstart for alle brukerne": the crash at launch, with a scope of all, leaves nobody an app
to use, whether or not the word "app" stands near. "the moment the app opens" is the time of
the crash, no cue that the app itself opens and works. One user's crash, or a launch screen
asked for, is no outage.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Bad news: every user who installed last night's version gets a crash "
                       "right on startup. Can we roll back?"),
    ("critical", "en", "Since 2.4 went out everyone gets a crash the moment the app opens, iPhone "
                       "and Android alike."),
    ("critical", "nl", "Sinds de nieuwe versie krijgt iedereen een crash bij het opstarten. "
                       "Kunnen we terug naar de vorige?"),
    ("critical", "de", "Seit dem Update stürzt bei jedem Nutzer die App direkt beim Start ab. "
                       "Können wir zurück auf die alte Version?"),
    ("critical", "no", "Etter oppdateringen krasjer den rett ved oppstart for alle brukerne. Kan "
                       "vi trekke tilbake versjonen?"),
]  # fmt: skip

NEAR_MISSES = [
    ("standard", "en", "One member gets a crash on launch on her old tablet; every other user "
                       "is fine."),
    ("standard", "de", "Bei meinem alten Tablet stürzt die App beim Start ab, auf dem Handy "
                       "geht sie."),
    ("low", "en", "Can the app show our new logo on launch for every user?"),
    # the app opens and works: a part of it fails (the login, urgent)
    ("urgent", "en", "Members can't log in, it says wrong password, but the app opens and the "
                     "timetable shows."),
    ("urgent", "no", "Medlemmene får ikke logget inn, men appen åpner seg og timeplanen vises."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
