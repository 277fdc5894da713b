"""A count of zero said after a phone number or a clock time is still a count.

"... please call me back on oh seven seven one two, zero orders since midnight": the digit
words of the number ran across the comma into "zero", and the count went into the number
(critical read as standard). A comma ends a read-out number, and a digit word before a count
noun (orders, Bestellungen, bestellingen, bestillinger) is the count, in all four languages.
A number read out in comma-separated groups still hides no count.
"""

from __future__ import annotations

import pytest

from classifiers import MessageText, classify

ZERO_COUNT_AFTER_NUMBER = [
    "Hi, this is Mark from Greenleaf, please call me back on oh seven seven one two, zero "
    "orders since midnight and that never happens on a Saturday.",
    "Hi, it's Mark from Greenleaf. Since nine oh five, zero orders have come in, on a "
    "Saturday in December.",
    "Hallo, hier ist Mark von Greenleaf, bitte zurückrufen unter null eins fünf eins, null "
    "Bestellungen seit Mitternacht, das hatten wir noch nie.",
    "Hallo, met Mark van Greenleaf, bel me terug op nul zes een twee, nul bestellingen sinds "
    "middernacht, dat hebben we nog nooit gehad.",
    "Hei, det er Mark fra Greenleaf, ring meg på ni to tre fire, null bestillinger siden "
    "midnatt, det har aldri skjedd før.",
    # unpunctuated, as a transcript often is
    "hi it's mark from greenleaf since nine oh five zero orders have come in on a saturday",
    "bel me terug op nul zes een twee drie nul bestellingen sinds middernacht",
]

NUMBER_IN_GROUPS = [
    # a number read out in groups with commas: no digit of it is a count
    ("standard", "the search finds nothing but people still order fine, call me back on zero "
                 "seven seven, double oh nine, one two"),
    ("standard", "het filter op maat geeft geen producten maar er wordt gewoon besteld, bel me "
                 "terug op nul zes, een twee, drie vier"),
    ("standard", "die Suchfunktion zeigt keine Treffer es wird aber ganz normal bestellt, null "
                 "eins sieben, zwei drei vier"),
    ("standard", "søket finner ingenting men det kommer inn ordre, ring meg på null fire, to "
                 "tre, ni åtte"),
]  # fmt: skip


@pytest.mark.parametrize("transcript", ZERO_COUNT_AFTER_NUMBER)
def test_zero_orders_after_a_number_is_critical(transcript: str) -> None:
    got = classify(MessageText(subject="", body="", transcript=transcript))
    assert got.severity == "critical", [(r.id, r.matched) for r in got.rules]


@pytest.mark.parametrize(("level", "transcript"), NUMBER_IN_GROUPS)
def test_a_number_in_groups_hides_no_count(level: str, transcript: str) -> None:
    got = classify(MessageText(subject="", body="", transcript=transcript))
    assert got.severity == level, [(r.id, r.matched) for r in got.rules]
