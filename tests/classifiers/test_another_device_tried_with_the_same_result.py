"""Another device tried, the same result: the failure is no device's alone.

"Meine Tochter hat es auf dem Handy probiert, dasselbe", "my wife tried it on her laptop,
same thing", "mijn man heeft het op de laptop geprobeerd, hetzelfde", "mannen min prøvde på
laptopen, det samme": a second device tried and the failure the same there widens a device
named beside the outage (`<lang>.cx_tried_on_a_device_same_result.also_elsewhere`), so the
outage stays critical. Another device where it works keeps the step down; a step that is no
device ("cleared the cache, same thing") widens nothing.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Unter unserer Adresse steht nur noch, die Domain ist abgelaufen, vom Shop "
                       "ist nichts zu sehen. Mein Sohn hat es auf dem Handy probiert, dasselbe."),
    ("critical", "de", "Der Shop zeigt auf dem Handy nur eine weiße Seite. Mein Mann hat es am "
                       "Laptop ausprobiert, das Gleiche."),
    ("critical", "en", "The shop only shows a blank page on my phone. My wife tried it on her "
                       "laptop, same thing."),
    ("critical", "en", "On my phone the site won't load at all. My colleague tested it on his "
                       "phone, same thing."),
    ("critical", "nl", "De webshop toont op mijn telefoon alleen een witte pagina. Mijn man heeft "
                       "het op de laptop geprobeerd, hetzelfde."),
    ("critical", "no", "Nettbutikken viser bare en hvit side på mobilen. Mannen min prøvde på "
                       "laptopen, det samme."),
]  # fmt: skip

NEAR_MISSES = [
    ("urgent", "de", "Der Shop zeigt auf dem Handy nur eine weiße Seite. Am Laptop funktioniert "
                     "alles."),
    ("urgent", "de", "Der Shop zeigt auf dem Handy nur eine weiße Seite. Ich habe den Cache "
                     "geleert, dasselbe."),
    ("urgent", "en", "The shop only shows a blank page on my phone. On the laptop it works fine."),
    ("urgent", "nl", "De webshop toont op mijn telefoon alleen een witte pagina. Op de laptop "
                     "werkt alles."),
    ("urgent", "no", "Nettbutikken viser bare en hvit side på mobilen. På laptopen virker alt."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
