"""The payment provider's "Payment could not be started" at checkout: payment impossible.

"Sindsdien krijgen klanten bij het afrekenen alleen nog 'Betaling kon niet worden gestart'":
the provider (Mollie, Stripe, Vipps, ...) refuses to open a payment at all, so no customer
can pay (critical), typically after it suspended the shop's profile. The words were no
payment failure to the rules, which knew "payment failed" and "betaling mislukt" only
(`<lang>.checkout_impossible`). A question about what a customer would see, or such an error
told as last week's and over, does not move.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Since Mollie sent this mail, customers at checkout only get \"Payment "
                       "could not be started\". Mollie is our only payment provider."),
    ("critical", "de", "Seit der Mail von Mollie bekommen Kunden an der Kasse nur noch \"Zahlung "
                       "konnte nicht gestartet werden\". Wir haben nur Mollie."),
    ("critical", "nl", "Hoi, sinds vanochtend krijgen klanten bij het afrekenen alleen nog "
                       "\"Betaling kon niet worden gestart\". Wij hebben alleen Mollie."),
    ("critical", "no", "Etter e-posten fra Vipps får kundene i kassen bare \"Betalingen kunne ikke "
                       "startes\". Vi har bare Vipps."),
]  # fmt: skip

NEAR_MISSES = [
    # a question about a case that has not happened
    ("standard", "en", "What would a customer see if the payment could not be started? We would "
                       "like a friendly error page."),
    ("low", "nl", "Wat ziet een klant als de betaling niet kan worden gestart? We willen graag een "
                  "nette foutpagina."),
    ("low", "de", "Was sieht ein Kunde, wenn die Zahlung nicht gestartet werden kann? Wir hätten "
                  "gern eine schönere Fehlerseite."),
    # last week's, over now
    ("low", "no", "Forrige uke fikk noen kunder \"Betalingen kunne ikke startes\" i noen minutter, "
                  "nå virker alt igjen."),
    ("low", "en", "Last week a few customers got \"Payment could not be started\" for a few "
                  "minutes, everything works again since then."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
