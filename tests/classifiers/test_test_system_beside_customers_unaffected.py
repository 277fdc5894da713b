"""A test system that fails beside a live site said to work, or beside customers who notice
nothing, is standard, even when the failure is a checkout nobody can use.

Batch38's three test-system mails were urgent: "Doing final testing on the new site at
staging.example.co.uk ... the checkout throws 'Fatal error' ... our current live site is fine"
(the subject's "checkout broken" with "live site" read as an everyone-scope took back the
live-site cue, as a rest-works cue beside a payment impossible for everyone), and "op
acc.example.nl ... betalen werkt niet ... klanten merken er niks van", "test.example.no ...
kassa virker ikke ... kundene merker ingenting" (customers unaffected was no live-site cue).
`decide` now reads the test system beside the live site (or unaffected customers) before its
filters.
"""

from __future__ import annotations

from classifiers import MessageText, classify
from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "en", "Final testing on staging.example.co.uk: the checkout is broken, nobody "
                       "can pay there. To be clear, our current live site is fine and taking "
                       "orders."),
    ("standard", "nl", "Op acc.example.nl werkt betalen niet, niemand kan afrekenen. Klanten "
                       "merken er niks van, het is alleen de nieuwe webshop."),
    ("standard", "no", "På test.example.no virker ikke kassa, ingen får betalt der. Kundene "
                       "merker ingenting, det er bare den nye nettbutikken."),
    ("standard", "de", "Auf staging.example.de funktioniert der Checkout nicht, niemand kann "
                       "bezahlen. Die Kunden merken nichts davon, der Live-Shop läuft."),
]  # fmt: skip

NEAR_MISSES = [
    # the live site fails: production is down, whatever the test system does
    ("critical", "en", "The checkout on our shop fails for every customer, nobody can pay. The "
                       "new shop on test.example.co.uk is fine."),
    ("critical", "de", "Der Checkout im Shop geht bei keinem Kunden, niemand kann bezahlen. Auf "
                       "staging.example.de läuft er."),
    ("critical", "nl", "Op de live site kan niemand afrekenen, betalen werkt bij geen enkele "
                       "klant. Op acc.example.nl werkt het wel."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)


def test_customers_unaffected_without_a_test_system_is_no_test_matter() -> None:
    # the admin slow, customers notice nothing: a minor problem, as before (no test system)
    got = classify(
        MessageText(body="Het beheer is sinds vanochtend erg traag. Klanten merken er niks van.")
    )
    assert got.severity == "standard", got.rules
