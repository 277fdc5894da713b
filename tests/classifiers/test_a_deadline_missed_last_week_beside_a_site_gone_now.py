"""A deadline missed "last week" beside a site gone now: the time dates what was due.

"Unsere Seite ist weg ... die Domain hätte wohl letzte Woche verlängert werden müssen": the
caller says when the renewal was due, not when the site was down. A voicemail transcript has
no full stops, so the whole call is one sentence, and its "letzte Woche" made every outage
match of it past (`_drop_past`). A long-ago time in the clause of a missed deadline ("should
have been renewed", "hätte ... müssen", "had ... moeten", "skulle vært") dates the deadline
(`classifiers.cues._dates_the_change`), as a time in the clause of a change does; told in the
past ("our site was gone last week ... it works again now") it stays past.
"""

from __future__ import annotations

import pytest

from classifiers import MessageText, classify
from tests.classifiers.conftest import family_tests

# (level, language, transcript of a voicemail: no punctuation)
CALLS = [
    ("critical", "de", "ja guten tag hier ist lange vom blumenhaus unsere seite ist weg da kommt "
                       "nur so eine seite diese domain steht zum verkauf die hätte wohl letzte "
                       "woche verlängert werden müssen bitte rufen sie zurück"),
    ("critical", "en", "hi this is tom from greenway our website is gone there is only a page "
                       "saying this domain is for sale it should have been renewed last week "
                       "please call me back"),
    ("critical", "nl", "hoi met anja van de bloemenwinkel onze website is weg er staat alleen een "
                       "pagina dit domein is te koop het had vorige week verlengd moeten worden "
                       "bel me terug"),
    ("critical", "no", "hei det er kari fra blomsterbutikken nettsiden vår er borte det står bare "
                       "at domenet er til salgs det skulle vært fornyet forrige uke ring meg "
                       "tilbake"),
    # told in the past, and working again: over
    ("low", "en", "hi this is tom our website was gone last week the domain should have been "
                  "renewed it works again now thanks"),
    ("low", "de", "hallo hier ist lange unsere seite war letzte woche weg die domain hätte "
                  "verlängert werden müssen jetzt geht wieder alles danke"),
    ("low", "nl", "hoi met anja onze website was vorige week weg het domein had verlengd moeten "
                  "worden nu werkt alles weer"),
    ("low", "no", "hei det er kari nettsiden vår var borte forrige uke domenet skulle vært "
                  "fornyet nå virker alt igjen"),
]  # fmt: skip


@pytest.mark.parametrize(("level", "lang", "transcript"), CALLS)
def test_a_call_is_classified_at_its_level(level: str, lang: str, transcript: str) -> None:
    got = classify(MessageText(transcript=transcript, language=lang))
    assert got.severity == level, [(r.id, r.matched) for r in got.rules]


PARAPHRASES = [
    ("critical", "en", "Hi, our shop is gone, only a page that says this domain is for sale. "
                       "Apparently it should have been renewed last week and nobody did"),
    ("critical", "de", "Unser Shop ist weg, es kommt nur eine Seite, diese Domain steht zum "
                       "Verkauf, die hätte letzte Woche verlängert werden müssen"),
]  # fmt: skip

NEAR_MISSES = [
    # a deadline missed for a wish, nothing broken
    ("low", "en", "The new banner should have been on the homepage last week, could you add it?"),
    ("low", "nl", "De nieuwe teksten hadden vorige week online moeten staan, kunnen jullie ze "
                  "plaatsen?"),
    # the outage itself told as last week's, over now
    ("low", "de", "Die Seite war letzte Woche weg, weil die Domain nicht verlängert war. Jetzt "
                  "läuft wieder alles."),
    ("low", "no", "Nettsiden var nede forrige uke fordi domenet skulle vært fornyet. Nå virker "
                  "alt igjen."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
