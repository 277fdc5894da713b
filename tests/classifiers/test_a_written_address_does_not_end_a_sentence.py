"""The dot of a written web address is no sentence end, for every ending the rules know.

"Seit heute früh ist mein-hofladen.shop nicht erreichbar": the sentence splitter, the token
reader and the address rules read the same list of endings (`ADDRESS_ENDINGS`), so a ".shop"
address splits no sentence where a ".de" one does not (the splitter's own copy of the list
had lacked "shop").
"""

from __future__ import annotations

import pytest

from classifiers.sentences import ADDRESS_ENDINGS, sentences


@pytest.mark.parametrize("ending", ADDRESS_ENDINGS.split("|"))
def test_an_address_on_each_ending_stays_inside_its_sentence(ending: str) -> None:
    text = f"Seit heute früh ist www.mein-hofladen.{ending} nicht mehr erreichbar."
    assert [s for s in sentences(text) if s.strip()] == [text]


def test_a_sentence_end_after_an_address_stays_an_end() -> None:
    text = "Seit heute früh ist mein-hofladen.shop weg. Niemand kann bestellen."
    assert len([s for s in sentences(text) if s.strip()]) == 2
