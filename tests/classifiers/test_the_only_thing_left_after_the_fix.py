"""Thanks for a fix, then what is still wrong ("Det eneste som gjenstår er at kalenderen er tom
for april", "the only thing left is that the events calendar is empty", "het enige wat nog
overblijft is dat ...", "das Einzige, was noch nicht stimmt: ..."): the thing left is a new
report (here a listing showing nothing, standard), and the thanks for the old fix do not make it
low.

Session 45 found it in batch 45 (a reply: the site is fast again, "tusen takk", and the events
calendar is empty for April, read as low): `<lang>.new_problem_cue` did not know "the only thing
left is that", and even with a cue the thanks (a whole low signal) decided the level when the new
problem was told in weak words ("er tom"). Beside a new problem cue the thanks no longer count
towards low; other low signals (a request, a question) still do.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "no", "Jepp, nå går det raskt igjen. Tusen takk! Det eneste som gjenstår er at "
                       "kalenderen er tom for april, selv om vi har lagt inn fire konserter."),
    ("standard", "en", "Yes, it's fast again now. Many thanks! The only thing left is that the "
                       "events calendar is empty for April, even though we added four concerts."),
    ("standard", "de", "Ja, jetzt ist es wieder schnell. Vielen Dank! Das Einzige, was noch nicht "
                       "stimmt: Der Veranstaltungskalender ist für April leer, obwohl wir vier "
                       "Konzerte eingetragen haben."),
    ("standard", "nl", "Ja, het is nu weer snel. Hartelijk dank! Het enige wat nog overblijft is "
                       "dat de agenda leeg is voor april, terwijl we vier concerten hebben "
                       "ingevoerd."),
]  # fmt: skip

NEAR_MISSES = [
    # what is left is a task of the writer's own: thanks, low
    ("low", "en", "Yes, it's fast again now. Many thanks! The only thing left is to pay your "
                  "invoice, which I'll do today."),
    ("low", "no", "Nå går det raskt igjen, tusen takk! Det eneste som gjenstår er å betale "
                  "fakturaen, det gjør jeg i dag."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
