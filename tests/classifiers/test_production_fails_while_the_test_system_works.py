"""Production named as where it fails, the test system as where it works ("Auf dem
Staging-System läuft alles, aber in der Produktivumgebung funktioniert der Checkout nicht mehr,
niemand kann bezahlen", "Produksjonsversjonen av appen krasjer for alle, testversjonen
fungerer"): a production incident (critical), not a test system's failure beside a live site
that works. The "fine" of `<lang>.cx_live_named_fine` and `<lang>.cx_live.live_fine` must be said
of the live word in its own clause: not of the test system across a comma or a "but", and not
taken back by a "nicht"/"niet"/"ikke" after its verb ("funktioniert der Checkout nicht mehr").

Session 22's review found both critical -> standard since cedb13d, which made "Produktivumgebung"
and "produksjonsversjonen" live words: `.cx_live_named_fine` (span_commas, for an address set off
by commas) joined them to "läuft" and "fungerer" said of the test system.
`_drop_live_fine_of_another_clause` (classifiers/steps/scope.py) keeps such a match only where
it also fires with every comma (but one around an address, or before "die draait", "dort
läuft"), ";" and "but" ending the clause; `.cx_live.live_fine` is `negate_after`, and "keine
Sorge", "no worries" after a fine word negate nothing.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Auf dem Staging-System läuft alles, aber in der Produktivumgebung "
                       "funktioniert der Checkout nicht mehr, niemand kann bezahlen."),
    ("critical", "no", "Produksjonsversjonen av appen krasjer for alle, testversjonen fungerer."),
    ("critical", "en", "The production version of the app crashes for everyone, the test version "
                       "works."),
    ("critical", "nl", "De productieversie van de app crasht voor iedereen, de testversie werkt."),
    ("critical", "de", "In der Produktivumgebung kann niemand bezahlen, auf Staging funktioniert "
                       "es."),
]  # fmt: skip

NEAR_MISSES = [
    # production said fine in its own clause, the test system failing: standard (cedb13d)
    ("standard", "no", "I testmiljøet feiler den nye timebestillingen med «500 Internal Server "
                       "Error». Produksjonen er ikke berørt, der går den gamle løsningen."),
    ("standard", "de", "Im Testsystem schlägt die neue Terminbuchung fehl mit 500. Die "
                       "Produktivumgebung ist nicht betroffen, dort läuft die alte Lösung."),
    ("standard", "en", "On staging the checkout fails, nobody can pay there, but production works "
                       "fine."),
    ("standard", "de", "Auf dem Testsystem geht der Checkout nicht, niemand kann bezahlen, aber "
                       "die Produktivumgebung läuft."),
    ("standard", "nl", "In de testomgeving werkt de checkout niet, niemand kan betalen, productie "
                       "werkt gewoon."),
    ("standard", "nl", "Op de testomgeving kan niemand betalen, maar in productie werkt alles."),
    ("standard", "no", "I testmiljøet virker ikke kassen, ingen kan betale, produksjonen fungerer "
                       "fint."),
    ("standard", "no", "Testversjonen av appen krasjer for alle, produksjonsversjonen fungerer."),
    ("standard", "de", "Die Testversion der App stürzt bei allen ab, die Produktionsversion "
                       "funktioniert."),
    ("standard", "nl", "De testversie van de app crasht voor iedereen, de productieversie werkt."),
    # the clause after the comma points back at the live site ("die draait", "dort läuft")
    ("standard", "nl", "Sinds jullie deploy kunnen we op de acceptatieomgeving niet meer inloggen,"
                       " iedereen komt in een loop. Productie heeft nergens last van, die draait "
                       "nog op de vorige versie."),
    ("standard", "de", "Auf dem Testsystem kommt bei allen Hallen „Kalender konnte nicht geladen "
                       "werden“. Im Live-Portal gibt es das Problem nicht, dort läuft noch die "
                       "alte Ansicht."),
    # "keine Sorge" after the fine word takes nothing back
    ("standard", "de", "die testseite zeigt nur noch einen fehler fünfhundert eh die richtige "
                       "seite läuft ganz normal keine sorge"),
]  # fmt: skip

# Production failing beside a test system said to work now, in en and nl: no longer read as the
# live site working (standard at cedb13d); the test system named still limits it one step,
# as a limited scope (a cue for the present tense, like `.cx_test_system_worked` for the past,
# also fired on "the staging site works, but its checkout shows a 500 for everyone").
NOT_BELOW_URGENT = [
    ("urgent", "en", "On the staging system everything works, but in production the checkout no "
                     "longer works, nobody can pay."),
    ("urgent", "nl", "Op de testomgeving werkt alles, maar in productie werkt de checkout niet "
                     "meer, niemand kan betalen."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES + NOT_BELOW_URGENT
)
