"""A customer shown the orders of whoever logged in before: personal data to the wrong person.

"I see the orders of someone called R. Baptiste ... whoever logged in last is shown to the next
person", "etter innlogging vises ordrene til den som logget inn før meg", "kunder som ser andres
ordrer": one session's customer shown to the next is another customer's data seen, a breach
(critical) however few report it and though the shop still sells. The one who logged in before
is one of `@others` in four languages, and Norwegian orders ("ordrer", "ordrene") are records.
Staff looking up a customer's orders in the admin, or a customer's own order, stay where they were.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "A customer logged in to her account and saw the orders of whoever logged "
                       "in before her, with name and address."),
    ("critical", "en", "Customers see the previous customer's orders and address on the My "
                       "account page."),
    ("critical", "en", "When I log in I see the orders of someone called R. Smith, with her "
                       "address and phone number."),
    ("critical", "nl", "Na het inloggen zie je de bestellingen van degene die voor jou ingelogd "
                       "was, met naam en adres."),
    ("critical", "nl", "Klanten zien op Mijn account de bestellingen en het adres van de vorige "
                       "klant."),
    ("critical", "de", "Nach dem Login sieht man die Bestellungen und die Adresse des vorherigen "
                       "Kunden."),
    ("critical", "de", "Im Kundenkonto sieht man die Bestellungen und Adresse desjenigen, der "
                       "sich vorher eingeloggt hat."),
    ("critical", "no", "Etter innlogging ser kundene ordrene til den som logget inn før dem, med "
                       "navn og adresse."),
    ("critical", "no", "Vi har fått tre henvendelser fra kunder som ser andres ordrer på Min "
                       "side. Nettbutikken fungerer ellers som normalt, så det er kanskje ikke "
                       "kritisk."),
]  # fmt: skip

NEAR_MISSES = [
    # one's own order, staff looking up a customer, a question
    ("standard", "en", "The previous customer's order confirmation shows the wrong date."),
    ("low", "en", "Can you show us how to see the orders of a customer called R. Smith in the "
                  "admin?"),
    ("low", "no", "Hvordan ser vi ordrene til en kunde i admin?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
