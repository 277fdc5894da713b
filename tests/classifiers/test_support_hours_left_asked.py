"""A question about the support contract's hours, or a content change of the opening times.

"Wie viele Supportstunden haben wir noch übrig?" in the subject alone (batch56,
de_gartenbau_stundenkontingent_nur_betreff: standard, labelled low) fired no rule, and a mail
that fires none reads as a report. A question about the hours left, unused hours or the
support contract is no incident (`*.contract_hours_question`, low). The English content
topics knew "opening hours" but not "opening times" (batch56,
en_garden_centre_intern_christmas_hours: standard beside a signature's "URGENT", labelled low).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("low", "de", "Wie viele Supportstunden haben wir noch übrig?"),
    ("low", "en", "How many support hours do we have left this quarter?"),
    ("low", "nl", "Hoeveel supporturen hebben we nog over? En kunnen ongebruikte uren "
                  "doorschuiven naar volgend jaar?"),
    ("low", "no", "Hvor mange supporttimer har vi igjen på avtalen?"),
    ("low", "en", "Could you update the opening times on the website for Christmas? For URGENT "
                  "enquiries about your order please call 01632 960955"),
]  # fmt: skip

NEAR_MISSES = [
    # an outage told beside the question: critical
    ("critical", "en", "Our website is down for everyone since this morning. How many support "
                       "hours do we have left?"),
    ("critical", "de", "Der Shop ist seit heute früh komplett offline, niemand kann bestellen. "
                       "Wie viele Supportstunden haben wir noch?"),
    # a broken page beside the question: standard
    ("standard", "nl", "De pagina met de openingstijden geeft een foutmelding, de rest werkt."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
