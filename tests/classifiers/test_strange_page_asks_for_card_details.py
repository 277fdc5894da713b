"""Visitors sent to a strange page that asks for their card is phishing, a breach: "Unsere
Seite leitet auf eine russische Seite weiter, die Kreditkartendaten abfragt", "Onze site stuurt
bezoekers door naar een Russische pagina die om kaartgegevens vraagt", "sender besøkende videre
til en russisk side som ber om kortopplysninger" (`<lang>.cx_redirect_asks_card_details_near`).

Session 14 found these by writing reports of its own: at 50d8bb8 the German, Dutch and
Norwegian ones were standard. The English one was critical through `en.breach_duty`'s bare
"asks for card details", which also paged for the payment provider every checkout sends its
customers to ("customers go to Stripe, which asks for card details. Can we add our logo
there?"); so did German "Kreditkartendaten abgefragt". Those bare phrases are gone (no mail of
the corpora or batches 30-44 changed level); the page must be a strange one.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Our web shop redirects to a page in Russian asking for card details."),
    ("critical", "de", "Unsere Seite leitet auf eine russische Seite weiter, die "
                       "Kreditkartendaten abfragt."),
    ("critical", "nl", "Onze site stuurt bezoekers door naar een Russische pagina die om "
                       "kaartgegevens vraagt."),
    ("critical", "no", "Nettsiden vår sender besøkende videre til en russisk side som ber om "
                       "kortopplysninger."),
]  # fmt: skip

NEAR_MISSES = [
    ("low", "en", "At checkout customers go to Stripe, which asks for card details. Can we add "
                  "our logo there?"),
    ("low", "de", "Beim Bezahlen werden die Kunden zu Stripe weitergeleitet, dort werden die "
                  "Kreditkartendaten abgefragt. Können wir das Logo dort ändern?"),
    ("low", "nl", "Bij het afrekenen worden klanten naar Mollie doorgestuurd, die vraagt om "
                  "kaartgegevens. Kan ons logo daar erbij?"),
    ("low", "no", "I kassen blir kundene sendt videre til Nets som ber om kortopplysninger. Kan"
                  " vi få logoen vår der?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
