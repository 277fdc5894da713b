"""A filter on a calendar, a blog or an archive that lists nothing ("der Filter nach
Jahrgangsstufe liefert keine Einträge mehr", "the year-group filter returns no entries", "het
leerjaarfilter toont geen activiteiten", "kategorifilteret viser ingen innlegg"), asked about
politely: the table's "search/filter shows nothing" (standard), not a question (low).

Session 44 found it in batch 44 (a school's calendar filter, "Ich bitte um Prüfung", read as
low): `<lang>.filter_shows_nothing_near` knew a shop's filter showing no products or results,
not the entries, events, posts or dates a calendar, blog or archive lists, nor compound filter
names ("Ortsfilter", "categoriefilter", "kategorifilteret") and "filtrerer".
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "de", "Im Terminkalender liefert der Filter nach Jahrgangsstufe keine Einträge "
                       "mehr, obwohl Termine eingetragen sind. Ich bitte um Prüfung."),
    ("standard", "de", "Der Ortsfilter im Veranstaltungskalender zeigt keine Veranstaltungen mehr"
                       " an. Könnten Sie bitte einmal nachsehen?"),
    ("standard", "en", "The year-group filter on our events calendar now returns no entries. "
                       "Would you mind checking?"),
    ("standard", "en", "If you filter the blog by category you get no posts, although there are "
                       "plenty. Would you mind checking?"),
    ("standard", "nl", "Het leerjaarfilter in de agenda toont geen activiteiten meer. Zouden "
                       "jullie dat willen bekijken?"),
    ("standard", "nl", "Het categoriefilter op het blog toont geen berichten meer. Zouden jullie "
                       "dat willen bekijken?"),
    ("standard", "no", "Filtrerer man kalenderen på trinn så kommer det ingen arrangementer. Kan "
                       "dere se på det når dere har tid?"),
    ("standard", "no", "Kategorifilteret på bloggen viser ingen innlegg lenger. Kunne dere tatt "
                       "en titt?"),
]  # fmt: skip

NEAR_MISSES = [
    # a filter asked for: a new feature (low)
    ("low", "en", "Could you add a filter by year to the news archive? Parents asked for it."),
    ("low", "de", "Können Sie im Kalender einen Filter nach Jahrgangsstufe ergänzen? Die Eltern "
                  "wünschen sich das."),
    ("low", "nl", "Kunnen jullie een filter op leerjaar aan de agenda toevoegen? Ouders vragen "
                  "ernaar."),
    ("low", "no", "Kan dere legge til et filter på trinn i kalenderen? Foreldrene har spurt om "
                  "det."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
