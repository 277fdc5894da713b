"""Nobody can get into the app; a cart that empties itself is no outage that went away.

"So as far as I can tell nobody can get into ClinicSlot right now" was urgent: "get in" was an
access verb, "get into" not, and the app is named by its product name
(`en.cx_nobody_can_get_into`, present "can" only). "Der Warenkorb leert sich quasi von selbst"
was standard: `de.resolved` took a bare "von selbst" as "it went away by itself"; it now takes
"von selbst gelöst/erledigt/behoben/wieder" only.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "So as far as I can tell nobody can get into ClinicSlot right now."),
    ("critical", "en", "Nobody can get into the app since this morning."),
    ("critical", "en", "None of our clients can currently get into the portal."),
    ("critical", "de", "Der Warenkorb leert sich quasi von selbst. Bezahlen kommt man gar nicht "
                       "erst."),
]  # fmt: skip

NEAR_MISSES = [
    ("low", "en", "Nobody could get into the car park this morning, so the meeting starts late."),
    ("standard", "en", "Nobody can get into the habit of updating the news page, can you remind "
                       "us?"),
    ("low", "de", "Der Shop war heute früh weg, hat sich aber von selbst gelöst."),
    ("standard", "de", "Die Seite war down, läuft jetzt von selbst wieder."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
