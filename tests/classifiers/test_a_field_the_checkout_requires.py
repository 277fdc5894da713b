"""Nobody gets through the checkout WITHOUT a field filled in: a field it requires.

"Nobody gets through the checkout without entering a phone number, can you make the field
optional?" was paged (critical: "nobody ... gets through", "nobody ... checkout"). Getting
through only without something filled in says the form requires it: a minor problem and a wish
to change it (standard), in all four languages. Nobody getting through without an error, or
even after filling the field in, is still a checkout that fails.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "en", "Nobody gets through the checkout without entering a phone number, can "
                       "you make the field optional?"),
    ("standard", "de", "Niemand kommt ohne Telefonnummer durch die Kasse, könnt ihr das Feld "
                       "optional machen?"),
    ("standard", "nl", "Niemand komt door de kassa zonder telefoonnummer, kunnen jullie het veld "
                       "optioneel maken?"),
    ("standard", "no", "Ingen kommer gjennom kassen uten å fylle ut telefonnummer, kan dere gjøre "
                       "feltet valgfritt?"),
    ("standard", "en", "No customer can check out without creating an account. Can you turn on "
                       "guest checkout?"),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "en", "Nobody gets through the checkout without an error message."),
    ("critical", "en", "Nobody gets through the checkout, even after entering a phone number."),
    ("critical", "de", "Niemand kommt ohne Fehlermeldung durch die Kasse."),
    ("critical", "nl", "Niemand komt door de kassa zonder foutmelding."),
    ("critical", "no", "Ingen kommer gjennom kassen uten feilmelding."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
