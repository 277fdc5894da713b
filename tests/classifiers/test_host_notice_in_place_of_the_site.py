"""The host's notice in place of the site, told in the writer's own words, is the site down for
all: "I only get a message from the hosting company that the account is suspended", "kommer
det bare en melding fra webhotellet om at kontoen er stengt", "Domenet vårt gikk ut i natt"
(`en.cx_host_account_closed_near`, `no.cx_host_account_closed_near`, `no.cx_domain_lapsed`).

Session 14 found these by writing outage reports of its own: at 50d8bb8 the English and
Norwegian host notices and the Norwegian domain told in the past were standard (the Dutch and
German ones were critical). A user's own account ("my PayPal account is suspended", one
customer's account closed after three wrong passwords), the host's word while the site still
works, and a domain that lapsed last year stay below critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "When I open our website I only get a message from the hosting company"
                       " that the account is suspended."),
    ("critical", "en", "Our site just shows a page from the host: this account is suspended."),
    ("critical", "no", "Når jeg åpner nettsiden vår kommer det bare en melding fra webhotellet "
                       "om at kontoen er stengt."),
    ("critical", "no", "Nettsiden viser bare en side fra webhotellet om at kontoen er sperret."),
    ("critical", "no", "Domenet vårt gikk ut i natt, både nettsiden og e-posten er borte."),
]  # fmt: skip

NEAR_MISSES = [
    ("standard", "en", "My PayPal account is suspended, can you remove the PayPal button from "
                       "the shop for now?"),
    ("low", "en", "The host says the account is suspended for an unpaid invoice, but the site "
                  "still works. Can you check?"),
    ("low", "en", "Could you move our hosting? Last year the account was suspended by the old "
                  "host for a day, we never want that again."),
    ("urgent", "no", "En kunde skriver at kontoen er stengt etter tre feil passord. Kan dere "
                     "åpne den igjen?"),
    ("low", "no", "Webhotellet sier kontoen er stengt for ubetalt faktura, men siden virker "
                  "fortsatt. Kan dere sjekke?"),
    ("low", "no", "Domenet vårt gikk ut i fjor, men vi fornyet det med en gang. Nå vil vi bytte"
                  " registrar."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
