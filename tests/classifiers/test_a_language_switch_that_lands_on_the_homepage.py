"""A language switch that lands on the homepage instead of the same page: a minor bug.

"Wenn man auf Englisch umschaltet, landet man auf der englischen Startseite statt beim
Artikel": the switch leads to the wrong page (standard), as a switch leading back does; the
polite "when you get a chance" does not make it a question. A language switcher asked for on
the homepage is a request (low) (batch62).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "de", "Wenn man im Shop auf Englisch umschaltet, landet man auf der englischen "
                       "Startseite statt beim Artikel. Bei Gelegenheit bitte korrigieren."),
    ("standard", "no", "Når man bytter til engelsk på en produktside, havner man på den "
                       "engelske forsiden i stedet for på samme produkt. Ingen hast."),
]  # fmt: skip

NEAR_MISSES = [
    ("low", "en", "Can you add a language switcher to the homepage? We want French too."),
    ("low", "nl", "Kunnen jullie een taalkeuze op de homepage zetten? Graag met een prijs."),
    ("low", "de", "Könnt ihr einen Sprachumschalter auf der Startseite einbauen? Bitte mit "
                  "Angebot."),
    ("low", "no", "Kan dere legge inn en språkvelger på forsiden? Gjerne med pris."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
