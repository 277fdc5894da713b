"""No payment goes through, or every card is declined: payment impossible, critical.

"The website won't take their money" and "Der Shop nimmt keine Zahlungen mehr an" were
standard: the payment's failure was told without a checkout word
(`<lang>.cx_payments_not_accepted`). "Anyone trying to book ... 'Your card was declined'",
our own card too, was standard: a declined card beside a scope for all
(`<lang>.cx_card_declined_for_all`). One customer's declined card stays that customer's.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "The website won't take their money since last night."),
    ("critical", "en", "Anyone trying to book a room on our website gets as far as putting in "
                       "their card and then it says \"Your card was declined\"."),
    ("critical", "nl", "De site neemt geen betalingen meer aan."),
    ("critical", "nl", "Iedereen die wil boeken krijgt bij het invullen van de kaart \"Uw kaart "
                       "is geweigerd\"."),
    ("critical", "de", "Der Shop nimmt keine Zahlungen mehr an."),
    ("critical", "de", "Jeder, der buchen will, bekommt nach Eingabe der Karte \"Ihre Karte wurde "
                       "abgelehnt\"."),
    ("critical", "no", "Nettbutikken tar ikke imot betalinger lenger."),
    ("critical", "no", "Alle som prøver å booke får \"Kortet ditt ble avvist\" etter at de har "
                       "lagt inn kortet."),
]  # fmt: skip

NEAR_MISSES = [
    ("standard", "en", "A customer says her card was declined yesterday, can you check? Everyone "
                       "else paid fine."),
    ("standard", "nl", "Eén klant meldt dat zijn kaart werd geweigerd, de rest kan gewoon "
                       "betalen."),
    ("standard", "de", "Ein Kunde sagt, seine Karte wurde abgelehnt. Alle anderen konnten "
                       "bezahlen."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
