"""Bank details or a login email changed on accounts whose owners say it wasn't them: a breach.

"Heute Nacht wurden bei mindestens neun Händlerkonten die Login-E-Mail-Adresse und die
Bankverbindung für die Auszahlung geändert ..., von Händlern, die das nachweislich nicht selbst
waren" and "een melding 'Je uitbetaalrekening is gewijzigd', terwijl ze zelf niets hebben
aangepast" (batch68): the payout account changed and its owners deny it, someone has taken the
accounts over (`<lang>.cx_account_changed_not_by_owner_near`: the details, the change, the
denial, in one sentence). Owners who changed their own details, or details that did not
change, are no breach.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Heute Nacht wurden bei mindestens neun Händlerkonten die "
                       "Login-E-Mail-Adresse und die Bankverbindung für die Auszahlung geändert, "
                       "von Händlern, die das nachweislich nicht selbst waren. Zwei Händler "
                       "können sich nicht mehr einloggen."),
    ("critical", "nl", "Zes verkopers kregen een melding \"Je uitbetaalrekening is gewijzigd\", "
                       "terwijl ze zelf niets hebben aangepast."),
    ("critical", "no", "Kontonummeret for utbetaling er endret på ni selgerkontoer, og ingen av "
                       "dem har gjort det selv."),
    ("critical", "en", "The payout bank details of nine seller accounts were changed overnight, "
                       "and the sellers say they didn't do it."),
]  # fmt: skip

NEAR_MISSES = [
    # the owners changed their own details: a payout to the old account is a bug, no breach
    ("standard", "de", "Die Händler haben ihre Bankverbindung selbst geändert, aber im Shop "
                       "steht noch die alte."),
    ("standard", "nl", "De verkopers hebben hun rekeningnummer zelf gewijzigd, maar de "
                       "uitbetaling gaat nog naar het oude."),
    ("standard", "no", "Selgerne har endret kontonummeret selv, men utbetalingen går fortsatt "
                       "til det gamle."),
    ("standard", "en", "The sellers changed their bank details themselves, but the payout still "
                       "goes to the old account."),
    # nothing changed
    ("standard", "de", "Die Bankverbindung wurde nicht geändert, obwohl keiner von uns das "
                       "wollte, die Auszahlung geht an das alte Konto."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
