"""The phone named as the second device, the failure the same there: no limit to the phone.

"Wenn ich unsere Seite aufrufe, kommt nur 'Ihre Verbindung ist nicht privat'. Auf dem Handy
ist es dasselbe" (batch67): the writer tried the computer and then the phone, so "auf dem
Handy" is where it was seen again, not where alone it fails; the site down stays down for all
(critical, `<lang>.cx_same_at_another_place.also_elsewhere`, a widen). German puts the verb
second ("ist es dasselbe"), so its window reaches five words. A failure on the phone only,
with the laptop said to work, stays a limit; a small display fault the same on the phone stays
small.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Wenn ich unsere Seite aufrufe, kommt nur \"Ihre Verbindung ist nicht "
                       "privat\" und man kommt nicht weiter. Auf dem Handy ist es dasselbe."),
    ("critical", "en", "When I open our site it only says \"Your connection is not private\" and "
                       "you can't go on. On mobile it's the same."),
    ("critical", "nl", "Als ik onze site open staat er alleen \"Uw verbinding is niet privé\" en "
                       "je komt niet verder. Op mobiel precies hetzelfde."),
    ("critical", "no", "Når jeg åpner nettsiden vår står det bare \"Tilkoblingen din er ikke "
                       "privat\" og man kommer ikke videre. På mobil det samme."),
]  # fmt: skip

NEAR_MISSES = [
    # the phone only, the laptop said to work: a limited scope
    ("urgent", "de", "Nur auf dem Handy ist die Webseite nicht erreichbar, am Laptop "
                     "funktioniert sie."),
    ("urgent", "en", "Only on mobile is the site down; on my laptop it works fine."),
    ("urgent", "nl", "Alleen op mobiel is de website onbereikbaar, op de laptop werkt hij."),
    # a small display fault the same on the phone stays small
    ("standard", "en", "On my laptop the menu is shifted a bit, on mobile the same."),
    ("standard", "de", "Am Laptop ist das Menü verschoben, auf dem Handy ist es dasselbe."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
