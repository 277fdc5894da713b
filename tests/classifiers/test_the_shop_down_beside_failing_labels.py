"""The shop said down beside failing labels: a whole outage, no "after the sale" step.

"Shipcloud gibt bei allen Etiketten einen Fehler, und der Shop ist für alle Kunden down." and
"Shipmondo gir feil på alle fraktetiketter, og nettbutikken er nede for alle kunder." were
urgent: the labels' "only after the sale" cue took a step off a shop that is down. The shop or
the site itself said down (a site-down match with the shop or site as its object) is critical
beside them; "der Shop ist ... down" with words between is read in German too. Labels failing
while the shop runs, or is said not to be down, stay urgent.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Shipcloud gibt bei allen Etiketten einen Fehler, und der Shop ist für "
                       "alle Kunden down."),
    ("critical", "no", "Shipmondo gir feil på alle fraktetiketter, og nettbutikken er nede for "
                       "alle kunder."),
    ("critical", "en", "Shipcloud gives an error on every shipping label, and the shop is down "
                       "for all customers."),
    ("critical", "nl", "Sendcloud geeft bij alle verzendlabels een fout, en de webshop is voor "
                       "alle klanten plat."),
]  # fmt: skip

NEAR_MISSES = [
    ("urgent", "de", "Shipcloud gibt bei allen Etiketten einen Fehler, aber der Shop ist nicht "
                     "down."),
    ("urgent", "de", "Shipcloud gibt bei allen Etiketten einen Fehler, aber der Shop läuft."),
    ("urgent", "no", "Shipmondo gir feil på alle fraktetiketter, men nettbutikken er ikke nede."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
