"""Payment impossible told as no order being possible at all ("überhaupt keine Bestellung mit
Bezahlung möglich", "no order with payment is possible", "geen bestelling met betaling mogelijk",
"ikke mulig med noen bestillinger") or as every payment attempt declined ("bei jedem
Bezahlversuch kommt ‚Transaktion abgelehnt‘", "elke betaalpoging wordt afgewezen", "hvert
betalingsforsøk ender med feilmelding"): checkout or payment impossible, critical.

Session 45 found it in batch 45 (two problems, a wishlist bug "nicht eilig" and every payment
declined since a provider switch, read as standard): `<lang>.checkout_impossible` knew
"Bestellung ... nicht möglich" and "keine Bestellungen mehr", not "keine Bestellung ... möglich",
and the payment words of `<lang>.checkout_failure_near` had no payment attempt
("Bezahlversuch", "betaalpoging", "betalingsforsøk"); Dutch "afgewezen" and Norwegian "avslått"
were no refusal there either.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Es ist derzeit überhaupt keine Bestellung mit Bezahlung möglich."),
    ("critical", "de", "Seit gestern Abend kommt bei jedem Bezahlversuch „Transaktion "
                       "abgelehnt“."),
    ("critical", "de", "Seit der Umstellung werden alle Zahlungsversuche abgelehnt."),
    ("critical", "en", "Since the switch last night no order with payment is possible at all."),
    ("critical", "en", "It is currently not possible to place any order."),
    ("critical", "nl", "Bij elke betaalpoging komt \"Transactie geweigerd\"."),
    ("critical", "nl", "Sinds gisteravond wordt elke betaalpoging afgewezen, met elke kaart."),
    ("critical", "nl", "Er is sinds gisteren geen bestelling met betaling mogelijk."),
    ("critical", "no", "Siden i går er det ikke mulig med noen bestillinger."),
    ("critical", "no", "Hvert betalingsforsøk ender med feilmelding siden byttet i går."),
    ("critical", "no", "Alle betalingsforsøk blir avslått siden i går kveld."),
]  # fmt: skip

NEAR_MISSES = [
    # no order without an account: how the shop is set up, a request
    ("low", "de", "Ohne Kundenkonto ist keine Bestellung möglich, können Sie Gastbestellungen "
                  "freischalten?"),
    ("low", "en", "Without an account no order is possible; could you enable guest checkout?"),
    ("low", "nl", "Ik heb per ongeluk twee betaalpogingen gedaan, kunnen jullie er een "
                  "annuleren?"),
    ("low", "en", "Is it possible to order without an account?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
