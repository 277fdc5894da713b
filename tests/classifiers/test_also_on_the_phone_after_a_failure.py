"""The same failure on the phone too, said after the failure's own "not".

"Seite nicht erreichbar, auf dem Handy auch", "the site can't be reached, on my phone too",
"niet bereikbaar, op mijn telefoon ook", "svarer ikke, på mobilen også": the trailing
"also/too" widens the failure to the phone, but the negation of the failure just before it
cancelled the widen cue, so "auf dem Handy" was read as a mobile-only scope and a site down
for everyone went one step down to urgent. The negation belongs to the failure, not to the
device. A failure on the phone beside a device where it works stays limited.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Der Onlineshop ist seit heute früh komplett weg, es kommt nur Seite "
                       "nicht erreichbar auf dem Handy auch. Bitte dringend zurückrufen."),
    ("critical", "de", "Unser Shop ist seit heute Morgen nicht erreichbar, auf dem Laptop auch "
                       "nicht. Bitte schauen Sie sich das an."),
    ("critical", "en", "Our shop is completely gone, the site can't be reached on my phone too, "
                       "please call me back."),
    ("critical", "nl", "De webshop is helemaal weg, de site is niet bereikbaar op mijn telefoon "
                       "ook. Bel me even terug."),
    ("critical", "no", "Nettbutikken er helt borte, siden svarer ikke på mobilen også. Ring meg "
                       "tilbake."),
]  # fmt: skip

NEAR_MISSES = [
    ("standard", "de", "Nur auf dem Handy lädt der Shop nicht, am Laptop funktioniert alles."),
    ("standard", "en", "Only on my phone does the shop fail to load; on the laptop everything "
                       "works."),
    ("urgent", "nl", "De site laadt niet op mijn telefoon, op de laptop werkt alles."),
    ("urgent", "no", "Siden laster ikke på mobilen, på PC-en fungerer alt."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
