"""A failure "not for any customer" reaches everyone: critical, not a limited scope.

"Plattformen laster ikke for noen kunder" was urgent: after a negation in its clause the
Norwegian "noen" is "any", but `no.limited_scope` read "noen kunder" as "some customers"
(`no.not_for_anyone` now widens it back). "The site has not been loading for any customers"
was standard: "not (been) loading" and "not responding" were no total failure of the site,
"for any customers" no scope (`en` classes `total_fail` and `scope_all`). "Kunne ikke laste
inn", "står og laster" and "har ikke svart" are the app's total failure in Norwegian. "Die
App lädt für keinen unserer Kunden" and "de site werkt bij niemand meer" were standard: the
failure lies in the scope word, with no "nicht"/"niet" (`de.cx_works_for_nobody`,
`nl.cx_works_for_nobody`); a feature of the site that works for nobody stays a feature.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "no", "Siden i morges laster ikke nettbutikken for noen kunder."),
    ("critical", "no", "Plattformen virker ikke for noen av brukerne våre siden klokka åtte."),
    ("critical", "no", "Appen har ikke svart på en time for noen av brukerne, den bare står og "
                       "laster."),
    ("critical", "en", "The site has not been loading for any customers since 8 this morning."),
    ("critical", "en", "The app is not responding for any of our users."),
    ("critical", "en", "The shop isn't loading for any of our customers this morning."),
    ("critical", "de", "Die App lädt seit 8 Uhr für keinen unserer Kunden."),
    ("critical", "de", "Seit heute Morgen lädt die Seite für keinen Kunden."),
    ("critical", "de", "Unser Onlineshop öffnet sich für niemanden."),
    ("critical", "nl", "De app laadt sinds 8 uur voor geen enkele klant meer."),
    ("critical", "nl", "Sinds vanochtend laadt de webshop voor geen enkele klant."),
    ("critical", "nl", "De site werkt bij niemand meer."),
]  # fmt: skip

NEAR_MISSES = [
    # without a negation "noen kunder" stays "some customers"
    ("urgent", "no", "Kassen feiler for noen kunder, ikke alle."),
    ("urgent", "en", "The site is not loading for some customers."),
    # a feature on the site that works for nobody is that feature's failure
    ("urgent", "de", "Die Raumbuchung auf der AStA-Seite funktioniert seit gestern für niemanden "
                     "mehr."),
    ("urgent", "nl", "Het formulier op de site werkt bij niemand."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
