"""The writer takes back their own alarm: a false alarm is not an incident (low).

"Entwarnung, sorry! Die Seite ist nicht down, das lag an meinem VPN", "Laat maar!! De site is niet
offline": a second mail minutes after the first says nothing is wrong. No rule knew the words
for it, and with only "not down" left (a demote) the mail read standard. `<lang>.false_alarm` is a
low signal: a problem the same mail still names keeps its level.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("low", "en", "False alarm, sorry! The shop loads fine, it was the hotel's internet."),
    ("low", "en", "Please ignore my last email, the website is up, my laptop was offline."),
    ("low", "de", "Fehlalarm, Entschuldigung. Der Shop geht, mein Router hatte ein Problem."),
    ("low", "de", "Bitte ignorieren Sie meine letzte Mail, die Website ist nicht ausgefallen."),
    ("low", "nl", "Vals alarm, sorry! De webshop is gewoon bereikbaar, het lag aan mijn wifi."),
    ("low", "nl", "Laat maar! Het lag aan mijn eigen netwerk, de site is niet plat."),
    ("low", "no", "Falsk alarm, beklager! Nettbutikken er ikke nede, det var ruteren min."),
    ("low", "no", "Se bort fra forrige e-post, siden fungerer, det var nettet på hytta."),
]  # fmt: skip

NEAR_MISSES = [
    # the alarm denied is a real one
    ("critical", "en", "This is not a false alarm: the whole shop is down and nobody can pay."),
    # a false alarm about one thing, a real failure beside it
    ("critical", "de", "Fehlalarm wegen der Startseite, aber jetzt kann niemand mehr bezahlen."),
    ("urgent", "en", "False alarm about the site being down, it loads. What is broken is the "
                     "booking form: it sends nothing for anyone since last night."),
    # "laat maar weten" asks to be told, it takes nothing back
    ("critical", "nl", "De hele webshop is plat, niemand kan afrekenen. Laat maar weten wanneer "
                       "jullie kijken."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
