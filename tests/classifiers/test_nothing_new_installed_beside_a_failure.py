""" "We haven't installed anything new": a cause ruled out, not a post nobody of us wrote.

"Fra lunsj i dag bruker nettbutikken 15-20 sekunder på å laste hver side ... vi har ikke lagt
inn noe nytt" (batch56, no_interior_nettbutikk_plutselig_treg: critical, labelled urgent): the
half breach cue "not written by us" ("vi har ikke ... lagt inn") added to "hver side" made an
outage of a slow shop. Followed by "anything"/"noe"/"nichts"/"niets", the writer says nothing
of theirs changed (`classifiers/steps/planted.py`, `_drop_nothing_changed`); a post or a plugin that
none of them wrote stays the cue.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "no", "Fra lunsj i dag bruker nettbutikken 15–20 sekunder på å laste hver side. "
                     "Det går an å handle, men folk gir opp underveis. I går var alt helt "
                     "normalt, og vi har ikke lagt inn noe nytt."),
    ("urgent", "no", "Nettsiden er blitt veldig treg, hver side bruker 20 sekunder. Vi har ikke "
                     "installert noe nytt."),
    ("urgent", "de", "Seit heute Mittag braucht jede Seite 20 Sekunden zum Laden, wir haben "
                     "nichts Neues installiert."),
    ("urgent", "en", "Since lunch every page takes 20 seconds to load, we haven't installed "
                     "anything new."),
]  # fmt: skip

NEAR_MISSES = [
    # a plugin none of us installed beside an unknown admin: a breach
    ("critical", "nl", "Er staat een plugin die niemand van ons heeft geïnstalleerd en een "
                       "onbekende beheerder."),
    ("critical", "no", "Det ligger et innlegg med kasinolenker på forsiden som ingen av oss har "
                       "lagt inn."),
    # the cause ruled out in one clause, a post or page none of us wrote in the next: the cue
    # counts where it matches outside the "nothing new" clause
    ("critical", "no", "Vi har ikke lagt inn noe nytt, men det ligger et innlegg på forsiden som "
                       "ingen av oss har skrevet."),
    ("critical", "no", "Vi har ikke installert noe, men det er en ny side på nettstedet som ingen "
                       "av oss har laget."),
    ("critical", "no", "Vi har ikke installert noe nytt. Nå viser alle sidene et innlegg som ingen "
                       "av oss har skrevet."),
    ("critical", "en", "We haven't posted anything this week, but every page now shows a post "
                       "that none of us wrote."),
    ("critical", "de", "Wir haben nichts Neues installiert, aber jede Seite zeigt jetzt einen "
                       "Beitrag, den keiner von uns geschrieben hat."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
