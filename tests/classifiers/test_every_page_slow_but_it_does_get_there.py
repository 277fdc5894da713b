"""Every page takes half a minute since an update, "but it does get there in the end" ("sie
kommt am Ende doch", "ze laden uiteindelijk wel", "den kommer fram til slutt"): the table's
"site suddenly slow" (urgent), not down, even beside "every page" and a visitor's quoted "is
your site broken?".

Session 22 found it in batch 75 (a council site slow for everyone since an update, read as
critical): `<lang>.goes_through_eventually` knew "gets there in the end", not the emphatic "does
get there"; Dutch `.slow_with_duration` knew "doet er 30 seconden over", not the inverted "doet
elke pagina er 30 seconden over" after a fronted clause.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "Since the update every page takes 20 to 40 seconds to load. It does get "
                     "there in the end, but people ask us \"is your site broken?\"."),
    ("urgent", "de", "Seit dem Update braucht jede Seite 30 Sekunden. Sie kommt am Ende doch, "
                     "aber die Leute fragen, ob die Seite kaputt ist."),
    ("urgent", "nl", "Sinds de update doet elke pagina er 30 seconden over. Ze laden "
                     "uiteindelijk wel, maar mensen haken af."),
    ("urgent", "no", "Siden oppdateringen bruker hver side 30 sekunder. Den kommer fram til "
                     "slutt, men folk gir opp."),
]  # fmt: skip

NEAR_MISSES = [
    # every page never arrives: down
    ("critical", "en", "Since the update every page times out for everyone, nothing loads at "
                       "all."),
    ("critical", "nl", "Sinds de update geeft elke pagina een time-out, de site is voor iedereen"
                       " plat."),
    # the slowness over: thanks for the fix
    ("low", "nl", "Vorige week deed elke pagina er 30 seconden over, maar sinds jullie fix is "
                  "alles weer snel. Bedankt!"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
