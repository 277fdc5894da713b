"""An accounting or ERP integration's 401/403 told as no integration down now: on a test or
staging system, one user's wrong password refused, a wish, a refusal since fixed.

1c45fac's `<lang>.cx_accounting_refuses_access_near` read them as an integration down
(urgent); engine `_drop_refusal_told_aside` (classifiers/steps/refused.py) forgets its matches
in such sentences. The integration refused now stays urgent
(test_accounting_integration_refuses_access.py has 1c45fac's own cases).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # a test system
    ("standard", "en", "In our test system the Xero integration returns 403 Forbidden."),
    ("standard", "de", "Im Testsystem meldet die Schnittstelle zu DATEV 403 Forbidden."),
    ("standard", "nl", "In onze testomgeving geeft de koppeling met e-conomic 403 Forbidden."),
    ("standard", "no", "I testmiljøet gir integrasjonen mot Tripletex 401."),
    # a wish
    ("low", "en", "We would like the Xero integration to show a clear message instead of just "
                  "401 Unauthorized."),
    ("low", "de", "Wir hätten gern, dass die Schnittstelle bei 401 eine verständliche Meldung "
                  "zeigt."),
    ("low", "nl", "We willen graag dat de koppeling bij een 401 een duidelijke melding geeft."),
    ("low", "no", "Vi ønsker at integrasjonen viser en tydelig melding ved 401."),
    # since fixed
    ("low", "en", "Last week the Xero integration returned 401 Unauthorized, that is fixed now."),
    ("low", "no", "Forrige uke ga koblingen til Tripletex 403, det er fikset nå."),
    # one user's wrong password
    ("standard", "en", "When I log in to our accounting with a wrong password I get 403 "
                       "Forbidden."),
    ("standard", "de", "Wenn ich mich mit falschem Passwort in der Buchhaltung anmelde, kommt "
                       "403."),
    ("standard", "nl", "Als ik met een verkeerd wachtwoord inlog in de boekhouding krijg ik 403."),
]  # fmt: skip

NEAR_MISSES = [
    # refused now: an integration down
    ("urgent", "en", "Why does the Xero integration return 403 since Monday? No invoices "
                     "arrive."),
    ("urgent", "de", "Xero meldet seit Montag 401, es kommen keine Rechnungen mehr an."),
    ("urgent", "nl", "We hebben het wachtwoord gisteren veranderd en nu geeft de koppeling met "
                     "Exact Online 401 Unauthorized."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
