"""A long-ago time in the clause that names the change dates the change, not the trouble.

"It is a spreadsheet with every member's name, home address, date of birth ... and it looks
like the export you made when we moved to the new membership system last week" (batch69, a
member list downloadable by anyone): "last week" read as the time of the exposure, so the
sentence was past and the breach forgotten. A long-ago time in a clause that names a change
(moved, migration, overgestapt, Migration, migreringen) in a sentence told in the present
dates the change; told in the past ("the site was down when we moved it last week") the
sentence stays past.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "It is a spreadsheet with every member's name, home address, date of birth, "
                       "phone number and emergency contact, and it looks like the export you made "
                       "when we moved to the new membership system last week."),
    ("critical", "nl", "Het is een spreadsheet met naam, adres en geboortedatum van elk lid, het "
                       "lijkt de export die jullie maakten toen we vorige week naar het nieuwe "
                       "ledensysteem zijn overgestapt."),
    ("critical", "de", "Es ist eine Tabelle mit Name, Adresse und Geburtsdatum jedes Mitglieds, "
                       "wohl der Export von der Migration letzte Woche."),
    ("critical", "no", "Det er et regneark med navn, adresse og fødselsdato til alle medlemmer, "
                       "sikkert eksporten fra migreringen forrige uke."),
]  # fmt: skip

NEAR_MISSES = [
    # the outage told in the past, beside the change it came with: over
    ("standard", "en", "The site was down for everyone when we moved it to the new host last "
                       "week."),
    ("standard", "en", "When we moved to the new host last week, the shop went down for "
                       "everyone."),
    ("standard", "de", "Die Seite war für alle nicht erreichbar, als ihr sie letzte Woche "
                       "umgezogen habt."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
