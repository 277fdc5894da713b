"""The site taken offline on purpose, as the writer wishes or plans ("Wir möchten den Shop über
Weihnachten offline nehmen"), is a change asked for (low), not an outage.

Session 13 found it among ordinary requests of its own: at 43e340b all four paraphrases below
were critical (the German one by `de.site_down` on "Shop über Weihnachten offline").
The wish, up to its verb ("offline nehmen", "offline halen", "take ... offline", "ta ...
offline"), is read as a supposed case (`_SUPPOSED_CASES` in classifiers/steps/supposed.py). A shop
that IS offline, whatever the writer then wants, stays critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("low", "de", "Wir möchten den Shop über Weihnachten offline nehmen, vom 24. bis 27. "
                  "Dezember. Geht das?"),
    ("low", "en", "We'd like to take the shop offline for the first two weeks of August "
                  "while we're on holiday. Can you show a 'back soon' page?"),
    ("low", "nl", "Wij willen de webshop tijdens de verbouwing offline halen, van 3 tot 10 "
                  "maart. Kan dat?"),
    ("low", "no", "Vi vil ta nettbutikken offline i fellesferien og vise en melding om at vi "
                  "er stengt. Går det?"),
]  # fmt: skip

NEAR_MISSES = [
    # offline now, for everyone: the outage, whatever is wished after it
    ("critical", "en", "Our shop has been offline since 8 this morning, nobody can order. We "
                       "want it back up now!"),
    ("critical", "de", "Der Shop ist seit heute früh offline, niemand kann bestellen. Wir "
                       "möchten wissen, wann er wieder läuft."),
    ("critical", "nl", "De webshop is sinds vanochtend offline, niemand kan bestellen. Wij "
                       "willen dat hij zo snel mogelijk weer online is."),
    ("critical", "no", "Nettbutikken har vært nede siden i morges, ingen får bestilt. Vi vil "
                       "ha den opp igjen nå."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
