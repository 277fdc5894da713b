"""A checkout said to send paying customers elsewhere that is no hijacked checkout.

128c5e0's `<lang>.cx_pay_lands_elsewhere_near` and `<lang>.cx_pay_on_strange_domain_near`
(critical, were made not demotable) read these as a hijacked checkout: a payment provider's own
domain as where they land ("land on mollie.com instead of Stripe ..., exactly as planned"), a
switch planned or wished, a test or staging shop, a past fixed, a newsletter about such attacks
(engine `_drop_pay_elsewhere_not_hijacked`, classifiers/steps/diverted.py). The hijack itself
stays critical (test_a_checkout_that_sends_customers_to_a_strange_domain.py).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # a provider switched, as planned
    ("standard", "en", "Since yesterday customers land on mollie.com instead of Stripe when they "
                       "pay, exactly as planned, thanks!"),
    ("standard", "de", "Seit gestern landen Kunden beim Bezahlen auf mollie.com statt bei Stripe, "
                       "wie geplant, danke!"),
    ("standard", "nl", "Sinds gisteren komen klanten bij het afrekenen op mollie.com terecht in "
                       "plaats van bij Stripe, precies zoals gepland, bedankt!"),
    ("standard", "no", "Siden i går havner kundene på vipps.no når de skal betale i stedet for "
                       "Stripe, akkurat som planlagt, takk!"),
    ("standard", "en", "When paying, customers are now redirected to paypal.com instead of "
                       "Stripe, as we planned."),
    # a wish
    ("low", "en", "We'd like the checkout to send customers to PayPal's page"),
    ("low", "nl", "We willen graag dat klanten bij het afrekenen op de pagina van PayPal "
                  "terechtkomen in plaats van bij Stripe."),
    ("low", "de", "Wir möchten, dass die Kunden beim Bezahlen auf mollie.com landen statt bei "
                  "Stripe."),
    ("low", "no", "Vi vil gjerne at kundene havner på klarna.no når de betaler, i stedet for "
                  "Stripe."),
    # a test or staging shop
    ("standard", "en", "In our test shop the checkout goes to a strange domain"),
    ("standard", "de", "In unserem Testshop leitet der Checkout beim Bezahlen auf eine fremde "
                       "Domain weiter."),
    ("standard", "nl", "In onze testwinkel worden klanten bij het betalen doorgestuurd naar een "
                       "onbekend domein."),
    ("standard", "no", "I testbutikken vår blir kundene sendt til et ukjent domene når de skal "
                       "betale."),
    # a past, fixed
    ("standard", "en", "Last week the checkout redirected to a strange domain, fixed now."),
    ("low", "en", "Last week the checkout redirected to a strange domain. It is fixed now."),
    ("low", "de", "Letzte Woche leitete der Checkout beim Bezahlen auf eine fremde Domain weiter, "
                  "inzwischen behoben."),
    ("low", "nl", "Vorige week werden klanten bij het betalen doorgestuurd naar een onbekend "
                  "domein, dat is inmiddels opgelost."),
    ("low", "no", "Forrige uke ble kundene sendt til et ukjent domene når de skulle betale, det "
                  "er fikset nå."),
    # a newsletter about such attacks
    ("standard", "en", "Phishing awareness newsletter: criminals can make a checkout send "
                       "customers to an unknown domain when they pay."),
    ("standard", "de", "Newsletter: Kriminelle lassen den Checkout die Kunden beim Bezahlen auf "
                       "eine fremde Domain umleiten statt zu Stripe."),
    ("standard", "nl", "Nieuwsbrief: criminelen laten de checkout klanten bij het betalen "
                       "doorsturen naar een onbekend domein."),
    ("standard", "no", "Nyhetsbrev: svindlere får kassen til å sende kundene til et ukjent domene "
                       "når de skal betale."),
]  # fmt: skip

NEAR_MISSES = [
    # a strange domain that is no provider's, now: still a hijack
    ("critical", "en", "Since this morning customers who pay land on checkout-secure-pay.net "
                       "instead of Stripe. Help!"),
    ("critical", "de", "Seit heute Morgen landen Kunden beim Bezahlen auf zahlung-sicher.net statt "
                       "bei PayPal."),
    # a fix asked for, or of something else
    ("critical", "en", "When paying, customers are redirected to an unknown domain. Please get "
                       "this fixed asap!"),
    ("critical", "en", "We fixed the login last week, but now when paying customers are "
                       "redirected to an unknown domain."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
