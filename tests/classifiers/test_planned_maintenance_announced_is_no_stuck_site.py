"""Planned maintenance announced for a later day is no site stuck in maintenance.

"De site is zondag niet beschikbaar wegens gepland onderhoud van de hostingpartij. Kunnen
jullie een melding op de homepage zetten?" tells of work to come and asks for a notice (low).
`nl.stuck_maintenance` had taken "niet beschikbaar wegens gepland onderhoud" for WordPress's
message ("Kort niet beschikbaar wegens gepland onderhoud. Kom over een minuut terug."); it now
knows that message by its own words or quoted, as `no.stuck_maintenance` does the Norwegian one.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "nl", "Onze webshop staat al de hele nacht op 'Kort niet beschikbaar wegens "
                       "gepland onderhoud'."),
    ("critical", "nl", "Sinds de update staat er alleen nog „Tijdelijk niet beschikbaar wegens "
                       "gepland onderhoud“ op de site."),
    ("critical", "nl", "Op de site staat: Tijdelijk niet beschikbaar wegens gepland onderhoud. "
                       "Kom over een minuut terug. Dat staat er al sinds vanochtend."),
    ("critical", "no", "Nettbutikken har vist «Kortvarig utilgjengelig grunnet planlagt "
                       "vedlikehold» siden klokka tre i natt."),
    ("critical", "no", "Nettsiden viser «Utilgjengelig på grunn av planlagt vedlikehold» siden "
                       "i går."),
]  # fmt: skip

NEAR_MISSES = [
    ("low", "nl", "De site is zondag niet beschikbaar wegens gepland onderhoud van de "
                  "hostingpartij. Kunnen jullie een melding op de homepage zetten?"),
    ("low", "nl", "Volgende week is de webshop een uur niet beschikbaar vanwege gepland "
                  "onderhoud. Kunnen jullie dat in de nieuwsbrief zetten?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
