"""A payment method answered with the provider's "currently not available" in its other forms
("Diese Zahlungsart steht derzeit nicht zur Verfügung", "is niet meer beschikbaar", "er ikke
lenger tilgjengelig", "is no longer available"): the payment fails (critical), one method of
several when the others are said to work (urgent).

Session 20 found it beside batch 58 (one payment method refused with the shop system's own
message while the other methods take orders): `<lang>.cx_pay_service_error_near` knew "nicht
verfügbar" but not the verb-and-noun form "steht ... nicht zur Verfügung", nor "no longer"
beside "available". The German form needs a word of the present state or of change
("derzeit", "momentan", "vorübergehend", "nicht mehr"): without one, "steht für Auslandskunden
nicht zur Verfügung" is a setting, not a failure.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "de", 'Wer mit Sofortüberweisung zahlen will, bekommt "Zahlungsart momentan nicht '
                     'zur Verfügung". Kreditkarte und PayPal gehen aber.'),
    ("critical", "de", 'Im Checkout steht bei jeder Zahlungsart "Diese Zahlungsweise steht '
                       'vorübergehend nicht zur Verfügung", kein Kunde kommt durch.'),
    ("urgent", "nl", "Klarna is sinds vanochtend niet meer beschikbaar in de kassa. iDEAL werkt "
                     "wel."),
    ("urgent", "no", "Klarna er ikke lenger tilgjengelig i kassen. Vipps og kort fungerer."),
]  # fmt: skip

NEAR_MISSES = [
    # a setting, said without a word of the present state
    ("low", "de", "Die Zahlungsart Vorkasse steht für Auslandskunden nicht zur Verfügung, das ist "
                  "so gewollt. Können Sie den Hinweistext ändern?"),
    # a wish for a method the shop does not offer yet
    ("low", "de", "Können Sie Kauf auf Rechnung als neue Zahlungsart einbauen? Die steht bei uns "
                  "noch nicht zur Verfügung."),
    ("low", "de", "Sollen wir PayPal als Zahlungsart anbieten? Das steht unseren Kunden bisher "
                  "nicht zur Verfügung."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
