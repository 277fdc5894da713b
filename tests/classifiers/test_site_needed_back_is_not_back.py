"""A site needed back is not back: "Vi trenger den oppe igjen før åpningstid", "Wir brauchen
ihn dringend wieder online" under an outage are the outage still on (critical); under a test
system that is down beside a live site that works, the test system's fault (standard), not a
thank-you for a fix (low).

At 70b6464 these read as the outage over: `_WISH_BEFORE` in classifiers/steps/over.py knew
"want", "need", "wollen, dass", "vil at", not the German and Norwegian verbs of need
("brauchen", "benötigen", "trenger"). A site said to be back ("nå er den oppe igjen") still
is. Dutch puts the need after the cue ("we hebben hem weer online nodig"): not covered.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "no", "Nettbutikken har vært nede siden i morges og ingen får bestilt. Vi "
                       "trenger den oppe igjen så fort som mulig."),
    ("critical", "no", "Hele nettsiden har vært nede siden i natt, ingen kommer inn. Vi trenger "
                       "den oppe igjen før åpningstid."),
    ("standard", "no", "Testmiljøet test.eksempel.no er nede siden lunsj, produksjon "
                       "(eksempel.no) går som normalt. Vi trenger testmiljøet oppe igjen i "
                       "morgen tidlig."),
    ("critical", "de", "Unser Shop ist seit heute früh offline, niemand kann bestellen. Wir "
                       "brauchen ihn dringend wieder online."),
    ("standard", "de", "Das Testsystem test.beispiel.de antwortet seit Mittag nicht. Die "
                       "Live-Seite läuft normal. Wir brauchen das Testsystem morgen früh wieder "
                       "online."),
]  # fmt: skip

NEAR_MISSES = [
    # back, said so: the outage is over (a thank-you, low)
    ("low", "no", "Nettbutikken var nede i morges, men nå er den oppe igjen. Takk!"),
    ("low", "de", "Der Shop war heute früh offline. Jetzt ist er wieder online, danke!"),
    # the English need was known before
    ("critical", "en", "The shop has been offline since this morning and nobody can order. We "
                       "need it back online today."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
