"""A test, staging or preview system that fails beside the real site named and working is
standard; the real site named and failing too stays critical.

Batch39's four certificate warnings on a test host ("staging.example.org.uk", "dev.example.de",
"test.example.nl", "test.example.no") were critical: the live site was named in words the
`.live_fine` cue does not know ("The normal website", "Der echte Shop", "De gewone website en
het huidige portaal werken gewoon"), or with its address set off by commas, whose dots ended the
sentence ("The normal website, example.org.uk, opens fine"). `<lang>.cx_live_named_fine` knows
those words (it weighs only beside a test system), and a written address set off by commas or
after a preposition of place no longer ends the sentence.
"""

from __future__ import annotations

from classifiers.scan import BOUNDARY
from classifiers.words import _tokens
from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "en", 'On the preview link staging.example-club.org.uk Chrome shows "Your '
                       'connection is not private". The normal website, example-club.org.uk, '
                       "opens fine with the padlock."),
    ("standard", "en", "The staging site at staging.example.com shows a fatal error on checkout. "
                       "The normal website, example.com, opens fine."),
    ("standard", "de", 'Auf dev.example-shop.de, wo ihr das Update testet, kommt "Ihre '
                       'Verbindung ist nicht privat". Der echte Shop unter www.example-shop.de '
                       "läuft ganz normal."),
    ("standard", "nl", 'Op test.example.nl zegt de browser "Niet beveiligd". De gewone website '
                       "en het huidige portaal werken gewoon."),
    ("standard", "no", 'På test.example.no får jeg "Tilkoblingen er ikke privat". Den vanlige '
                       "nettsiden, example.no, fungerer fint."),
]  # fmt: skip

NEAR_MISSES = [
    # the real site named, and failing too: production is down
    ("critical", "de", 'Auf dev.example-shop.de kommt "Ihre Verbindung ist nicht privat". Der '
                       "echte Shop unter www.example-shop.de läuft auch nicht mehr, niemand kann "
                       "bestellen."),
    ("critical", "nl", 'Op test.example.nl zegt de browser "Niet beveiligd", en de gewone '
                       "website, example.nl, werkt ook niet meer."),
    ("critical", "no", 'På test.example.no får jeg "Tilkoblingen er ikke privat". Den vanlige '
                       "nettsiden, example.no, virker ikke heller, ingen kommer inn."),
    # no test system: the real site named as working does not lower a login broken for all
    ("critical", "en", "Nobody can log in to the member area since this morning. The normal "
                       "website, example.org, opens fine."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)


def test_an_address_set_off_by_commas_ends_no_sentence() -> None:
    tokens = _tokens("The normal website, example.org.uk, opens fine. Then")
    assert tokens.count(BOUNDARY) == 1, tokens
    assert _tokens("Der Shop unter www.example.de läuft").count(BOUNDARY) == 0


def test_an_address_as_the_subject_keeps_its_reading() -> None:
    # "The public website example.eu is working, only app.example.eu is the problem": left as
    # it was (a critical of batch37, an app down for all its users, rests on it)
    assert BOUNDARY in _tokens("The public website example.eu is working")
