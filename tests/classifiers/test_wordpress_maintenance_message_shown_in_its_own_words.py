"""WordPress's own maintenance message, in Dutch and Norwegian, shown instead of the site.

"Website staat al 4 uur op 'Kort niet beschikbaar wegens gepland onderhoud'": the message a
stuck update leaves on every page was known in English and German only; in Dutch its "gepland
onderhoud" read as a question about planned work (low). `nl.stuck_maintenance` and
`no.stuck_maintenance` know the message in their language.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "nl", "Onze webshop staat al de hele nacht op 'Kort niet beschikbaar wegens "
                       "gepland onderhoud'."),
    ("critical", "no", "Nettbutikken har vist «Kortvarig utilgjengelig grunnet planlagt "
                       "vedlikehold» siden klokka tre i natt."),
]  # fmt: skip

NEAR_MISSES = [
    # a question about maintenance still to come
    ("low", "nl", "Wanneer is het volgende geplande onderhoud? Moeten we dan een melding op de "
                  "site zetten?"),
    ("low", "no", "Når er neste planlagte vedlikehold? Bør vi varsle kundene på forhånd?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
