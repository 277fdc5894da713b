"""A scope word that says how absent the trouble was: no scope of a failure.

"This Black Friday went really well, no problems at all": "at all" right after "no problems",
"helemaal" right before "geen problemen", "überhaupt" before "keine Probleme" say how little
went wrong, not that something failed for all (batch65: a plan to load-test before next season
was paged). "Does not load at all, no errors shown" still says the shop fails for all, with or
without the comma.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("low", "en", "Now that the dust has settled: this Black Friday went really well, no problems "
                  "at all. I'd like a proposal for a load test before next season. No rush."),
    ("low", "nl", "Black Friday ging echt goed, helemaal geen problemen. Ik wil graag een voorstel "
                  "voor een loadtest voor het volgende seizoen. Geen haast."),
    ("low", "de", "Der Black Friday lief richtig gut, überhaupt keine Probleme. Ich hätte gern ein "
                  "Angebot für einen Lasttest vor der nächsten Saison. Keine Eile."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "en", "Since this morning nobody can check out at all, there are no errors "
                       "shown, the button just spins."),
    ("critical", "en", "the shop does not load at all no errors just a white page nobody can get "
                       "in"),
    ("critical", "nl", "de webshop laadt helemaal niet geen foutmelding gewoon wit"),
    ("critical", "no", "Nettbutikken laster ikke i det hele tatt, ingen feil, bare hvit side."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
