"""How often someone reads mail is no failure that comes and goes.

"I'm answering for the owner, who is travelling and only reads his mail now and then": the
frequency word tells of a person, not of the outage, so it is no limited-scope or intermittent
cue that takes a shop down for everyone a step lower. A failure that itself comes and goes
("sometimes the checkout fails") keeps its step.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "I'm writing for Anna, who is away and only occasionally reads her email. "
                       "The shop is down for everyone since 7, nobody can place an order."),
    ("critical", "de", "Ich schreibe für Herrn Kurz, der im Urlaub ist und nur gelegentlich "
                       "Mails liest. Der Shop ist seit 7 Uhr für alle Kunden down, es kann "
                       "niemand bestellen."),
    ("critical", "nl", "Ik mail namens Joost, die op vakantie is en af en toe zijn mail leest. "
                       "De webshop ligt sinds 7 uur voor iedereen plat, niemand kan bestellen."),
    ("critical", "no", "Jeg skriver for Kari, som er på ferie og leser e-post bare av og til. "
                       "Nettbutikken er nede for alle siden klokka 7, ingen kan bestille."),
]  # fmt: skip

NEAR_MISSES = [
    # the failure itself comes and goes: one step down
    ("urgent", "en", "Occasionally the checkout fails for a customer, we got two emails about "
                     "it, nobody can pay then."),
    ("urgent", "de", "Der Shop ist manchmal für ein paar Minuten nicht erreichbar, wir haben "
                     "zwei Mails von Kunden bekommen."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
