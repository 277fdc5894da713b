"""A checkout that sends paying customers to a domain that is not the payment provider's: a
hijacked checkout (a compromise, critical: card data goes to strangers).

"Customers end up on secure-pay-checkout.com in the address bar instead of Stripe":
`<lang>.cx_pay_lands_elsewhere_near` (the paying, where they land, the provider they should
have reached); "a payment page on an unknown domain": `<lang>.cx_pay_on_strange_domain_near`.
The address's dots end no sentence where a preposition or an "instead" follows it ("steht
plötzlich secure-pay-checkout.com in der Adresszeile statt Stripe", classifiers/words.py
`_ADDRESS_GOES_ON`). A wish for the payment page on the shop's own domain stays low, as does
"so einrichten, dass" / "zo instellen dat" (the split "so that" of a request).
"""

from __future__ import annotations

from classifiers.scan import BOUNDARY
from classifiers.words import _tokens
from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Hi, customers tell us that when they click pay they end up on "
                       "secure-pay-checkout.com in the address bar instead of Stripe. That is not "
                       "our domain. Please check urgently."),
    ("critical", "en", "Our checkout now sends customers to a payment page on an unknown domain "
                       "(securepay-checkout.net) instead of Mollie. Several have entered their "
                       "card details there."),
    ("critical", "en", "When paying, customers are redirected to an unknown domain."),
    ("critical", "de", "Hallo, Kunden berichten, dass sie beim Bezahlen auf "
                       "secure-pay-checkout.com landen statt bei Stripe. Das ist nicht unsere "
                       "Domain. Bitte dringend prüfen."),
    ("critical", "de", "Unser Checkout leitet die Kunden zum Bezahlen auf eine fremde Domain "
                       "(secure-pay-checkout.com) weiter statt zu PayPal. Einige haben dort ihre "
                       "Kartendaten eingegeben."),
    ("critical", "de", "Beim Bezahlen steht bei den Kunden plötzlich secure-pay-checkout.com in "
                       "der Adresszeile statt Stripe."),
    ("critical", "nl", "Hoi, klanten zeggen dat ze bij het afrekenen op secure-pay-checkout.com "
                       "terechtkomen in plaats van bij Mollie. Dat is niet ons domein. Graag "
                       "dringend kijken."),
    ("critical", "nl", "Onze checkout stuurt klanten om te betalen naar een betaalpagina op een "
                       "onbekend domein (secure-pay-checkout.com) in plaats van iDEAL via Mollie."),
    ("critical", "nl", "Bij het betalen staat er bij klanten ineens secure-pay-checkout.com in de "
                       "adresbalk in plaats van Stripe."),
    ("critical", "no", "Hei, kunder sier at de havner på secure-pay-checkout.com når de skal "
                       "betale, i stedet for Stripe. Det er ikke vårt domene. Se på dette "
                       "snarest."),
    ("critical", "no", "Kundene blir sendt til et ukjent domene når de skal betale."),
    ("critical", "no", "Når kundene betaler står det plutselig secure-pay-checkout.com i "
                       "adressefeltet i stedet for Stripe."),
]  # fmt: skip

NEAR_MISSES = [
    # the payment page on the shop's own domain, wished for
    ("low", "en", "Could you set it up so that customers who pay end up on our own domain instead "
                  "of Stripe?"),
    ("low", "de", "Können Sie es so einrichten, dass Kunden beim Bezahlen auf unserer eigenen "
                  "Domain landen statt bei Stripe?"),
    ("low", "nl", "Kunnen jullie het zo instellen dat klanten bij het betalen op ons eigen domein "
                  "terechtkomen in plaats van bij Mollie?"),
    ("low", "no", "Kan dere sette det opp slik at kundene havner på vårt eget domene når de "
                  "betaler, i stedet for Stripe?"),
    ("low", "en", "Could you change the payment page so that our own domain shows instead of "
                  "checkout.stripe.com? Customers sometimes ask about it."),
    ("low", "de", "Können Sie die Zahlungsseite so einrichten, dass unsere eigene Domain statt "
                  "checkout.stripe.com angezeigt wird?"),
    # another domain asked about, not met
    ("low", "en", "We would like to know whether paying on a different domain instead of Stripe is "
                  "possible."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)


def test_an_address_the_sentence_goes_on_after_ends_no_sentence() -> None:
    assert BOUNDARY not in _tokens("steht plötzlich secure-pay-checkout.com in der Adresszeile")
    assert BOUNDARY not in _tokens("staat secure-pay-checkout.com in plaats van Stripe")
    # the address before a verb, and one that ends its sentence, keep their reading
    assert BOUNDARY in _tokens("The public website example.eu is working")
    assert _tokens("Visit example.com. In the meantime").count(BOUNDARY) == 2
