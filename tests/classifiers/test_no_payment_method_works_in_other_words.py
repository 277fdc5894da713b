"""No payment method works, said with Norwegian's other words for it: Nynorsk "ingen
betalingsmåtar fungerer", "ingen av betalingsmåtane verkar", and the Bokmål "ingen
betalingsmetoder fungerer", "ingen betalingsløsninger virker". Payment impossible (critical).

Session 54 found it in batch 54 (a Nynorsk client over an angry customer's forward: "ingen
betalingsmåtar fungerer, verken Vipps eller kort", read as standard): the Nynorsk plural was no
word of `no.cx_no_payment_method_works`, nor was "betalingsmetoder". The Nynorsk forms are read
as their Bokmål ones (`classifiers/spelling.py`); English, Dutch and German already say it.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "no", "Fleire kundar har klaga i dag. Vi har prøvd sjølve: ingen betalingsmåtar "
                       "fungerer, verken Vipps eller kort."),
    ("critical", "no", "Ingen av betalingsmåtane verkar lenger i nettbutikken."),
    ("critical", "no", "Vi har testet selv, ingen betalingsmetoder fungerer i kassen."),
    ("critical", "no", "Ingen betalingsløsninger virker, kundene kommer ikke gjennom kassen."),
    ("critical", "en", "We tried it ourselves: no payment method works, neither PayPal nor card."),
    ("critical", "de", "Wir haben es selbst probiert: keine der Zahlungsarten funktioniert."),
    ("critical", "nl", "Zelf geprobeerd: geen enkele betaalmethode werkt, iDEAL noch creditcard."),
]  # fmt: skip

NEAR_MISSES = [
    # one method of several fails: an integration down (urgent)
    ("urgent", "no", "Vipps fungerer ikke i kassen, men kortbetaling virker fint."),
    # a question about which methods to offer: not an incident
    ("low", "no", "Kan vi legge til flere betalingsmåtar i nettbutikken? Vi har berre Vipps i "
                  "dag."),
    # one customer's card declined, others pay
    ("standard", "no", "Éin kunde får ikkje betalt med kortet sitt, men alle andre kundar betaler "
                       "helt fint."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
