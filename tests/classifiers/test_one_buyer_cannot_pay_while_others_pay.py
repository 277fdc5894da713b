"""One buyer cannot pay, and the mail says the others pay fine.

"En kunde skriver at Vipps ikke virker for henne ... Andre betaler helt fint med Vipps i dag"
and an end customer's "my card is declined every time ... my daughter ordered without trouble,
so it seems to be just me" were critical: a payment sent back to the checkout, a card declined.
The others named as paying (`<lang>.cx_others_pay_fine.single_user`), or the writer's "it seems
to be just me", make it one user's problem (standard). Said of people, not of payment methods:
"PayPal still works" beside cards failing for everyone stays a method lost (urgent), and
"the others cannot pay either" keeps a checkout down for all critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "en", "A buyer tells us Apple Pay fails for him: he approves it and lands back "
                       "in the checkout without an order. Others are paying fine with Apple Pay "
                       "this morning, twelve orders so far."),
    ("standard", "en", "Every time I try to buy the gift card my card is refused. My neighbour "
                       "bought one yesterday with no trouble, so it appears to be just me."),
    ("standard", "nl", "Een koper meldt dat Bancontact bij hem niet lukt: hij keurt het goed en "
                       "komt terug in de kassa zonder bestelling. Andere klanten betalen vandaag "
                       "gewoon met Bancontact."),
    ("standard", "nl", "Al twee dagen wordt mijn creditcard geweigerd als ik wil bestellen. Mijn "
                       "zus heeft gisteren zonder problemen besteld, het lijkt dus alleen bij mij "
                       "te zijn."),
    ("standard", "de", "Ein Käufer meldet, dass Klarna bei ihm nicht geht: nach der Freigabe "
                       "landet er wieder im Warenkorb. Alle anderen Kunden bezahlen heute "
                       "problemlos, wir haben schon 18 Bestellungen."),
    ("standard", "de", "Seit Montag wird meine Kreditkarte beim Bestellen immer abgelehnt. Mein "
                       "Mann hat gestern ohne Probleme bestellt, es scheint nur bei mir zu sein."),
    ("standard", "no", "En kunde sier at Klarna ikke virker for ham: han godkjenner og havner "
                       "tilbake i kassen uten ordre. Andre kunder betaler helt fint i dag."),
    ("standard", "no", "Kortet mitt blir avvist hver gang jeg prøver å bestille. Broren min "
                       "bestilte i går uten problemer, så det ser ut til å være bare meg."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "en", "Since this morning nobody can pay: the checkout sends everyone back to "
                       "the basket. Others are not paying either."),
    ("critical", "nl", "Niemand kan betalen sinds vanochtend, de kassa stuurt iedereen terug naar "
                       "het winkelmandje. Andere klanten betalen ook niet normaal."),
    ("critical", "de", "Seit heute Morgen kann niemand bezahlen. Andere Kunden bezahlen auch "
                       "nicht normal, alle landen wieder im Warenkorb."),
    ("critical", "no", "Ingen kan betale siden i morges, kassen sender alle tilbake til "
                       "handlekurven."),
    ("urgent", "en", "Card payments fail for everyone since this morning, nobody can pay by "
                     "card. PayPal still works."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
