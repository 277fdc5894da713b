"""An error that comes for all customers when they redeem a voucher: redeeming vouchers fails,
a major function lost (urgent), not the shop down.

"Im Webshop kommt bei allen Kunden eine Fehlermeldung, wenn sie einen Gutschein einlösen" was
critical (since e180ca4 "Webshop" is a site word, and "Webshop ... Fehlermeldung" beside "bei
allen Kunden" added up to an outage; "Im Shop ..." was critical before). The error said to
come when a voucher is redeemed (`<lang>.cx_error_on_voucher_redeem_near`) makes the critical
matches made with the error's own word ("Webshop ... Fehlermeldung", "all customers ...
error") and the bare scope words ("bei allen Kunden") count as urgent (decide
`_without_voucher_error_words`). The shop said down, nobody able to pay, or the checkout's
white page beside it stay critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "de", "Im Webshop kommt bei allen Kunden eine Fehlermeldung, wenn sie einen "
                     "Gutschein einlösen."),
    ("urgent", "de", "Im Shop kommt bei allen Kunden eine Fehlermeldung, wenn sie einen "
                     "Gutschein einlösen."),
    ("urgent", "en", "In the webshop all customers get an error message when they redeem a "
                     "voucher."),
    ("urgent", "nl", "In de webshop krijgen alle klanten een foutmelding als ze een cadeaubon "
                     "inwisselen."),
    ("urgent", "no", "I nettbutikken får alle kunder en feilmelding når de løser inn et "
                     "gavekort."),
]  # fmt: skip

NEAR_MISSES = [
    # the shop down, or nobody paying, beside the voucher
    ("critical", "de", "Der Webshop ist für alle Kunden komplett down, auch Gutscheine einlösen "
                       "geht nicht, nur Fehlermeldung."),
    ("critical", "en", "Nobody can pay in the webshop; all customers get an error message, also "
                       "when they redeem a voucher."),
    ("critical", "de", "Die Kasse zeigt für alle nur eine weiße Seite. Außerdem kommt eine "
                       "Fehlermeldung, wenn man einen Gutschein einlöst."),
    # no voucher named: the webshop's error for all
    ("critical", "de", "Im Webshop kommt bei allen Kunden eine Fehlermeldung."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
