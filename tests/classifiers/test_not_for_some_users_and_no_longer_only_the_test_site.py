"""Two ways of saying a limit no longer holds: "not for some users" and "no longer just the test
site".

"The portal shows only a white screen. Not for some users: every account we tried" names "some
users" to deny it, as "not (just) some customers" already did; with its "for" ("nicht für
einige", "niet voor sommige") the denial went unread and the scope took the outage down a level.
"It's no longer just the test site: the live shop shows the same error on every page" names the
test system to say the failure has left it; read as a test system's failure, a shop down for all
was urgent. A limited scope said plainly, and a failure only on the test system beside a live
shop that works, keep their levels.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Since the update the member portal shows only a blank page after login. "
                       "Not for some users: every account we tried, our own included."),
    ("critical", "de", "Seit dem Update zeigt das Mitgliederportal nach dem Login nur eine leere "
                       "Seite. Nicht für einige Nutzer: jedes Konto, das wir probiert haben, auch "
                       "unsere eigenen."),
    ("critical", "nl", "Sinds vanochtend geeft de webshop op elke pagina een foutmelding. Niet "
                       "voor sommige klanten: iedereen die we gevraagd hebben."),
    ("critical", "en", "Update: it's no longer just the test site. The live shop now shows the "
                       "same critical error on every page and customers cannot buy."),
    ("critical", "de", "Update: Es ist nicht mehr nur das Testsystem. Der Live-Shop zeigt jetzt "
                       "auf jeder Seite denselben kritischen Fehler und die Kunden können nicht "
                       "bestellen."),
    ("critical", "nl", "Update: het is niet meer alleen de testomgeving. De live webshop toont nu "
                       "op elke pagina dezelfde kritieke fout en klanten kunnen niet bestellen."),
    ("critical", "no", "Oppdatering: det er ikke lenger bare testsiden. Nettbutikken viser nå den "
                       "samme kritiske feilen på alle sider, og kundene kan ikke handle."),
]  # fmt: skip

NEAR_MISSES = [
    ("urgent", "nl", "Sinds vanochtend geeft de webshop op elke pagina een foutmelding bij "
                     "sommige klanten."),
    ("standard", "en", "Only the test site shows the critical error on every page; the live shop "
                       "is fine and customers are buying."),
    ("standard", "de", "Nur das Testsystem zeigt auf jeder Seite den kritischen Fehler, der "
                       "Live-Shop läuft normal."),
    ("standard", "nl", "Alleen de testomgeving geeft op elke pagina een kritieke fout, de live "
                       "webshop werkt gewoon."),
    ("standard", "no", "Bare testsiden viser den kritiske feilen på alle sider, den ordinære "
                       "nettbutikken virker som normalt."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
