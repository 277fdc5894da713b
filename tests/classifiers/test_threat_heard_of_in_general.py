"""A threat heard of again and again, in general, is others' news and no breach of ours: "we
read a lot about hacked WordPress sites lately", "I keep hearing about shops that got hacked",
"you hear so much about hacked web shops", "vi leser mye om hackere for tiden", "man hører
stadig om nettbutikker som blir hacket" (`_NEWS_FRAME` in classifiers/steps/reported.py).

Session 14 found these by writing ordinary security questions of its own: at 50d8bb8 the
English and Norwegian ones below were critical (the Dutch and German ones were not: their
adjectives, "gehackte", are no breach words). The writer's own claim in the same clause
("I keep hearing about our checkout failing"), or a report told after the news ("and now it
happened to us"), stays critical, and so does what customers tell ("we hear a lot of
complaints that the shop is down").
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("low", "en", "We read a lot about hacked WordPress sites lately. Could you enable "
                  "two-factor login for our admins? No rush."),
    ("standard", "en", "I keep hearing about shops that got hacked. Is our site up to date?"),
    ("standard", "en", "You hear so much about hacked web shops these days. Are our plugins up"
                       " to date?"),
    ("low", "no", "Vi leser mye om hackere for tiden. Kan dere slå på tofaktor for "
                  "administratorene? Ingen hast."),
    ("standard", "no", "Man hører stadig om nettbutikker som blir hacket. Er vår oppdatert?"),
    ("standard", "nl", "We lezen steeds vaker over gehackte webshops. Zijn onze plugins "
                       "bijgewerkt?"),
    ("standard", "de", "Wir lesen immer wieder von Hackerangriffen auf Onlineshops. Sind wir "
                       "gut geschützt?"),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "en", "We hear a lot of complaints that the shop is down for everyone since "
                       "noon."),
    ("critical", "en", "I keep hearing about our checkout failing: nobody can pay since noon."),
    ("critical", "en", "We hear a lot about it from customers: the shop is down for everyone "
                       "since noon."),
    ("critical", "no", "Vi hører mye om det fra kundene: nettbutikken er nede for alle siden i "
                       "dag tidlig."),
    ("critical", "no", "Vi hører stadig om at kassen vår feiler, ingen kan betale siden lunsj."),
    ("critical", "en", "We read a lot about hacked sites, and now it happened to us: our shop "
                       "shows a casino page."),
    ("critical", "no", "Vi leser mye om hackere, og nå er vi hacket selv: nettbutikken viser en"
                       " casinoside."),
    ("critical", "en", "We read the logs this morning: we were hacked last night, there is an "
                       "admin user none of us made."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
