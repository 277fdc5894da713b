"""A card skimmer behind the payment page: a second card form plus a stranger's charge.

"After paying, a second window asked for the card number and CVC again, in another style;
one guest was then charged by a merchant in Latvia": each half alone is harmless (a bank's
verification window, a retry after a declined card, a charge a guest does not recognise), so
each rule is half a critical signal; together they are a skimmer injected into the site, a
security breach (critical). The batch50 mail, a hotel's question ("Frage zur Buchungsstrecke"),
was read as low.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Two guests told us that after paying on our booking page a second window "
                       "popped up asking for their card number and CVC again, in a different "
                       "style. One of them was later charged by a merchant in Latvia. Should I "
                       "switch off online booking?"),
    ("critical", "de", "Eine Kundin erzählt, dass nach der Bezahlung noch ein zweites Formular "
                       "erschien, wo sie die Kartennummer und den Sicherheitscode erneut eingeben "
                       "sollte. Kurz darauf wurde ihr Geld von einer unbekannten Firma abgebucht. "
                       "Wie gehen wir vor?"),
    ("critical", "nl", "Twee gasten zeggen dat er na het betalen nog een tweede venster kwam "
                       "waarin ze hun kaartnummer en CVC opnieuw moesten invullen. Bij een van hen "
                       "is daarna een bedrag afgeschreven door een winkel in Roemenië. Moet ik de "
                       "boekingsmodule uitzetten?"),
    ("critical", "no", "To gjester sier at det etter betalingen kom opp et nytt vindu der de "
                       "måtte legge inn kortnummeret og CVC på nytt. En av dem ble etterpå "
                       "trukket av en ukjent forhandler i utlandet. Bør vi skru av bookingen?"),
]  # fmt: skip

NEAR_MISSES = [
    ("standard", "en", "A guest's card was declined, so the page asked her to enter her card "
                       "number again. The second try went through. Can you tell us why the "
                       "first one failed?"),
    ("standard", "de", "Ein Gast sagt, ihm wurde von einem Händler in Österreich ein Betrag "
                       "abgebucht, den er nicht kennt. Das war aber unser Partnerhotel. Können "
                       "Sie das prüfen?"),
    ("low", "nl", "Na het betalen opent er een tweede venster van de bank voor de verificatie "
                  "met de app. Kunnen we dat venster in het Nederlands krijgen?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
