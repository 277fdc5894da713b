"""An error for all customers at checkout "whether they enter a voucher or not" ("egal ob ...
oder nicht", "of ze nu ... of niet", "uansett om ... eller ikke"): the error is not tied to
the voucher, nobody can pay (critical), not a voucher redemption failing
(`<lang>.cx_error_on_voucher_redeem_near`, urgent since 37850295).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Since this morning all customers get an error message at checkout, "
                       "whether they enter a voucher or not."),
    ("critical", "en", "Since this morning all customers get an error message at checkout, "
                       "whether or not they enter a voucher."),
    ("critical", "de", "Im Webshop kommt bei allen Kunden eine Fehlermeldung beim Bezahlen, egal "
                       "ob sie einen Gutschein einlösen oder nicht."),
    ("critical", "nl", "In de webshop krijgen alle klanten een foutmelding bij het afrekenen, of "
                       "ze nu een cadeaubon inwisselen of niet."),
    ("critical", "no", "I nettbutikken får alle kunder en feilmelding i kassen, uansett om de "
                       "løser inn et gavekort eller ikke."),
]  # fmt: skip

NEAR_MISSES = [
    # the error comes when the voucher is redeemed: urgent
    ("urgent", "en", "In the webshop all customers get an error message when they redeem a "
                     "voucher."),
    ("urgent", "de", "Im Webshop kommt bei allen Kunden eine Fehlermeldung, wenn sie einen "
                     "Gutschein einlösen."),
    ("urgent", "nl", "In de webshop krijgen alle klanten een foutmelding als ze een cadeaubon "
                     "inwisselen."),
    ("urgent", "no", "I nettbutikken får alle kunder en feilmelding når de løser inn et "
                     "gavekort."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
