"""Meaning families missed in held-out batch 19, in all four languages, as round 13's word
classes see them: a works-again verb followed by its "not" ("werkt weer niet", "geht wieder
nicht", "virker igjen ikke": broken again, not over).

The sentences here are NOT taken from batch 19: they say the same thing in other words.
NEAR_MISSES must stay at the level given (they name the trap in a comment).
"""

from __future__ import annotations

import pytest

from tests.classifiers.conftest import assert_level

PARAPHRASES = [
    # a works-again verb with its "not" after it: broken again
    ("critical", "nl", "Sinds vanochtend doet de kassa het weer niet, niemand kan afrekenen."),
    ("critical", "de", "Seit heute früh geht der Shop wieder nicht, niemand kann bezahlen."),
    ("critical", "de", "Die Kasse funktioniert wieder nicht, unsere Kunden können nicht bezahlen."),
    ("critical", "no", "Kassen fungerer igjen ikke, ingen kan betale i nettbutikken."),
    ("critical", "en", "The checkout is broken again, nobody can pay since this morning."),
]

NEAR_MISSES = [
    # works again with no "not" after it: over, a thank-you
    ("low", "nl", "Dank jullie wel, de kassa doet het weer!"),
    ("low", "de", "Danke, der Shop läuft wieder ohne Probleme."),
    ("low", "de", "Es funktioniert wieder, vielen Dank für die schnelle Hilfe."),
    ("low", "no", "Takk, kassen fungerer igjen uten problemer."),
    ("low", "en", "Thanks, the checkout works again."),
]


@pytest.mark.parametrize(("level", "lang", "text"), PARAPHRASES)
def test_paraphrase_is_classified_at_its_level(level: str, lang: str, text: str) -> None:
    assert_level(level, lang, text)


@pytest.mark.parametrize(("level", "lang", "text"), NEAR_MISSES)
def test_near_miss_stays_at_its_level(level: str, lang: str, text: str) -> None:
    assert_level(level, lang, text)
