"""A payment method withdrawn from a date to come, in a planned window or by our own cancelled
contract: a change to the shop (a request or a question), not a payment failing now.

"Ab dem 1. Juli steht die Zahlungsart Kauf auf Rechnung nicht mehr zur Verfügung. Könnt ihr sie
bitte aus dem Checkout entfernen?": the "nicht mehr zur Verfügung" beside a payment method
(`<lang>.cx_pay_service_error_near`) would read as a payment that fails. From a date to come
("ab dem 1. Juli", "from next month", "vanaf 1 juli", "fra 1. juli"), in a planned window
("am Sonntag zwischen 2 und 4 Uhr", maintenance) or in a mail saying we cancelled the contract,
it is no failure now (`_drop_unavailable_by_plan`). Gone since a date, or since the work, it
still fails (critical).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("low", "de", "Ab dem 1. Juli steht die Zahlungsart Kauf auf Rechnung nicht mehr zur "
                  "Verfügung. Könnt ihr sie bitte aus dem Checkout entfernen?"),
    ("low", "de", "Wegen Wartungsarbeiten bei unserem Zahlungsanbieter am Sonntag zwischen 2 und "
                  "4 Uhr steht PayPal vorübergehend nicht zur Verfügung. Müssen wir da etwas "
                  "tun?"),
    ("standard", "en", "PayPal is no longer available to us as a payment method from next "
                       "month, we cancelled the contract. Could you remove the button from the "
                       "checkout?"),
    ("low", "en", "Our provider told us that on Sunday between 2 and 4 am PayPal is temporarily "
                  "unavailable. Do we need to do anything?"),
    ("standard", "nl", "Vanaf 1 juli is Klarna als betaalmethode niet meer beschikbaar voor ons, "
                       "we hebben het contract opgezegd. Kunnen jullie het uit de kassa halen?"),
    ("low", "no", "Fra 1. juli er Klarna ikke lenger tilgjengelig som betalingsmåte for oss, vi "
                  "har sagt opp avtalen. Kan dere fjerne den fra kassen?"),
]  # fmt: skip

NEAR_MISSES = [
    # gone since a date, since the work, or withdrawn by the provider: a failure now
    ("critical", "de", "Seit dem 1. Juli steht die Zahlungsart PayPal nicht mehr zur Verfügung, "
                       "kein Kunde kann bezahlen."),
    ("critical", "en", "Since the maintenance on Sunday PayPal is no longer available at "
                       "checkout."),
    ("critical", "nl", "Sinds vanochtend is Klarna niet meer beschikbaar in de kassa."),
    ("critical", "no", "Siden i morges er Klarna ikke lenger tilgjengelig i kassen."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
