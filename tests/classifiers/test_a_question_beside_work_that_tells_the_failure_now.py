"""A question in a mail that names work, telling the failure as now, or told by someone else.

A question in a mail that names planned work is read as asking about that work ("Die
Umstellung ist für Samstag geplant. Ist der Shop dann offline?": low or standard, never a
page). Two kinds of mail looked like that and were not: one whose question tells the failure
as now ("Wir haben gestern die Umstellung gemacht. Kann es sein, dass jetzt kein Kunde mehr
bezahlen kann?"), and one where "varslet" is not work announced but the writer told of the
failure ("Vi ble varslet av en kunde i kveld. Er nettbutikken nede for alle?").
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Wir haben gestern die Umstellung auf den neuen Zahlungsanbieter gemacht. "
                       "Kann es sein, dass jetzt kein Kunde mehr bezahlen kann?"),
    ("critical", "en", "We finished the migration last night. Is it true that right now nobody "
                       "can pay in the shop?"),
    ("critical", "nl", "Gisteren is de migratie gedaan. Klopt het dat nu niemand meer kan "
                       "afrekenen?"),
    ("critical", "no", "Vi ble varslet av en kunde i kveld. Kan det stemme at ingen kunder får "
                       "betalt i nettbutikken?"),
    ("critical", "no", "Vi ble varslet av en kunde i kveld. Er nettbutikken nede for alle?"),
]  # fmt: skip

NEAR_MISSES = [
    ("standard", "de", "Die Umstellung auf PHP 8 ist für Samstag geplant. Ist der Shop dann für "
                       "alle Kunden offline?"),
    ("standard", "no", "Dere har varslet at serveren skal oppgraderes på lørdag. Er hele "
                       "nettsiden nede da?"),
    # "now" beside a question about the time of the work: still about the work (review)
    ("standard", "en", "You announced the PHP update for tonight. Will the checkout be down for "
                       "everyone then, or can people still pay right now?"),
    ("standard", "de", "Ihr habt das Update für heute Nacht angekündigt. Wird die Kasse dann für "
                       "alle Kunden offline sein, oder kann man jetzt noch bezahlen?"),
    ("low", "en", "The migration is planned for Saturday night. Will the shop be offline for "
                  "everyone then?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
