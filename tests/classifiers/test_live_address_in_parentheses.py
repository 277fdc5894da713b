"""A test or staging system that fails on every page beside the live site named with its
address in parentheses and working ("Der Live-Shop (beispiel-shop.de) läuft ganz normal",
"Productie (voorbeeld.nl) draait gewoon", "The live shop (example-shop.com) runs normally",
"Den ekte nettsiden (eksempel.no) fungerer som normalt"): not a production incident,
standard.

At 24dfbbc these were critical or urgent: the dots of an address in parentheses ended the
sentence, so the live site and its "works" verb never met (`<lang>.cx_live_named_fine`). An
address set off by parentheses is now an aside like one set off by commas
(`_WRITTEN_ADDRESS` in classifiers/words.py). The live site named so and failing too stays
critical.
"""

from __future__ import annotations

from classifiers.scan import BOUNDARY
from classifiers.words import _tokens
from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "en", "Since your update, test.example-clinic.com shows a fatal error on every "
                       "page. Production (example-clinic.com) is not affected, everything runs "
                       "there."),
    ("standard", "en", "After the deploy, staging.example-shop.com shows a fatal error on every "
                       "page. The live shop (example-shop.com) runs normally."),
    ("standard", "de", "Seit dem Update zeigt test.beispiel-praxis.de auf jeder Seite einen "
                       "Fatal error. Die Live-Seite (beispiel-praxis.de) ist nicht betroffen."),
    ("standard", "de", "Nach dem Deployment zeigt staging.beispiel-shop.de auf jeder Seite "
                       "einen Fatal error. Der Live-Shop (beispiel-shop.de) läuft ganz normal."),
    ("standard", "nl", "Sinds jullie update geeft test.voorbeeld.nl op elke pagina een fatal "
                       "error. Productie (voorbeeld.nl) draait gewoon."),
    ("standard", "nl", "Na de deploy geeft staging.voorbeeldwinkel.nl op elke pagina een fatal "
                       "error. De live webshop (voorbeeldwinkel.nl) werkt gewoon."),
    ("standard", "no", "Etter deployen får vi \"PHP Fatal error: Uncaught Error\" på hver side "
                       "på staging.eksempelbutikk.no. Produksjon (eksempelbutikk.no) fungerer "
                       "som normalt."),
    ("standard", "no", "Etter oppdateringen står det \"Fatal error: Allowed memory size "
                       "exhausted\" på alle sidene på test.eksempel.no. Den ekte nettsiden "
                       "(eksempel.no) fungerer som normalt."),
]  # fmt: skip

NEAR_MISSES = [
    # the live site named so, and failing too: production is down
    ("critical", "en", "Since your update, test.example-clinic.com shows a fatal error on every "
                       "page, and production (example-clinic.com) is down too, nobody can "
                       "book."),
    ("critical", "de", "Auf staging.beispiel.de kommt auf jeder Seite ein 500, und die "
                       "Live-Seite (www.beispiel.de) geht auch nicht mehr, niemand kann "
                       "bestellen."),
    ("critical", "nl", "Op test.voorbeeld.nl krijg ik op elke pagina een fatal error, en "
                       "productie (voorbeeld.nl) ligt ook plat."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)


def test_an_address_in_parentheses_ends_no_sentence() -> None:
    assert BOUNDARY not in _tokens("Live (example.de) ist nicht betroffen")
    assert _tokens("Productie (app.example.io) draait. Dan").count(BOUNDARY) == 1
