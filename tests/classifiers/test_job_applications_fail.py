"""Job applications that fail on a careers page ("scheitert jede Bewerbung mit Anhang", "every
application with a CV fails", "elke sollicitatie met bijlage mislukt", "hver søknad med vedlegg
feiler"), the rest of the site working: a significant function lost (urgent), not a minor bug.

Session 44 found it in batch 44 (a developer quoting a 413 on the application upload, read as
standard): `<lang>.important_function_failing_near` knew uploads, registrations, bookings and
forms failing, but not applications ("Bewerbung", "job application", "sollicitatie",
"søknad"), nor German "scheitert". The rest-of-site cue keeps it from critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "de", "Auf unserer Karriereseite scheitert seit dem Serverumzug jede Bewerbung mit"
                     " Anhang, also kann sich praktisch niemand bewerben. Der Rest der Seite ist "
                     "ok."),
    ("urgent", "de", "Seit dem Update scheitert jede Online-Bewerbung beim Absenden. Die übrige "
                     "Seite läuft."),
    ("urgent", "en", "On our careers page every application with a CV fails since the move, so "
                     "practically nobody can apply. The rest of the site is fine."),
    ("urgent", "en", "Since Monday every job application through the vacancies page fails. "
                     "Everything else works."),
    ("urgent", "nl", "Op onze vacaturepagina mislukt elke sollicitatie met bijlage, dus eigenlijk"
                     " kan niemand solliciteren. De rest van de site werkt."),
    ("urgent", "nl", "Sinds de verhuizing geeft het sollicitatieformulier bij elke sollicitatie "
                     "een foutmelding. De rest van de site werkt."),
    ("urgent", "no", "På karrieresiden feiler hver søknad med vedlegg, så i praksis får ingen "
                     "søkt. Resten av siden virker."),
    ("urgent", "no", "Siden flyttingen får alle som sender inn en jobbsøknad en feilmelding. "
                     "Resten av nettsiden virker."),
]  # fmt: skip

NEAR_MISSES = [
    # a vacancy to publish, an application deadline: content (low)
    ("low", "en", "Could you add a new vacancy to the careers page? Applications close on 1 "
                  "March."),
    ("low", "de", "Können Sie die neue Stelle auf der Karriereseite einstellen? Bewerbungen bitte"
                  " bis 1. März."),
    ("low", "nl", "Kunnen jullie de nieuwe vacature op de site zetten? Solliciteren kan tot 1 "
                  "maart."),
    ("low", "no", "Kan dere legge ut den nye stillingen på karrieresiden? Søknadsfrist er 1. "
                  "mars."),
    # a search and a discount code that fail: not applications
    ("standard", "no", "Jeg har søkt etter produktet, men søket gir feil."),
    ("standard", "en", "The discount code won't apply, it gives an error."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
