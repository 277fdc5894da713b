"""A prize page asking for the card number, told in Nynorsk.

"Det kjem opp ei side som seier at dei har vunne ein iPhone og må leggje inn kortnummeret sitt":
the site sends visitors to a scam page, a breach (critical). The Nynorsk forms of the bait
("vunne", "vinst", "trekt ut") were missing beside the Bokmål ones ("vunnet", "gevinst",
"trukket ut"), so a school's mail was read as a display problem on the phone (standard). The
same page told in English, German and Dutch was already critical. A prize the writer won, or a
card field asked for, is no scam.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "no", "Fleire foreldre seier at når dei opnar heimesida til barnehagen på "
                       "mobilen, kjem det ei side om at dei har vunne eit gåvekort og må skrive "
                       "inn kortnummeret sitt."),
    ("critical", "no", "Nokre brukarar får opp ei side på nettstaden vår som seier at dei er "
                       "trekt ut og må leggje inn kortnummer for å hente vinsten."),
    ("critical", "en", "Several parents say that when they open our school's home page on their "
                       "phone, a page pops up saying they have won an iPhone and must enter their "
                       "card number."),
    ("critical", "de", "Mehrere Eltern berichten, dass beim Öffnen unserer Schulseite auf dem "
                       "Handy eine Seite erscheint: sie hätten ein iPhone gewonnen und sollen ihre "
                       "Kreditkartennummer eingeben."),
    ("critical", "nl", "Een paar ouders melden dat als ze onze schoolsite op hun telefoon openen, "
                       "er een pagina verschijnt dat ze een iPhone hebben gewonnen en hun "
                       "creditcardnummer moeten invullen."),
]  # fmt: skip

NEAR_MISSES = [
    ("low", "no", "Vi har vunne ein pris for den nye nettsida! Kan de leggje inn logoen til "
                  "prisen nedst på framsida?"),
    ("standard", "no", "Kan de leggje inn eit felt for kortnummer i gåvekort-skjemaet vårt? "
                       "Ikkje hastar."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
