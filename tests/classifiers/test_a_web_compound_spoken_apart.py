"""A compound of "web" that the speech recogniser writes apart is the one word the rules read.

"... sinds de update van gisteravond de hele web sjop plat ligt ..." (batch69, a voicemail):
the recogniser writes "webshop" as two words and the Dutch "shop" as it sounds, so neither
"hele webshop" nor "webshop ... plat" was found and the shop down for all was standard. In a
transcript "web sjop", "web shop", "web winkel", "web seite" and "web site" are read as
"webshop", "webwinkel", "webseite" and "website", in all four languages. A content request
about the web shop stays no incident. Read as one word, "wat gebeurt er als de web shop dan
plat gaat" (batch63, a question about cover over Christmas) paged: "what happens if", "wat
gebeurt er als", "was passiert wenn", "hva skjer hvis" ask about a supposed outage, as "what
would happen if" does (`_SPOKEN_HYPOTHETICAL`); "what happens is, if you click pay ..." tells
what goes on.
"""

from __future__ import annotations

import pytest

from classifiers import MessageText, classify

SPOKEN_APART = [
    ("critical", "ik bel omdat sinds de update van gisteravond de hele web sjop plat ligt je "
                 "krijgt alleen een witte pagina"),
    ("critical", "sinds de update ligt de hele web sjop plat"),
    ("critical", "sinds vanochtend ligt de hele web shop plat voor iedereen"),
]  # fmt: skip

NOT_AN_OUTAGE = [
    # the web shop named in a wish for new content, an idea for later: no outage
    ("low", "de web sjop moet een nieuwe foto krijgen op de voorpagina dat is geen haast"),
    ("low", "we would like a new banner on the web site next month no rush"),
    # a filter on the web shop that shows nothing stays a filter
    ("standard", "in de web sjop geeft het filter op maat geen resultaten de rest werkt"),
    # a question about a supposed outage, in the present
    ("low", "ik heb een vraagje er is nu niks aan de hand hoor alles werkt maar in de "
            "kerstvakantie zijn wij dicht en eh wat gebeurt er als de web shop dan plat gaat is "
            "er dan iemand bel me terug als het uitkomt"),
    ("standard", "in de kerstvakantie zijn wij dicht wat gebeurt er als de winkel dan plat gaat"),
    ("standard", "what happens if the web shop goes down over christmas is there someone on call"),
]  # fmt: skip

TOLD_AS_GOING_ON = [
    # "what happens is": what goes on, not a supposed case
    ("critical", "what happens is if you click pay the whole web shop goes down for everyone"),
]  # fmt: skip


@pytest.mark.parametrize(("level", "transcript"), SPOKEN_APART + NOT_AN_OUTAGE + TOLD_AS_GOING_ON)
def test_a_web_compound_spoken_apart_is_one_word(level: str, transcript: str) -> None:
    got = classify(MessageText(subject="", body="", transcript=transcript))
    assert got.severity == level, [(r.id, r.matched) for r in got.rules]
