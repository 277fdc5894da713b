"""A hijacked checkout whose mail only looks like one that tells no hijack.

d356b335's `_drop_pay_elsewhere_not_hijacked` (classifiers/steps/diverted.py) forgot these real
hijacks (a review's probes): a look-alike domain that starts with or holds a provider's name
("paypal.com-secure-checkout.net"), a fake provider page or the page they should have reached
("a fake PayPal page", "in plaats van de pagina van Mollie"), newsletter or "hackers can" words
in a report that is no newsletter, a test shop named as the one that works, a request for the
fix ("We would like it fixed"), an attacker's intent ("Someone deliberately changed"), and a
short "X is fixed now" about another matter. The provider switches, plans, wishes, test shops,
fixes and newsletters stay dropped (test_a_checkout_sent_elsewhere_that_is_no_hijack.py).
"""

from __future__ import annotations

import pytest

from classifiers.engine import classify
from classifiers.model import MessageText
from classifiers.steps.diverted import _DIVERTED
from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # a look-alike domain is no provider's own
    ("critical", "en", "Since this morning customers land on paypal.com-secure-checkout.net "
                       "instead of PayPal when they pay."),
    ("critical", "de", "Seit heute früh landen Kunden beim Bezahlen auf "
                       "paypal.de-sicher-zahlen.com statt bei PayPal."),
    ("critical", "en", "Since this morning customers land on stripe-payments-secure.com instead "
                       "of Stripe when they pay."),
    ("critical", "en", "Since this morning customers land on mollie.com.pay-verify.net "
                       "instead of Mollie when they pay."),
    ("critical", "no", "Siden i morges havner kundene på vipps.no-betaling-sikker.com når de skal "
                       "betale, i stedet for Vipps."),
    # a fake provider page, or the page they should have reached
    ("critical", "en", "Since an hour customers land on a fake PayPal page on a strange domain "
                       "when they pay, please help!"),
    ("critical", "de", "Seit heute Morgen landen Kunden beim Bezahlen auf einer fremden Domain, "
                       "eine gefälschte PayPal-Seite."),
    ("critical", "nl", "Sinds vanochtend komen klanten bij het afrekenen op een onbekend domein "
                       "terecht, een nep-pagina van Mollie."),
    ("critical", "no", "Siden i morges blir kundene sendt til et ukjent domene når de skal "
                       "betale, en falsk Vipps-side."),
    ("critical", "nl", "Sinds vanochtend komen klanten bij het afrekenen op een onbekend domein "
                       "terecht in plaats van de pagina van Mollie."),
    ("critical", "en", "Since this morning customers land on an unknown domain when they pay "
                       "instead of PayPal's page."),
    # newsletter or "hackers can" words in a report that is no newsletter
    ("critical", "en", "Since this morning when paying customers are redirected to an unknown "
                       "domain. I got your security newsletter last week but this is real."),
    ("critical", "en", "When paying customers are redirected to an unknown domain, I think "
                       "hackers can do that with a plugin? Please look now."),
    ("critical", "de", "Seit heute Morgen leitet der Checkout beim Bezahlen auf eine fremde Domain "
                       "weiter. Ihren Newsletter dazu habe ich gelesen, aber das hier ist echt."),
    ("critical", "nl", "Sinds vanochtend worden klanten bij het betalen doorgestuurd naar een "
                       "onbekend domein. Jullie nieuwsbrief heb ik gelezen, maar dit is echt."),
    ("critical", "no", "Siden i morges blir kundene sendt til et ukjent domene når de skal "
                       "betale. Jeg leste nyhetsbrevet deres, men dette er ekte."),
    # the test shop is the one that works
    ("critical", "en", "Our test shop is fine, but in the live shop paying customers are "
                       "redirected to an unknown domain since this morning."),
    ("critical", "en", "In the test shop it works, live it goes to a strange domain when "
                       "customers pay."),
    ("critical", "nl", "In de testwinkel werkt het, maar live worden klanten bij het betalen "
                       "doorgestuurd naar een onbekend domein."),
    # a request for the fix, an attacker's intent
    ("critical", "en", "We would like it fixed today: when paying customers are redirected to "
                       "an unknown domain."),
    ("critical", "nl", "Sinds vanochtend komen klanten bij het afrekenen op een onbekend domein "
                       "terecht, wij willen dat jullie het direct oplossen."),
    ("critical", "no", "Siden i morges blir kundene sendt til et ukjent domene når de skal "
                       "betale, vi vil at dere fikser det nå."),
    ("critical", "de", "Seit heute Morgen leitet der Checkout beim Bezahlen auf eine fremde "
                       "Domain weiter, wir möchten, dass Sie das sofort beheben."),
    ("critical", "en", "Someone deliberately changed our checkout, when paying customers are "
                       "redirected to an unknown domain now."),
]  # fmt: skip

NEAR_MISSES = [
    # a provider's real host or subdomain is still its own
    ("standard", "de", "Seit gestern landen Kunden beim Bezahlen auf paypal.de statt bei "
                       "Stripe, wie geplant."),
    ("standard", "nl", "Sinds gisteren komen klanten bij het afrekenen op mollie.com terecht in "
                       "plaats van bij Stripe, precies zoals gepland."),
    # a newsletter that says so in its opening still drops
    ("standard", "en", "Security newsletter: hackers can make a checkout send customers to an "
                       "unknown domain when they pay."),
    # a test shop as the place of the redirect still drops
    ("standard", "de", "In unserem Testsystem leitet der Checkout beim Bezahlen auf eine fremde "
                       "Domain weiter."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)


# a short "X is fixed now" about another matter keeps the hijack found (the mail's level is
# still lowered by `<lang>.resolved`, as before d356b335; the drop no longer forgets it)
FIXED_ANOTHER_MATTER = [
    ("en", "Since this morning when paying customers are redirected to an unknown domain. Our "
           "SSL issue is fixed now."),
    ("de", "Seit heute Morgen leitet der Checkout beim Bezahlen auf eine fremde Domain weiter. "
           "Das Login-Problem ist inzwischen behoben."),
    ("nl", "Sinds vanochtend worden klanten bij het betalen doorgestuurd naar een onbekend "
           "domein. Het inlogprobleem is inmiddels opgelost."),
    ("no", "Siden i morges blir kundene sendt til et ukjent domene når de skal betale. "
           "Innloggingsfeilen er fikset nå."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), FIXED_ANOTHER_MATTER)
def test_a_fix_of_another_matter_keeps_the_hijack_found(lang: str, text: str) -> None:
    got = classify(MessageText(body=text, language=lang))
    assert any(r.id.endswith(_DIVERTED) for r in got.rules), [(r.id, r.matched) for r in got.rules]
    assert got.severity != "low"
