"""Some users wrote in, and everyone sees the same: the reporters are no limited scope.

"Some users have messaged us in the chat, and everyone sees the same: a white screen",
"Noen brukere har sendt melding i chatten, og alle ser det samme", "Einige Nutzer haben
uns geschrieben, alle sehen dasselbe", "Een paar gebruikers hebben ons bericht gestuurd,
iedereen ziet hetzelfde": the users who wrote are who told us, not who is affected; that
everyone sees the same cancels the step "some users" takes (`<lang>.everyone_sees_the_same`,
widen), so an app blank for all stays critical. Some users seeing it while the others are
fine is still a limited scope (urgent).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "The app shows only a white screen after start. Some users have messaged "
                       "us in the chat, and everyone sees the same."),
    ("critical", "no", "Appen viser bare hvit skjerm etter oppstart. Noen brukere har sendt "
                       "melding i chatten, og alle ser det samme."),
    ("critical", "de", "Die App zeigt nach dem Start nur eine weiße Seite. Einige Nutzer haben "
                       "uns im Chat geschrieben, alle sehen dasselbe."),
    ("critical", "nl", "De app toont na het opstarten alleen een wit scherm. Een paar gebruikers "
                       "hebben ons in de chat bericht gestuurd, iedereen ziet hetzelfde."),
]  # fmt: skip

NEAR_MISSES = [
    ("urgent", "en", "Some users see only a white screen after starting the app, the others "
                     "are fine."),
    ("urgent", "no", "Noen brukere ser bare hvit skjerm etter oppstart, de andre har ingen "
                     "problemer."),
    ("urgent", "nl", "Bij een paar gebruikers toont de app alleen een wit scherm, bij de rest "
                     "werkt hij."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
