"""A page said not to arrive in the end, or to arrive as an error ("it doesn't get there in the
end", "sie kommt am Ende doch nicht", "es kommt am Ende doch nur eine Fehlermeldung",
"uiteindelijk komt er wel een foutmelding", "uiteindelijk laadt hij toch niet", "den laster
likevel til slutt ikke"): a failure, not the slowness of a page that arrives in the end. Every
page of a site failing so, or a payment page that spins and then fails, is critical.

Session 22's review found these critical -> urgent since f5f3c93, whose emphatic
`<lang>.goes_through_eventually` phrases ("does get there", "kommt am Ende doch", "komt er wel",
"laadt hij toch", "laster likevel til slutt") are `negatable = false` and said nothing of what
arrives. `_arrival_that_fails` (classifiers/steps/over.py) counts such a cue as the failure
(a critical half signal) when a "not" stands before or after it, or an error word after it, in
its clause; `decide` makes the checkout's spinning urgent beside an urgent cue only.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Since the update every page takes 20 to 40 seconds to load. It doesn't "
                       "get there in the end, people ask us \"is your site broken?\"."),
    ("critical", "en", "Since the update every page takes 20 to 40 seconds to load. It does get "
                       "there in the end, but only to an error page."),
    ("critical", "en", "The site hangs for every visitor since this morning, it doesn't get "
                       "there in the end."),
    ("critical", "de", "Seit dem Update braucht jede Seite 30 Sekunden. Es kommt am Ende doch nur "
                       "eine Fehlermeldung, die Leute fragen, ob die Seite kaputt ist."),
    ("critical", "de", "Seit dem Update braucht jede Seite 30 Sekunden. Sie kommt am Ende doch "
                       "nicht, die Leute fragen, ob die Seite kaputt ist."),
    ("critical", "de", "Die Website hängt seit heute Morgen bei allen Besuchern, sie kommt am "
                       "Ende doch nur als Fehlermeldung."),
    ("critical", "de", "Die Website hängt seit heute Morgen bei allen Besuchern, am Ende kommt "
                       "doch nur eine Fehlermeldung."),
    ("critical", "nl", "Sinds de update doet elke pagina er 30 seconden over. Uiteindelijk komt "
                       "er wel een foutmelding, mensen haken af."),
    ("critical", "nl", "Sinds de update doet elke pagina er 30 seconden over. Uiteindelijk laadt "
                       "hij toch niet, mensen haken af."),
    ("critical", "nl", "Sinds vanochtend draait de betaalpagina eindeloos, uiteindelijk laadt hij "
                       "toch niet."),
    ("critical", "nl", "Sinds vanochtend draait de checkout eindeloos en uiteindelijk komt er wel "
                       "een foutmelding."),
    ("critical", "no", "Siden oppdateringen bruker hver side 30 sekunder. Den laster likevel til "
                       "slutt ikke, folk gir opp."),
    ("critical", "no", "Kassen spinner evig siden i morges, og den laster likevel til slutt "
                       "ikke."),
]  # fmt: skip

NEAR_MISSES = [
    # it arrives in the end: slow (urgent), as f5f3c93 meant
    ("urgent", "en", "Since the update every page takes 20 to 40 seconds to load. It does get "
                     "there in the end, but people ask us \"is your site broken?\"."),
    ("urgent", "de", "Seit dem Update braucht jede Seite 30 Sekunden. Sie kommt am Ende doch, "
                     "aber die Leute fragen, ob die Seite kaputt ist."),
    ("urgent", "nl", "Sinds de update doet elke pagina er 30 seconden over. Ze laden "
                     "uiteindelijk wel, maar mensen haken af."),
    ("urgent", "no", "Siden oppdateringen bruker hver side 30 sekunder. Den kommer fram til "
                     "slutt, men folk gir opp."),
    ("urgent", "nl", "De checkout draait eindeloos, maar uiteindelijk komt er wel een "
                     "bevestiging."),
    # no error, or the "not" of another clause
    ("urgent", "de", "Seit dem Update braucht jede Seite 30 Sekunden, es kommt am Ende doch ohne "
                     "Fehlermeldung."),
    ("urgent", "en", "Since the update every page takes 30 seconds. It loads eventually, but not "
                     "on mobile."),
    ("urgent", "de", "Seit dem Update braucht jede Seite 30 Sekunden. Sie kommt am Ende doch "
                     "nicht nur bei mir so langsam."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
