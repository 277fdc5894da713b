"""One customer's card declined while the other orders go through: not payment impossible
for everyone. "Other orders have gone through normally", "meine Testbestellung ging durch"
say the shop still sells (`<lang>.cx_customers_order_normally`, one step down).

Batch41 showed it: a spice shop's "eine Kundin ... ihre Kreditkarte ... abgelehnt ... Heute
sind aber schon 11 andere Bestellungen ganz normal durchgegangen" (critical; its label is low,
a question about the customer's bank; the step down makes it urgent, still one level high).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "A customer says her card was declined twice at checkout. Other orders "
                     "have gone through normally today and my own test order went through."),
    ("urgent", "de", "Bei einem Kunden wird die Zahlung abgelehnt. Andere Bestellungen sind "
                     "heute normal durchgegangen."),
    ("urgent", "nl", "Bij één klant wordt de betaling geweigerd. Andere bestellingen zijn "
                     "vandaag gewoon doorgekomen."),
    ("urgent", "no", "En kunde får betalingen avvist. Andre bestillinger har gått gjennom som "
                     "normalt i dag."),
]  # fmt: skip

NEAR_MISSES = [
    # every payment fails: critical
    ("critical", "en", "Nobody can pay since 8 this morning, every card is declined and not one "
                       "order has come in."),
    ("critical", "de", "Seit heute früh kann niemand mehr bezahlen, jede Zahlung wird "
                       "abgelehnt."),
    ("critical", "nl", "Niemand kan meer afrekenen, elke betaling wordt geweigerd."),
    ("critical", "no", "Ingen kunder får betalt, alle betalinger blir avvist."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
