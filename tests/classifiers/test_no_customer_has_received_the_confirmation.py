"""No customer has received the order confirmation, told in the perfect ("Ingen kunder har fått
ordrebekreftelse siden i går", "Seit gestern hat kein Kunde eine Bestellbestätigung bekommen",
"No customers have received an order confirmation since yesterday"): the orders come in, the
transactional mail is not sent (urgent). Not nobody able to order (critical), not a minor bug.

Session 54 found it in batch 54 (Norwegian, read as standard): `<lang>.customer_mail_missing_near`
knew "får ikke", "ingen ... får" (the present) but not "har fått" after "ingen", nor German
"kein ... bekommen". In English, "no customers ... order" of "order confirmation" was read as
nobody ordering (`en.nobody_can_buy_near`): the engine takes a critical match made of the words
of a confirmation that did not arrive as what it is (`_without_mail_words`).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "no", "Ingen kunder har fått ordrebekreftelse siden i går ettermiddag. Ordrene "
                     "ligger inne i admin. Kan dere sjekke?"),
    ("urgent", "no", "Ingen har mottatt ordrebekreftelse i dag, men ordrene kommer inn."),
    ("urgent", "de", "Seit gestern Nachmittag hat kein Kunde eine Bestellbestätigung bekommen. "
                     "Die Bestellungen sind im Backend."),
    ("urgent", "en", "No customers have received an order confirmation since yesterday "
                     "afternoon. The orders are in the admin."),
    ("urgent", "nl", "Geen enkele klant heeft sinds gisteren een orderbevestiging ontvangen. De "
                     "orders staan wel in de admin."),
]  # fmt: skip

NEAR_MISSES = [
    # nobody can order at all (critical)
    ("critical", "en", "No customers can order since yesterday afternoon, the checkout fails "
                       "for everyone."),
    ("critical", "no", "Ingen kunder har fått bestilt siden i går, kassen feiler for alle."),
    # one customer did not get hers, the others did (standard)
    ("standard", "en", "One customer hasn't received her order confirmation, everyone else gets "
                       "theirs fine."),
    # a question about the confirmation's wording (low)
    ("low", "de", "Können Sie den Text der Bestellbestätigung ändern? Wir möchten unsere neue "
                  "Telefonnummer darin haben."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
