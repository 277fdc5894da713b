"""The failure the same at another place or on another device ("bei meiner Kollegin zu Hause
genauso", "at my brother's house the same", "bij mijn zus thuis precies hetzelfde", "hjemme
hos svogeren min det samme"): the writer checked it elsewhere, so the phone named beside it
("auf dem Handy", "on mobile", "op mobiel", "på mobil") is no limited scope; a site down stays
down for all users (critical, `<lang>.cx_same_at_another_place.also_elsewhere`, a widen).

At 50d8bb8 these were urgent: the phone in the list read as a one-step limit, and "the same
at home" was no widen cue (only "at home too", "zu Hause auch"). A failure on the phone only,
with the computer said to be fine, or "the same as always" of a page that works, stays a
limit.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Unsere Homepage ist seit heute Abend nicht erreichbar. Ich habe es "
                       "auf dem Handy probiert, bei meinem Bruder daheim das Gleiche."),
    ("critical", "de", "Der Onlineshop ist offline, es kommt nur eine Fehlermeldung. Auf dem "
                       "Handy, und im Büro am Rechner genauso."),
    ("critical", "en", "Our website has been offline since ten. I looked on mobile, and at my "
                       "brother's house the same thing."),
    ("critical", "en", "The shop is unreachable tonight, on mobile as I said, and on the office "
                       "computer the same error."),
    ("critical", "nl", "Onze website is sinds vanavond offline. Op mobiel gekeken, en bij mijn "
                       "zus thuis precies hetzelfde."),
    ("critical", "nl", "De webshop is onbereikbaar. Op mobiel geprobeerd, op kantoor op de "
                       "computer dezelfde melding."),
    ("critical", "no", "Nettsiden vår har vært nede siden i kveld. Jeg sjekket på mobil, og "
                       "hjemme hos svogeren min det samme."),
    ("critical", "no", "Nettbutikken er utilgjengelig. På mobil, og på kontoret samme "
                       "feilmelding."),
]  # fmt: skip

NEAR_MISSES = [
    # the phone only, the computer said to be fine: a limited scope
    ("urgent", "de", "Nur auf dem Handy ist die Webseite nicht erreichbar, am Laptop "
                     "funktioniert sie."),
    ("urgent", "en", "Only on mobile is the site down; on my laptop it works fine."),
    ("urgent", "nl", "Alleen op mobiel is de website onbereikbaar, op de laptop werkt hij "
                     "gewoon."),
    ("urgent", "no", "Bare på mobil er nettsiden nede, på PC fungerer den."),
    # "the same" of a page that looks as always, beside a phone-only failure
    ("urgent", "en", "Only on mobile is the site down. On my laptop everything looks the same "
                     "as always."),
    # a small display fault the same at home stays small
    ("standard", "de", "Auf dem Handy ist das Menü verschoben, bei meiner Kollegin zu Hause "
                       "genauso."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
