"""The accounting or ERP integration refused with 401/403 (Exact Online, DATEV, Tripletex, Xero,
e-conomic): nothing (invoices, orders) is transferred, an integration down (urgent),
`<lang>.cx_accounting_refuses_access_near`.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "Since Monday the link to Exact Online fails with a 401 Unauthorized, no "
                     "invoices are transferred."),
    ("urgent", "en", "The Xero integration returns 403 Forbidden on every sync, our invoices are "
                     "not coming across."),
    ("urgent", "de", "Die Schnittstelle zu DATEV meldet nur noch 403 Forbidden, die Rechnungen "
                     "kommen dort nicht an."),
    ("urgent", "de", "Xero meldet seit Montag 401, es kommen keine Rechnungen mehr an."),
    ("urgent", "de", "Seit Montag schlägt die Übertragung an DATEV mit 401 fehl, es werden keine "
                     "Rechnungen übertragen."),
    ("urgent", "nl", "De koppeling met e-conomic geeft 403 Forbidden, facturen komen niet meer "
                     "over."),
    ("urgent", "nl", "e-conomic geeft 401 Unauthorized, er komen geen facturen meer door."),
    ("urgent", "no", "Siden mandag feiler integrasjonen mot Tripletex med 401, ingen fakturaer "
                     "blir overført."),
    ("urgent", "no", "Koblingen til e-conomic gir 403 Forbidden, fakturaene kommer ikke over til "
                     "regnskapet."),
]  # fmt: skip

NEAR_MISSES = [
    # a page's 403, no integration
    ("standard", "en", "The link to our price list gives a 403 Forbidden, the other pages are "
                       "fine."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
