"""Our customers', members' or card data in a stranger's hands: a breach (critical).

"Ein Mitglied hat eine Erpressermail mit seinem Passwort bekommen, jemand hat wohl unsere
Mitgliederliste in die Hände bekommen", "kaartgegevens worden via onze webshop afgevangen": the
data the site keeps has reached someone who should not have it, even while the site works. The
writer who got a list from a predecessor names no stranger.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Two members got a blackmail mail with their own password. It seems "
                       "someone got hold of our member list. The site itself looks normal."),
    ("critical", "nl", "De bank belde: via onze webshop worden kaartgegevens afgevangen, "
                       "meerdere klanten hebben fraude gemeld."),
    ("critical", "de", "Mehrere Kunden melden Betrug, die Bank sagt, dass über unseren Shop "
                       "Kartendaten abgefischt werden. Der Shop läuft aber normal."),
    ("critical", "no", "Flere kunder har fått svindelmail, og det ser ut som noen har fått tak "
                       "i kundelista vår. Nettbutikken virker som vanlig."),
]  # fmt: skip

NEAR_MISSES = [
    ("standard", "en", "I got hold of the member list from the old secretary, can you import it?"),
    ("low", "no", "Jeg har fått tak i medlemslista fra forrige kasserer, kan dere legge den inn?"),
    ("standard", "de", "Ich habe die Kartendaten für die Abrechnung im Ordner abgelegt."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
