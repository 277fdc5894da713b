"""A worried question about an outage to come, behind a word of haste ("DRINGEND: gaat alles
plat???", "URGENT: will everything go down???", "DRINGEND: geht dann alles offline???",
"HASTER: går alt ned???") over a mail that names the work ahead ("Volgende week verhuizen we de
DNS naar een andere provider. Gaat onze website dan plat?"): a question about what may come,
no outage told (low or standard, by the rest of the mail).

At 86dc070 the Dutch subject was critical (`nl.critical_object_total_failure_near`, "alles …
plat"): the worried question of `_drop_supposed_case` starts a sentence, and the subject's
"DRINGEND:" is read as "DRINGEND" (`label_lines`), one word before the question's verb. A word
of haste may now stand before it. An outage told beside such a question, in the subject or in
the body, stays critical.
"""

from __future__ import annotations

import pytest

from tests.classifiers.conftest import assert_mail_level

QUESTIONS = [
    ("low", "DRINGEND: gaat alles plat???",
     "Volgende week verhuizen we de DNS naar een andere provider. Gaat onze website dan plat? "
     "Wat moeten we doen?"),
    # (the haste word alone makes it a report: standard, as at 86dc070)
    ("standard", "URGENT: will everything go down???",
     "Next week we are moving the DNS to another provider. Will our website go down then? "
     "What should we do?"),
    ("low", "DRINGEND: geht dann alles offline???",
     "Nächste Woche ziehen wir das DNS zu einem anderen Anbieter um. Geht unsere Website dann "
     "offline? Was müssen wir tun?"),
    ("low", "HASTER: går alt ned???",
     "Neste uke flytter vi DNS til en annen leverandør. Går nettsiden vår ned da? Hva må vi "
     "gjøre?"),
]  # fmt: skip

NEAR_MISSES = [
    # the outage told in the subject, a question after it
    ("critical", "DRINGEND: alles ligt plat, gaat het vandaag nog opgelost worden?", "Hallo?"),
    # the question in the subject, the outage told in the body
    ("critical", "DRINGEND: gaat alles plat???", "Sinds vanochtend ligt de website plat."),
    ("critical", "URGENT: will everything go down???",
     "Our website is down since this morning, nobody can reach it."),
]  # fmt: skip


@pytest.mark.parametrize(("level", "subject", "body"), QUESTIONS + NEAR_MISSES)
def test_a_worried_question_after_a_word_of_haste(level: str, subject: str, body: str) -> None:
    assert_mail_level(level, subject, body)
