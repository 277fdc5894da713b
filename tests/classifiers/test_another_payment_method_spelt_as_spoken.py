"""Another payment method still working, spelt as a voicemail's recogniser spells it.

"... men vips virker så vi får noen ordrer", "maar ideaal werkt", "aber pay pal
funktioniert", "but pay pal works": the method that still takes money (Vipps, iDEAL, PayPal)
written as it was heard is the same method, so the card payment failing beside it is
payment degraded (urgent), not payment impossible. The same method failing too stays
critical.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from classifiers import Classification
from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "no", "hei kortbetaling i nettbutikken feiler folk får en feilmelding men vips "
                     "virker så vi får noen ordrer"),
    ("urgent", "nl", "hoi met Jansen de kaartbetaling in de webshop mislukt mensen krijgen een "
                     "foutmelding maar ideaal werkt dus er komen nog wel bestellingen binnen"),
    ("urgent", "de", "hallo hier ist Meier die Kartenzahlung im Shop schlägt fehl die Leute "
                     "bekommen eine Fehlermeldung aber pay pal funktioniert"),
    ("urgent", "en", "hi card payment in the webshop fails people get an error when they pay by "
                     "card but pay pal works so we get some orders"),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "no", "hei kortbetaling i nettbutikken feiler folk får en feilmelding og vips "
                       "virker heller ikke så ingen får betalt"),
    ("critical", "nl", "hoi de kaartbetaling in de webshop mislukt mensen krijgen een "
                       "foutmelding en ideaal werkt ook niet niemand kan betalen"),
    ("critical", "en", "hi card payment in the webshop fails and pay pal doesn't work either "
                       "nobody can pay"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)


@pytest.mark.parametrize(("level", "lang", "text"), PARAPHRASES + NEAR_MISSES)
def test_the_same_as_a_voicemail_transcript(
    verdict: Callable[..., Classification], level: str, lang: str, text: str
) -> None:
    got = verdict(transcript=text)
    assert got.severity == level, [(r.id, r.matched) for r in got.rules]
