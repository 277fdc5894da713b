"""Customers sent scam texts that quote their own order number: their data has leaked (critical).

"Kunder får svindel-SMS med ordrenummeret sitt": a fraudster who knows which customer placed
which order has read the shop's data, a breach, however normal the shop looks. The phishing-
with-real-data rules (`<lang>.phishing_with_real_data_near`) knew scam MAILS with the real
booking data; they now know scam texts too ("scam texts", "Betrugs-SMS", "nep-sms",
"svindel-SMS") and the customer's OWN order number ("their own order number", "ihrer eigenen
Bestellnummer", "hun eigen bestelnummer", "ordrenummeret sitt"). A notice wished for, that
we NEVER send such texts (negate_near), is no breach.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Two customers got scam texts asking them to pay a balance for their own "
                       "order number via a link. We never sent anything like that. The shop looks "
                       "normal."),
    ("critical", "de", "Zwei Kundinnen haben eine Betrugs-SMS mit ihrer eigenen Bestellnummer "
                       "bekommen, sie sollen über einen Link nachzahlen. Von uns kam das nicht."),
    ("critical", "nl", "Twee klanten kregen een nep-sms met hun eigen bestelnummer om via een link "
                       "bij te betalen. Wij hebben niets verstuurd."),
    ("critical", "no", "Kunder får svindel-SMS med ordrenummeret sitt og en lenke for å betale "
                       "resten. Vi har ikke sendt noe."),
]  # fmt: skip

NEAR_MISSES = [
    # a notice wished for: we never send such texts
    ("low", "en", "We'd like a notice on the site that we never send scam texts with their own "
                  "order number."),
    ("low", "de", "Können Sie im Shop einen Hinweis einbauen, dass wir nie Betrugs-SMS mit ihrer "
                  "eigenen Bestellnummer verschicken?"),
    ("low", "nl", "Kunnen jullie een melding op de site zetten dat wij nooit nep-sms'jes met hun "
                  "eigen bestelnummer sturen?"),
    ("low", "no", "Kan dere legge inn en melding om at vi aldri sender svindel-SMS med "
                  "ordrenummeret sitt?"),
    # a scam text with no data of ours: no sign of a leak
    ("standard", "en", "A customer asked whether scam texts could ever contain their order "
                       "number. Just curious, nothing happened."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
