"""A failure on the test system with the live site fine is standard; "not on staging but
on live" is the live site, and critical.

"Checkout is not working in staging, live is fine" was urgent: the "not" of the failure
cancelled the test-system cue (`<lang>.cx_staging.test_system`, now not negatable), so only
one of its two steps down was taken. "The checkout is broken, not on staging but on the
live site, nobody can pay" was urgent: "staging" read as a limited scope, though the mail
says the failure is elsewhere (`<lang>.test_and_live_both` now knows "not on staging").
"""

from __future__ import annotations

import pytest

from classifiers import MessageText, classify
from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "en", "Checkout is not working in staging, live is fine. Can you look this week?"),
    ("standard", "nl", "De kassa werkt niet op de testomgeving, de live site is prima. Kunnen "
                       "jullie kijken?"),
    ("standard", "de", "Der Checkout im Staging-System funktioniert nicht, live läuft alles."),
    ("critical", "en", "The checkout is broken, not on staging but on the live site, nobody can "
                       "pay."),
    ("critical", "nl", "De kassa is stuk, niet op de testomgeving maar op de live site, niemand "
                       "kan betalen."),
    ("critical", "de", "Der Checkout ist kaputt, nicht im Staging, sondern auf der Live-Seite, "
                       "niemand kann bezahlen."),
    ("critical", "no", "Kassen er ødelagt, ikke på testsiden, men på live-siden, ingen får "
                       "betalt."),
]  # fmt: skip

NEAR_MISSES = [
    # the staging site down beside a working live site stays a test-system matter
    ("standard", "en", "Our staging site is down since this morning, the live site works fine."),
]

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)


VERB_NEGATED = [
    ("nl", "De kassa werkt niet op de testomgeving, maar op de live site wel."),
    ("de", "Der Checkout funktioniert nicht im Staging, sondern nur live ist alles gut."),
    ("no", "Kassen fungerer ikke på testsiden, men live-siden er fin."),
]


@pytest.mark.parametrize(("lang", "text"), VERB_NEGATED)
def test_a_negated_verb_before_the_test_system_does_not_widen(lang: str, text: str) -> None:
    # "werkt niet op de testomgeving": the negation belongs to the verb, the test system is
    # broken; only a negation that opens its own clause says the failure is elsewhere
    got = classify(MessageText(body=text, language=lang))
    assert f"{lang}.test_and_live_both" not in [r.id for r in got.rules], got.rules
