"""Payment impossible told by its scope word, not by a "not": no payment method left ("None of
the payment methods work anymore", "Geen enkele betaalmethode werkt meer", "Keine der
Zahlungsarten funktioniert noch", "Ingen av betalingsmåtene fungerer lenger", and after a list
of them: "I tried all four methods: none of them goes through"), or paying that works for
nobody ("Afrekenen werkt op dit moment voor niemand", "Betalingen fungerer for ingen av
kundene"): critical (`<lang>.cx_no_payment_method_works`, `nl.`/`no.cx_pay_works_for_nobody`,
which also keep "afrekenen werkt" from reading as a checkout that still works). All methods but
one failing ("Only PayPal works, none of the other payment methods go through") is one method
left: urgent (`<lang>.cx_no_other_payment_method_works`).

Batch 48 (scope) showed it: a reply where card and PayPal now failed too, "geen enkele werkt
meer", read as standard, and "afrekenen werkt op dit moment voor niemand" read as a checkout
that works (urgent).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Since lunch none of the payment methods work any more, customers get an "
                       "error whatever they choose."),
    ("critical", "en", "I tried all four payment methods with a test order: none of them goes "
                       "through."),
    ("critical", "nl", "Geen enkele betaalmethode werkt nog in de webshop, klanten blijven in "
                       "de kassa hangen."),
    ("critical", "nl", "Ik heb net alle methoden geprobeerd met een testbestelling: geen enkele "
                       "werkt meer."),
    ("critical", "nl", "Betalen lukt sinds de update voor niemand meer."),
    ("critical", "de", "Seit dem Update funktioniert keine der Zahlungsarten mehr im Shop."),
    ("critical", "de", "Ich habe alle Zahlungsarten durchprobiert, keine davon geht durch."),
    ("critical", "no", "Ingen av betalingsmåtene fungerer lenger, kundene får feilmelding."),
    ("critical", "no", "Vi har prøvd alle betalingsmåtene i kassen: ingen av dem virker."),
    ("critical", "no", "Betalingen fungerer for ingen av kundene siden i formiddag."),
    # the whole method set gone while one method is left: urgent
    ("urgent", "en", "Only PayPal works at the moment, none of the other payment methods go "
                     "through."),
    ("urgent", "nl", "Alleen iDEAL werkt nog, geen van de andere betaalmethoden lukt."),
    ("urgent", "de", "Nur PayPal geht noch, keine der anderen Zahlungsarten funktioniert."),
    ("urgent", "no", "Bare Vipps virker, ingen av de andre betalingsmåtene fungerer."),
]  # fmt: skip

NEAR_MISSES = [
    # on the test system only
    ("standard", "nl", "Op de testomgeving werkt afrekenen voor niemand, de live webshop is in "
                       "orde."),
    ("standard", "de", "Auf der Staging-Seite funktioniert keine der Zahlungsarten, der "
                       "Live-Shop läuft normal."),
    # every method works, a mail is missing: transactional mail (urgent)
    ("urgent", "de", "Alle Zahlungsarten funktionieren, nur die Bestellbestätigung kommt nicht "
                     "an."),
    # one method fails for one group while the others go through
    ("urgent", "no", "Betalingen med faktura fungerer for ingen bedriftskunder, men kort og "
                     "Vipps går fint."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
