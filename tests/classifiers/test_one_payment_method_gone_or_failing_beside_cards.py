"""One payment method failing (SEPA direct debit, Lastschrift, iDEAL, Vipps) while cards work,
or gone from the checkout while the others are there: a major function lost (urgent).

"Seit gestern schlägt die Zahlung per Lastschrift im Checkout fehl": "fehlschlagen" with its
particle at the clause's end (`de.cx_payment_fails_apart_near`); "Die Lastschrift geht seit heute
nicht mehr", "SEPA-Lastschrift funktioniert ... nicht": the direct debit with its article or as
"SEPA-Lastschrift" in `de.checkout_verb_apart` (scripts/verb_apart_rules.py). Both are a payment
that fails (critical), a step down beside "Kreditkarte funktioniert noch".
"PayPal no longer shows up as a payment option at checkout", "Klarna ist aus dem Checkout
verschwunden": `<lang>.cx_pay_method_gone_near` (urgent); its words ("verschwunden ...
Checkout") are no checkout gone (classifiers/decide.py `_without_mail_words`). A wish for
another method stays low; every payment failing stays critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # failing while cards work
    ("urgent", "en", "SEPA direct debit payments fail at checkout since yesterday, customers get "
                     "an error. Card payments still work."),
    ("urgent", "de", "Seit gestern schlägt die Zahlung per Lastschrift im Checkout fehl, die "
                     "Kunden bekommen eine Fehlermeldung. Kreditkarte funktioniert noch."),
    ("urgent", "de", "SEPA-Lastschrift geht seit heute nicht mehr, Kartenzahlung klappt."),
    ("urgent", "de", "Die Lastschrift geht seit heute nicht mehr, Kartenzahlung klappt."),
    ("urgent", "de", "SEPA-Lastschrift funktioniert seit heute nicht mehr, mit Kreditkarte klappt "
                     "es."),
    ("urgent", "nl", "Betalen met iDEAL mislukt sinds vanochtend, klanten krijgen een foutmelding. "
                     "Met creditcard lukt het wel."),
    ("urgent", "no", "Betaling med Vipps feiler i kassen siden i morges, kundene får en "
                     "feilmelding. Kort fungerer fortsatt."),
    # gone from the checkout
    ("urgent", "en", "PayPal no longer shows up as a payment option at checkout since yesterday. "
                     "Card payments work."),
    ("urgent", "en", "Klarna has disappeared from the checkout, customers can only pay by card "
                     "now."),
    ("urgent", "de", "PayPal wird seit gestern im Checkout nicht mehr als Zahlungsart angezeigt. "
                     "Kartenzahlung geht."),
    ("urgent", "de", "Klarna ist aus dem Checkout verschwunden, die Kunden können nur noch mit "
                     "Karte zahlen."),
    ("urgent", "nl", "iDEAL wordt sinds gisteren niet meer getoond als betaalmethode bij het "
                     "afrekenen. Creditcard werkt wel."),
    ("urgent", "nl", "Klarna is verdwenen uit de checkout, klanten kunnen alleen nog met "
                     "creditcard betalen."),
    ("urgent", "no", "Vipps vises ikke lenger som betalingsmåte i kassen siden i går. Kortbetaling "
                     "fungerer."),
    ("urgent", "no", "Klarna har forsvunnet fra kassen, kundene kan bare betale med kort nå."),
]  # fmt: skip

NEAR_MISSES = [
    # a method wished for
    ("low", "en", "Could you add Klarna as a payment option at checkout?"),
    ("low", "de", "Könnten Sie Klarna als Zahlungsart im Checkout hinzufügen?"),
    ("low", "nl", "Kunnen jullie Klarna toevoegen als betaalmethode bij het afrekenen?"),
    ("low", "no", "Kan dere legge til Klarna som betalingsmåte i kassen?"),
    # every payment failing
    ("critical", "de", "Seit gestern schlägt jede Zahlung im Checkout fehl, kein Kunde kommt "
                       "durch."),
    # "schlägt nicht fehl"
    ("standard", "de", "Die Zahlung schlägt nicht fehl, nur die Bestätigungsmail fehlt bei einer "
                       "Kundin."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
