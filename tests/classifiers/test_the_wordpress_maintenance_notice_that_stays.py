"""WordPress's own maintenance notice still on the site hours later ("Kurzzeitig wegen
Wartungsarbeiten nicht verfügbar. Schau in einer Minute noch einmal vorbei.", "Briefly
unavailable for scheduled maintenance. Check back in a minute.", "Kort niet beschikbaar
wegens gepland onderhoud. Kom over een minuut terug.", "Kortvarig utilgjengelig grunnet
planlagt vedlikehold. Sjekk igjen om ett minutt."): an update that hung, the site is down for
everyone, critical (`<lang>.stuck_maintenance`), however politely the writer assumes planned
work ("Ich nehme an, Sie machen gerade Wartung?").

Batch 70 found the German form low: the rule knew "kurzzeitig nicht verfügbar" but not the
notice with "wegen Wartungsarbeiten" inside it, nor its second sentence, and the planning
question read "Wartungsarbeiten" as work to come. The second sentence is now known in German,
English and Norwegian ("ett minutt" too), as it was in Dutch. Work announced for a day to
come stays a question, as does a question about what the notice would say.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", 'Auf unserer Seite steht seit gestern Abend "Kurzzeitig wegen '
                       'Wartungsarbeiten nicht verfügbar. Schau in einer Minute noch einmal '
                       'vorbei." Ich nehme an, Sie machen gerade Wartung? Es steht immer noch da.'),
    ("critical", "de", "Seit heute Morgen kommt nur: Schau in einer Minute noch einmal vorbei. "
                       "Die Eltern finden den Speiseplan nicht mehr."),
    ("critical", "en", 'Since last night the site says "Check back in a minute." I suppose you '
                       "are doing maintenance? It is still there at lunchtime."),
    ("critical", "nl", 'Op onze site staat sinds gisteravond "Kom over een minuut terug." Ik neem '
                       "aan dat jullie onderhoud doen? Het staat er vanmiddag nog steeds."),
    ("critical", "no", 'Siden i går kveld står det bare "Sjekk igjen om ett minutt." på nettsiden. '
                       "Jeg antar dere har vedlikehold? Det står der fortsatt."),
]  # fmt: skip

NEAR_MISSES = [
    # work announced for a day to come: a question, nothing down
    ("low", "de", "Am Sonntag ist die Seite wegen Wartungsarbeiten kurzzeitig nicht verfügbar, "
                  "müssen wir die Eltern vorher informieren?"),
    ("low", "en", "On Sunday the site will be briefly unavailable for scheduled maintenance, "
                  "do we need to tell our members?"),
    # the test site shows it, the live site works
    ("standard", "de", 'Die Testumgebung zeigt seit gestern "Schau in einer Minute noch einmal '
                       'vorbei". Die Live-Seite läuft ganz normal.'),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
