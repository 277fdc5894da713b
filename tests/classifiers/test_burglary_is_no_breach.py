"""A burglary is no data breach: the Dutch "inbraak" and the Norwegian "innbrudd" alone name
the break-in an alarm company's or an insurer's site writes about ("de pagina over inbraak",
"siden om innbrudd"). Only a break-in into the server, the site or a system is one
(`nl.security_breach`, `no.security_breach`: "inbraak op ... server*", "innbrudd i ...
database*", "digitalt innbrudd").

Session 14 found these by writing ordinary content requests of its own: at 50d8bb8 all four
paraphrases below were critical. No mail of the corpora or batches 30-44 changed level when
the bare words went. One test of batch 23's families leaned on the bare "innbrudd" beside
"i natt har noen kommet seg inn i nettbutikken vår": someone who got in, after a time first,
is now a rule of its own (`no.someone_got_in_after_time`); the question that begins with "Har
noen kommet seg inn i ...?" is none.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("low", "nl", 'Op de pagina over inbraak staat een typfout: "inbraak beveiling" moet '
                  '"inbraakbeveiliging" zijn.'),
    ("low", "nl", "Kunnen jullie de tekst over inbraak en brand op de verzekeringspagina "
                  "vervangen door de bijgevoegde versie?"),
    ("low", "no", "På siden om innbrudd står det feil telefonnummer, vennligst endre til "
                  "22 33 44 55."),
    ("low", "no", "Kan dere bytte ut teksten om innbrudd og brann på forsikringssiden med "
                  "vedlagt versjon?"),
    ("standard", "no", "Har noen kommet seg inn i nettbutikken? Vi ser ingenting rart, men en "
                       "kunde spurte."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "nl", "Er is vannacht een inbraak op onze server geweest, er staat een "
                       "onbekende beheerder in WordPress."),
    ("critical", "nl", "Inbraak in ons systeem: alle klantgegevens zijn gedownload door iemand"
                       " die we niet kennen."),
    ("critical", "no", "Det har vært innbrudd på serveren i natt, det ligger en ukjent "
                       "administrator i WordPress."),
    ("critical", "no", "Innbrudd i databasen vår: alle kundedata er lastet ned av noen vi ikke"
                       " kjenner."),
    ("critical", "no", "Vi har hatt et digitalt innbrudd, nettbutikken sender kundene våre til"
                       " en falsk betalingsside."),
    ("critical", "no", "I natt har noen kommet seg inn på serveren."),
    ("critical", "no", "Vi så på NRK om flere innbrudd, og i natt har noen kommet seg inn i "
                       "nettbutikken vår også."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
