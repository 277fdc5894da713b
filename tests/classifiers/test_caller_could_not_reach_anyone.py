"""A caller who "couldn't reach anyone" says nothing of the site.

"ik spreek de voicemail in want ik kan niemand bereiken, de website is heel erg traag" was
critical: `nl.nobody_can_use_near` read "niemand ... bereiken" as "nobody can reach the site".
Reaching now needs what is reached between ("niemand kan de site bereiken",
`nl.cx_nobody_reaches_it`); the caller's words in every language leave the report at its own
level.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "nl", "Niemand kan de site nog bereiken sinds vanavond."),
    ("critical", "nl", "Sinds acht uur kan niemand de webshop meer bereiken."),
    ("critical", "nl", "Ik bel omdat geen van onze klanten het portaal nog kan bereiken."),
    ("critical", "en", "Since eight nobody can reach the website at all."),
    ("critical", "de", "Seit acht Uhr kann niemand mehr den Shop erreichen."),
]  # fmt: skip

NEAR_MISSES = [
    ("urgent", "nl", "Ik spreek de voicemail in want ik kan niemand bereiken. De website is sinds "
                     "vanmiddag heel erg traag, een pagina duurt een halve minuut."),
    ("standard", "nl", "Ik kon vanmiddag niemand bereiken bij jullie, daarom mail ik even."),
    ("urgent", "en", "I couldn't reach anyone so I'm leaving a message: the website is really "
                     "slow since lunch."),
    ("urgent", "de", "Ich erreiche niemanden, deshalb spreche ich aufs Band: die Seite ist seit "
                     "heute sehr langsam."),
    ("urgent", "no", "Jeg får ikke tak i noen, så jeg legger igjen en beskjed: nettsiden er "
                     "veldig treg i dag."),
    ("low", "nl", "Niemand kon gisteren de site bereiken, maar nu werkt hij weer."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
