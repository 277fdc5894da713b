"""A device named beside "every page" or "all customers" is where the failure was seen.

"Every page gives a 503, I saw it first on mobile" used to be read as a failure limited to
mobile (critical one step down, urgent). Where the mail says the failure reaches every page,
everyone or every request, a device or browser in a limited-scope cue no longer narrows it.
A degree alone ("completely white on mobile") is no such word: that may be mobile only.
"""

# ruff: noqa: E501  (a table of whole sentences)
from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    (
        "critical",
        "en",
        "Every page gives a 503 error since this morning, I saw it first on mobile.",
    ),
    ("critical", "nl", "Op elke pagina staat nu 'Fatal error', ik zag het vanochtend op mobiel."),
    (
        "critical",
        "de",
        "Auf jeder Seite steht seit heute Morgen nur noch 'Fatal error', ich habe es gerade auf dem Handy gesehen.",
    ),
    ("critical", "no", "Alle sidene gir 500-feil, jeg oppdaget det på mobil i kveld."),
    (
        "critical",
        "de",
        "Alle Kunden sehen beim Aufruf nur noch einen 502-Fehler, zuerst aufgefallen ist es mir in Safari.",
    ),
]

NEAR_MISSES = [
    # the device is the limit: only there
    ("urgent", "en", "The site is completely white on mobile, on the desktop it looks normal."),
    ("urgent", "de", "Nur auf dem Handy kann man nicht bezahlen, am PC geht es."),
    ("standard", "nl", "Op mobiel werkt de betaalknop niet, op de laptop wel."),
    ("low", "no", "Menyen vises ikke på mobil, ellers er alt i orden."),
]

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
