"""One user's failure beside a colleague who can do it from their own account.

"Mijn collega Tom kan het wel vanaf zijn account" (batch56,
nl_installatiebedrijf_een_medewerker_upload_geweigerd: urgent, labelled standard) and
"Kollegaen min Per får publisert fra sin bruker" (no_museum_en_redaktor_kan_ikke_publisere:
urgent, labelled standard): the Dutch "kan het wel" (with "het" between) and the Norwegian
"får publisert", "kollegaen min" were missing from the others-fine classes, so one editor's
rights problem read as the admin broken for everyone.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "nl", "Als ik bij \"Projecten\" een nieuwe foto wil uploaden krijg ik \"Je hebt "
                       "geen toestemming om dit bestand te uploaden\". Mijn collega Tom kan het "
                       "wel vanaf zijn account. Misschien iets met mijn rechten?"),
    ("standard", "no", "Jeg kan ikke publisere artikler. Når jeg trykker \"Publiser\", kommer det "
                       "\"Du har ikke tilgang til denne handlingen\". Kollegaen min Per får "
                       "publisert fra sin bruker. Kan dere sjekke rettighetene mine?"),
    ("standard", "nl", "Ik kan in het CMS geen pagina's meer opslaan, ik krijg een foutmelding. "
                       "Mijn collega kan het gewoon."),
    ("standard", "no", "Jeg får ikke lastet opp bilder i publiseringsløsningen, det kommer en "
                       "feilmelding. Min kollega får lastet opp fra sin konto."),
]  # fmt: skip

NEAR_MISSES = [
    # the colleague fails too: not one user's
    ("urgent", "no", "Jeg får ikke publisert artikler i publiseringsløsningen, og kollegaen min "
                     "får ikke publisert heller."),
    ("urgent", "nl", "Sinds vanochtend kan niemand van de redactie nog foto's uploaden in het "
                     "CMS, ook mijn collega niet, we krijgen allemaal een foutmelding."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
