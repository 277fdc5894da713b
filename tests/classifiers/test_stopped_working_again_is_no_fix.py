"""A failure back, told with a verb of stopping before "working again" ("Klarna har sluttet å
virke igjen", "kassen har slutta å fungere igjen", "stopped working again", "ist wieder
gestoppt", "is weer gestopt met werken"): the failure is here now, not over.

Session 20 found it beside batch 58 (a reply saying a payment service had failed again, this
time for everyone): `no.resolved`'s regex reads an infinitive "å virke igjen" as the outage over
("begynte det å virke igjen"), so "sluttet å virke igjen" demoted the failure it reports. The
regex no longer matches after "sluttet", "slutta", "stoppet (med)" and their kin. English, German
and Dutch already read it as a failure; their lines guard that.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "no", "Kassen har slutta å fungere igjen i kveld. Ingen kunder får betalt."),
    ("critical", "no", "Nettbutikken har sluttet å fungere igjen i dag, for alle kunder."),
    ("urgent", "no", "Vipps har sluttet å virke igjen, nå for alle kunder. Kortbetaling fungerer "
                     "fortsatt."),
    ("critical", "en", "The checkout has stopped working again tonight. No customer can pay."),
    ("critical", "de", "Die Kasse hat wieder aufgehört zu funktionieren. Kein Kunde kann "
                       "bezahlen."),
    ("critical", "nl", "Het afrekenen is weer gestopt met werken. Geen klant kan betalen."),
]  # fmt: skip

NEAR_MISSES = [
    # started working again: over
    ("low", "no", "Etter en halvtime begynte det å virke igjen. Takk for hjelpen!"),
    ("low", "no", "Nettbutikken var nede i natt, men nå virker den igjen. Takk!"),
    # stopped, then working again later in the same mail: over, an incident to look into
    ("standard", "no", "Kassen sluttet å virke i går kveld, men etter en halvtime begynte den å "
                       "virke igjen. Kan dere se hva det var?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
