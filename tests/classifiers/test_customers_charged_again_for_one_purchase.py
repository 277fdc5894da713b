"""Customers charged twice for one purchase: the payment is taken, the order is not.

"People get charged two or three times", "viele Kunden haben zweimal bezahlt", "meerdere
klanten hebben twee keer betaald", "mange kunder er trukket to ganger": the money went
through, the shop did not take the order, so customers pay again. A completed purchase is
impossible (critical, `<lang>.cx_customers_charged_again`), also when what fails is one
provider's webhook (the same words widen that endpoint's limited scope). One customer charged
twice, or a few beside all other orders going through, is no such report.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Customers pay by card and Stripe shows the charges, but the webhook "
                       "fails with 401 and many customers are charged twice."),
    ("critical", "en", "Paid orders get cancelled after half an hour although the provider has "
                       "the money; several customers paid twice."),
    ("critical", "de", "Seit heute früh wird bei den Kunden abgebucht, die Bestellung kommt aber "
                       "nie an, und viele Kunden haben zweimal bezahlt."),
    ("critical", "nl", "Sinds vanochtend wordt er bij klanten afgeschreven maar komt de "
                       "bestelling nooit binnen; meerdere klanten hebben twee keer betaald."),
    ("critical", "no", "Kundene får betalt, men ordren blir kansellert, og flere kunder er "
                       "trukket to ganger."),
    ("critical", "no", "Siden i morges blir pengene trukket, men ordren dukker aldri opp, og "
                       "mange kunder er trukket to ganger."),
]  # fmt: skip

NEAR_MISSES = [
    ("standard", "en", "One customer was charged twice for her order last week, could you "
                       "refund her?"),
    ("urgent", "en", "Since the update two customers were charged twice, all other orders go "
                     "through normally."),
    ("standard", "en", "No customers were charged twice, luckily."),
    ("low", "en", "Last month some customers were charged twice, we refunded them. Could you "
                  "explain why?"),
    ("standard", "de", "Eine Kundin wurde gestern doppelt belastet, können Sie das erstatten?"),
    ("standard", "nl", "Een klant is twee keer afgeschreven voor dezelfde bestelling."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
