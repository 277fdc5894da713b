"""One member of staff cannot log in; all the remaining staff can: standard, not urgent.

The formal Dutch "alle overige medewerkers kunnen zonder problemen inloggen", "de overige
klanten kunnen gewoon inloggen" is "alle andere medewerkers" (`nl.cx_others_fine.single_user`):
one person's account, a minor problem. The same in en, de and no. When the others cannot
log in either, it is a login broken for everyone (urgent beside a working site).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "nl", "Onze medewerker kan sedert gisteren niet meer inloggen op de "
                       "planningsmodule. Alle overige medewerkers kunnen zonder problemen "
                       "inloggen."),
    ("standard", "nl", "Een klant kan sinds maandag niet meer inloggen. De overige klanten "
                       "kunnen gewoon inloggen."),
    ("standard", "en", "One of our staff cannot log in to the planning module since yesterday. "
                       "All the other staff can log in without problems."),
    ("standard", "de", "Ein Mitarbeiter kann sich seit gestern nicht mehr anmelden. Alle "
                       "anderen können sich problemlos anmelden."),
    ("standard", "no", "En ansatt får ikke logget inn siden i går. Alle andre ansatte kommer "
                       "inn uten problemer."),
]  # fmt: skip

NEAR_MISSES = [
    ("urgent", "nl", "Een klant kan niet meer inloggen, en de overige klanten ook niet: "
                     "niemand komt in het klantportaal, de rest van de website werkt wel."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
