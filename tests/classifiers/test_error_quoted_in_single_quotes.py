"""An error message quoted in single quotes is part of the writer's sentence.

A full stop inside a quotation that the writer's own sentence goes on after in lower case
does not end the clause (`classifiers/words.py`, `_MARK_INSIDE_QUOTE`). That was done for
double quotes and guillemets only: "Der Shop zeigt nur 'Seite nicht gefunden.' bei allen
Kunden" split after the quotation, so "bei allen Kunden" no longer reached the error, and
the mail was standard. Single quotes (' ’, and the German low-high pair ‚ ‘) now count too.
A quotation followed by a new, capitalised sentence still ends the clause.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Der Shop zeigt nur 'Seite nicht gefunden.' bei allen Kunden."),
    ("critical", "de", "Der Shop zeigt nur ‚Seite nicht gefunden.‘ bei allen Kunden."),
    ("critical", "nl", "De webshop toont alleen 'Pagina niet gevonden.' bij alle klanten."),
    ("critical", "nl", "De webshop toont alleen ‘Pagina niet gevonden.’ bij alle klanten."),
    ("critical", "en", "The shop shows only 'Page not found.' to all our customers."),
    ("critical", "no", "Appen viser bare 'Kunne ikke laste inn.' for alle medlemmene våre."),
]  # fmt: skip

NEAR_MISSES = [
    ("standard", "de", "Der Shop zeigt nur 'Seite nicht gefunden.' Bei einem Kunden war das "
                       "gestern auch so."),
    ("low", "en", "The new logo shows 'Coming soon.' on the about page."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
