"""Links to spam goods that appeared on the site: an intruder put them there (critical).

"Onder elke blogpost staan sinds gisteren links naar online apotheken die wij niet hebben
geplaatst": links to a pharmacy, quick loans or a casino that appeared on the pages unasked are
injected by someone who got in (the table's security breach). A request to add a link to a
pharmacy, or a link to one that stopped working, names no appearing and stays below critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Since the weekend, links to online pharmacies have appeared under every "
                       "product description. We didn't add them."),
    ("critical", "nl", "In de footer zijn links naar snelle leningen en online apotheken "
                       "opgedoken, die hebben wij er niet in gezet."),
    ("critical", "de", "Auf unserer Startseite sind ganz unten Links zu Sofortkrediten "
                       "aufgetaucht, keiner von uns hat die eingefügt."),
    ("critical", "no", "Det har dukket opp lenker til forbrukslån og et nettapotek under "
                       "artiklene på bloggen vår."),
]  # fmt: skip

NEAR_MISSES = [
    ("low", "en", "Could you add a link to our partner pharmacy in the footer, please?"),
    ("low", "no", "Kan dere legge inn en lenke til nettapoteket vårt nederst på forsiden?"),
    ("standard", "de", "Plötzlich funktioniert der Link zur Online-Apotheke nicht mehr."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
