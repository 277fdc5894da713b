"""The data of our patients, customers or members found on a forum is a leak.

"ein Patient ... dass er in so einem Forum eine Liste gefunden hat mit Namen, Adressen und
Terminen von unseren Patienten" was standard: only data said to be exported, stolen or on a
paste site was a leak. Data of our people (or a customer or member list) found, posted or sold
on a forum, the dark web or Telegram is critical. One of our customers who found us through a
forum, or a list of the club's trainers found on its own forum, names no data of ours that
leaked.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "A patient called: he found a list with names, addresses and appointments "
                       "of our patients on some forum."),
    ("critical", "de", "Ein Patient hat in einem Forum eine Liste gefunden mit Namen, Adressen und "
                       "Terminen von unseren Patienten."),
    ("critical", "nl", "Een patiënt heeft op een forum een lijst gevonden met namen, adressen en "
                       "afspraken van onze patiënten."),
    ("critical", "no", "En pasient har funnet en liste med navn, adresser og timer til pasientene "
                       "våre på et forum."),
]  # fmt: skip

NEAR_MISSES = [
    ("low", "en", "One of our customers found a forum thread recommending us. Can we link to it "
                  "from the homepage?"),
    ("low", "de", "Einer unserer Kunden hat uns über ein Forum gefunden. Könnt ihr das Forum auf "
                  "der Seite verlinken?"),
    ("low", "de", "Wir haben im Forum des Vereins eine Liste mit Namen der Trainer gefunden, könnt "
                  "ihr die auf die Seite stellen?"),
    ("low", "nl", "Een van onze klanten vond ons via een forum. Kunnen jullie een link naar het "
                  "forum op de site zetten?"),
    ("low", "no", "En av kundene våre fant oss via et forum. Kan dere legge inn en lenke til "
                  "forumet på siden?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
