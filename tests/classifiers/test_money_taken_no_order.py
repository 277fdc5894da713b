"""Money leaves the buyer's account and no order comes of it: the checkout is broken.

"people pay, money goes out of their bank, they get sent back to the homepage and there's no
order ... money taken, no order, back to the homepage" was standard: the steps, listed across
commas, named neither a checkout nor a failure word the rules knew
(`<lang>.cx_money_taken_no_order`, money-leaving words only: "paid" or "charged monthly"
beside "no order form" are not the meaning).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "People pay, money goes out of their bank, they get sent back to the "
                       "homepage and there's no order."),
    ("critical", "en", "Sue tried it herself on her card just now, same thing, money taken, no "
                       "order, back to the homepage."),
    ("critical", "nl", "Geld afgeschreven, geen bestelling, terug naar de homepage."),
    ("critical", "de", "Geld abgebucht, keine Bestellung, zurück auf der Startseite."),
    ("critical", "no", "Pengene trekkes, ingen ordre, tilbake til forsiden."),
]  # fmt: skip

NEAR_MISSES = [
    ("standard", "en", "We are charged monthly for the hosting, no order form is needed for "
                       "that, right?"),
    # the order is there: only the mail after it is missing (urgent)
    ("urgent", "en", "The money was debited and the order is there, only the confirmation email "
                     "never arrived."),
    ("urgent", "nl", "Het geld is afgeschreven en de bestelling staat erin, alleen de "
                     "bevestigingsmail kwam niet."),
    ("urgent", "no", "Pengene er trukket og ordren kom inn, men bekreftelsesmailen kom ikke."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
