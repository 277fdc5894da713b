"""A phone number read out on a voicemail is the number to call back, not a count.

"... er wordt gewoon besteld dus morgen terugbellen is prima nul vijf nul drie ...": the digit
"nul" beside "besteld" read as "no orders" (critical) for a search that finds nothing. Four or
more digit words in a row in a transcript are one word, the number, in all four languages.
"""

from __future__ import annotations

import pytest

from classifiers import MessageText, classify

CALLBACK_NUMBERS = [
    ("standard", "het filter op maat geeft geen producten maar er wordt gewoon besteld bel me "
                 "terug op nul zes een twee drie vier"),
    ("standard", "the search finds nothing but people still order fine call me back on zero "
                 "seven seven double oh nine one two"),
    ("standard", "die Suchfunktion zeigt keine Treffer es wird aber ganz normal bestellt "
                 "null eins sieben zwei drei vier"),
    ("standard", "søket finner ingenting men det kommer inn ordre ring meg på null fire to "
                 "tre ni åtte"),
]  # fmt: skip

STILL_COUNTS = [
    # a count of zero said once is still a count
    ("critical", "since midnight zero orders nobody can pay in the shop call me back on zero "
                 "seven seven double oh nine one two"),
    ("critical", "sinds vannacht nul bestellingen niemand kan betalen bel me op nul zes een "
                 "twee drie vier"),
]  # fmt: skip


@pytest.mark.parametrize(("level", "transcript"), CALLBACK_NUMBERS + STILL_COUNTS)
def test_a_read_out_number_is_no_count(level: str, transcript: str) -> None:
    got = classify(MessageText(subject="", body="", transcript=transcript))
    assert got.severity == level, [(r.id, r.matched) for r in got.rules]
