"""None of the staff or the customers get in: the groups that use the app, named one by one.

"Ingen av de ansatte eller kundene våre kommer inn i kundeportalen" was standard: "ingen ...
kommer inn i" allows three words between, and "nobody can get into" knew "none of our
customers" but not two groups joined by "or"/"nor" (`.cx_none_of_them_gets_in`). One group of
staff alone is the staff's own login (the CMS, urgent); a building is no app; the past is over.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "None of our staff or customers can get into the booking portal."),
    ("critical", "en", "Neither our staff nor our clients can log in since this morning."),
    ("critical", "nl", "Geen van onze medewerkers of klanten komt nog in het klantportaal."),
    ("critical", "nl", "Noch medewerkers noch ouders kunnen inloggen op het ouderportaal."),
    ("critical", "de", "Keiner unserer Mitarbeiter oder Kunden kommt ins Kundenportal."),
    ("critical", "de", "Weder Mitarbeiter noch Kunden können sich anmelden."),
    ("critical", "no", "Ingen av lærerne eller elevene kommer inn i skoleappen i dag."),
    ("critical", "no", "Verken ansatte eller kunder får logget inn i portalen."),
]  # fmt: skip

NEAR_MISSES = [
    ("standard", "en", "None of our staff could get in yesterday because of the outage, it "
                       "works now."),
    ("standard", "en", "None of our staff or customers can get into the building today, the "
                       "fire alarm went off."),
    ("standard", "de", "Keiner unserer Mitarbeiter kommt heute ins Backend."),
    ("standard", "nl", "Geen van onze medewerkers of klanten kan in het gebouw, de sleutel is "
                       "kwijt."),
    ("urgent", "no", "Ingen av de ansatte kommer inn i publiseringsløsningen."),
    ("standard", "no", "Ingen av de ansatte kommer inn på kontoret før ni."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
