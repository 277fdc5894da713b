"""A site said not to be completely down ("den er ikke helt nede", "it's not completely down",
"nicht komplett down", "niet compleet plat"): it still loads, slowly or in part. Beside a slow
site it is the slow site (urgent), not the total outage its words name.

Session 14 found it in batch 43 (a site "suddenly slow" on every page whose writer adds "så den
er ikke helt nede", read as critical): the "completely down" phrases sat in
`<lang>.cant_get_on_anywhere`, which is not negatable (its "kommer ikke inn på" holds a "not"
of its own). They are `<lang>.cx_completely_down` now, negatable (German and Dutch also by a
"nicht" / "niet" after them, their word order). "Completely down" said outright stays a half
signal of the site down.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "no", "Siden i kveld er hver side veldig treg å laste, men den er ikke helt nede: "
                     "det kom en bestilling for ti minutter siden."),
    ("urgent", "no", "Nettbutikken er plutselig kjempetreg på alle sider. Den er ikke totalt nede, "
                     "bildene kommer til slutt."),
    ("urgent", "en", "Since about eight every page of the shop is painfully slow. It's not "
                     "completely down, an order came in ten minutes ago."),
    ("urgent", "en", "Our site has suddenly become very slow on all pages. Not totally down, the "
                     "pages do load in the end."),
    ("urgent", "de", "Seit heute Abend ist jede Seite extrem langsam. Komplett down ist sie nicht, "
                     "eben kam noch eine Bestellung."),
    ("urgent", "de", "Der Shop ist plötzlich auf allen Seiten sehr langsam, aber nicht ganz down: "
                     "die Bilder kommen irgendwann."),
    ("urgent", "nl", "Sinds vanavond is elke pagina ontzettend traag, maar hij is niet compleet "
                     "plat: er kwam net nog een bestelling binnen."),
    ("urgent", "nl", "De webshop is ineens heel traag op alle pagina's, maar niet volledig plat: "
                     "de foto's komen uiteindelijk wel."),
]  # fmt: skip

NEAR_MISSES = [
    # completely down, said so: the site down
    ("critical", "no", "Nettsiden er helt nede, den laster ikke på noen enhet."),
    ("critical", "en", "The shop is completely down, every page gives a timeout."),
    ("critical", "de", "Unsere Seite ist seit einer Stunde komplett down, auf jedem Gerät."),
    ("critical", "nl", "De website ligt helemaal plat, op elke pagina een foutmelding."),
    # "helemaal plat" of something else than the site (squashed photos): no outage word
    ("standard", "nl", "Sinds de update zijn de foto's op de teampagina uitgerekt, de gezichten "
                       "zijn helemaal plat. Op de andere pagina's is het goed."),
    # slow, with no word of it being down: urgent as before
    ("urgent", "en", "Since tonight the whole site is suddenly very slow, every page takes ages."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
