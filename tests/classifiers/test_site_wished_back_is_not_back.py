"""A site wished back is not back: "Wij willen dat hij zo snel mogelijk weer online is", "Wir
wollen, dass er so schnell wie möglich wieder online ist", "Vi vil at den skal være oppe
igjen" under a shop that is offline for everyone are the outage (critical), not a "works
again" cue.

At 43e340b the Dutch, German and Norwegian forms were standard: their resolved cues ("weer
online", "wieder online", "oppe igjen") are no finite verb, so the English-only wish check
before a cue (`_BROKEN_BEFORE`: "want it working again") missed them, and the outage read as
over. `_WISH_BEFORE` in classifiers/steps/over.py reads the wish in the sentence before the cue. A
site said to be back ("Nu is hij weer online") still is.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "nl", "Sinds zes uur vanochtend is de webshop offline en kan niemand iets "
                       "bestellen. We willen dat hij zo snel mogelijk weer online is."),
    ("critical", "de", "Unser Shop ist seit sechs Uhr offline, niemand kann bestellen. Wir "
                       "wollen, dass er so schnell wie möglich wieder online ist."),
    ("critical", "no", "Nettbutikken har vært nede siden seks i morges, ingen får bestilt. Vi "
                       "vil at den skal være oppe igjen så fort som mulig."),
    ("critical", "en", "The shop has been offline since six this morning and nobody can "
                       "order. We need it back online as soon as possible."),
]  # fmt: skip

NEAR_MISSES = [
    # back, said so: the outage is over (a thank-you, low)
    ("low", "nl", "De webshop was vanochtend een uur offline. Nu is hij weer online en werkt "
                  "alles, dank jullie wel."),
    ("low", "de", "Der Shop war heute früh offline. Jetzt ist er wieder online, vielen Dank!"),
    ("low", "no", "Nettbutikken var nede i morges, men nå er den oppe igjen. Takk for "
                  "hjelpen!"),
    ("low", "en", "The shop was down this morning, but it is back online now. Thanks!"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
