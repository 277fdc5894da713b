"""The payment provider's page says the shop's merchant account is deactivated.

"When you click Donate you get a page that says 'This merchant account has been deactivated'",
tried with every amount, had no rule at all (standard): the words name no checkout and no
failure. A merchant or payment account deactivated, suspended or blocked means the provider
refuses every payment: payment impossible (critical, `<lang>.cx_payment_account_deactivated`).
An account the writer closed on purpose, or one asked about, is a request (low).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Since this morning the Pay now button leads to a page saying: this "
                       "merchant account has been suspended, please contact the site owner."),
    ("critical", "nl", "Als je op Doneren klikt, kom je op een pagina van de betaalprovider: "
                       "'Dit verkopersaccount is gedeactiveerd'. Bij elk bedrag hetzelfde."),
    ("critical", "de", "Nach dem Klick auf Jetzt bezahlen steht da nur: Dieses Händlerkonto ist "
                       "gesperrt. Wir haben es mit drei Beträgen probiert."),
    ("critical", "no", "Trykker man på Betal, kommer det opp at brukerstedet er deaktivert. Det "
                       "samme skjer med alle beløp."),
]  # fmt: skip

NEAR_MISSES = [
    ("low", "en", "We have closed our old PayPal account; could you remove the PayPal button "
                  "from the checkout?"),
    ("low", "en", "Could you tell us whether our merchant account will be deactivated if we "
                  "switch to Mollie next month?"),
    ("low", "de", "Unser altes PayPal-Konto haben wir gekündigt, können Sie den Button "
                  "entfernen?"),
    ("low", "nl", "We stappen over op een andere betaalprovider. Kunnen jullie volgende week het "
                  "oude Mollie-account uit de instellingen halen?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
