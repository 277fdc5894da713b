"""The site unreachable for everyone, in a second-language or machine-translated sentence.

"Our colleagues and our dealers all cannot open the website", "Unsere Händler können alle
die Website nicht öffnen", "Onze dealers kunnen allemaal de website niet openen",
"Forhandlerne våre kan alle ikke åpne nettsiden": "all" before the negation, as writers
carry it over from their first language or a translator renders it, says everyone named
fails to open the site (`<lang>.all_cannot_open_the_site_near`). So does the passive:
"our website is not able to be reached", "die Website ist nicht in der Lage, erreicht zu
werden", "heute kann unsere Website nicht geöffnet werden", "vandaag kan de website niet
geopend worden", "i dag kan nettsiden vår ikke nås" (the site down, critical). One dealer
who cannot open it while the others can is one person; a page that cannot be opened beside
a working site, or a wish the site "is not able" to do something, is no outage.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Good day. Our sales team and our distributors in Spain all cannot open "
                       "the website since this morning."),
    ("critical", "en", "Today our company website is not able to be reached, please repair."),
    ("critical", "de", "Unsere Vertreter in der Schweiz und in Italien können alle die Website "
                       "nicht öffnen."),
    ("critical", "de", "Seit heute ist unsere Homepage nicht in der Lage, erreicht zu werden."),
    ("critical", "de", "Heute früh kann unsere Website nicht mehr aufgerufen werden."),
    ("critical", "nl", "Onze vertegenwoordigers in Frankrijk kunnen allemaal de website niet "
                       "openen."),
    ("critical", "nl", "Sinds vanochtend kan onze webshop niet geopend worden."),
    ("critical", "no", "Selgerne våre i Sverige kan alle ikke åpne nettsiden i dag."),
    ("critical", "no", "I dag kan nettbutikken vår ikke nås, verken fra kontoret eller "
                       "hjemmefra."),
]  # fmt: skip

NEAR_MISSES = [
    ("standard", "en", "One of our dealers cannot open the website, the others can."),
    ("standard", "de", "Einer unserer Händler kann die Website nicht öffnen, alle anderen "
                       "schon."),
    ("standard", "no", "En av forhandlerne kan ikke åpne nettsiden, de andre kan."),
    ("low", "de", "Die Website ist nicht in der Lage, Bestellungen per Rechnung anzunehmen. "
                  "Können Sie das einbauen?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
