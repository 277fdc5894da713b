"""An outage over, told with a word of mood or time between the verb and "again" ("jetzt läuft
aber alles wieder", "inzwischen läuft er zum Glück wieder", "nu werkt gelukkig alles weer",
"inmiddels doet hij het gelukkig weer", "nå virker heldigvis alt igjen"): the outage is over
(an incident to look into, standard), nobody to page at night.

Session 45 found it beside batch 45 (replies saying the shop is back, "der Shop läuft wieder",
before a new problem): `<lang>.resolved` allowed only a subject and "jetzt", "nu", "nå" between
the verb and "wieder", "weer", "igjen", so "Jetzt läuft aber alles wieder" left the night's
outage standing as critical; and `de.new_problem_cue` read its "jetzt ... aber" as a new problem.
The regexes now allow up to three such words (not "nicht", "niet", "ikke": "geht aber wieder
nicht" is broken again); a new-problem cue made of an over cue's words is forgotten; and a "but"
a few words into the next sentence ("Seitdem fehlen allerdings ...") opens a new report with
half a signal, as a new-problem cue does.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "de", "Der Shop war heute Nacht down. Jetzt läuft aber alles wieder, danke!"),
    ("standard", "de", "Der Shop war heute Nacht nicht erreichbar. Inzwischen läuft er zum Glück "
                       "wieder."),
    ("standard", "de", "Der Shop war heute Nacht nicht erreichbar, jetzt funktioniert er aber "
                       "wieder."),
    ("standard", "nl", "De webshop lag vannacht plat. Nu werkt gelukkig alles weer."),
    ("standard", "nl", "De webshop lag vannacht plat. Inmiddels doet hij het gelukkig weer."),
    ("standard", "no", "Nettbutikken var nede i natt. Nå virker heldigvis alt igjen."),
]  # fmt: skip

NEAR_MISSES = [
    # broken again: the outage now
    ("critical", "de", "Der Shop lief kurz, jetzt geht aber alles wieder nicht, für alle Kunden "
                       "nicht erreichbar."),
    ("critical", "nl", "Hij deed het gelukkig even, maar nu ligt de webshop weer plat voor "
                       "iedereen."),
    # back, and a new problem after it
    ("standard", "de", "Danke, der Shop läuft wieder. Jetzt sehe ich aber, dass die Suche nichts "
                       "findet."),
    ("standard", "de", "Unsere Seite war heute Nacht eine Zeit lang weg, jetzt funktioniert sie "
                       "aber wieder. Seitdem fehlen in der Fotogalerie allerdings alle "
                       "Vorschaubilder, man sieht nur leere Rahmen."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
