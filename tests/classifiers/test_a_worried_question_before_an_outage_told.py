"""A worried question whether the site will be down, followed by the outage told now.

"DRINGEND: Wird die Seite den ganzen Tag offline sein? Seit 8 Uhr ist sie für alle Kunden nicht
erreichbar.": the question is a supposed case (engine `_drop_supposed_case`, e70f120), but the
sentence after it tells the outage. A rule whose first match lay in the question
(`de.outage_symptom` "offline") fires again on the words outside it ("nicht erreichbar"), as
`_drop_past` takes back what the sentences not past say. A question alone, or one followed by a
wish, stays a planning question.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "DRINGEND: Wird die Seite den ganzen Tag offline sein? Seit 8 Uhr ist sie "
                       "für alle Kunden nicht erreichbar."),
    ("critical", "de", "Wird die Seite den ganzen Tag offline sein? Seit 8 Uhr ist sie für alle "
                       "Kunden nicht erreichbar."),
    ("critical", "en", "URGENT: Will the site be offline all day? Since 8 the site is unreachable "
                       "for all customers."),
    ("critical", "nl", "SPOED: Gaat de site morgen plat tijdens het onderhoud? Sinds 8 uur is hij "
                       "voor alle klanten onbereikbaar."),
]  # fmt: skip

NEAR_MISSES = [
    ("low", "de", "DRINGEND: Wird die Seite morgen während der Wartung offline sein? Wir möchten "
                  "die Kunden informieren."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
