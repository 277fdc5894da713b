"""The impersonal or generic subject cannot get onto the site ("Man kommt nicht mehr auf unsere
Website", "Je komt niet meer op de site", "You can't get onto the site anymore", "Man får ikke
opp nettsiden vår"): "man", "je", "men", "you", "one", "du" is everyone, so the site is down for
all users (critical, `<lang>.cx_one_cannot_get_onto_the_site`).

At 803a8b9 the German, Dutch and English forms with such a subject were standard (only "niemand"
/ "customers" were known), and so were the Norwegian "man får ikke opp nettsiden" and "du når
ikke nettsiden". One customer who cannot get on, one device ("am Handy ..., am PC schon"), a
condition ("if you can't get onto the site, call us") and a rule of how the site works ("...
without a password", "... until you have registered") stay below critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "You can't get onto the site anymore."),
    ("critical", "en", "Since this morning you can't get onto our site at all."),
    ("critical", "en", "Hi, you cannot open our website anymore, please have a look."),
    ("critical", "en", "People can't get onto the site anymore, we're losing orders."),
    ("critical", "en", "One can no longer get onto the shop."),
    ("critical", "de", "Man kommt nicht mehr auf unsere Website."),
    ("critical", "de", "Man kommt gar nicht mehr auf die Seite."),
    ("critical", "de", "Man erreicht die Seite nicht."),
    ("critical", "de", "Man erreicht unsere Website seit heute Morgen nicht mehr."),
    ("critical", "de", "Man kann den Shop nicht mehr aufrufen."),
    ("critical", "de", "Seit heute Morgen kommt man nicht mehr auf unsere Seite."),
    ("critical", "de", "Leider erreicht man die Website nicht mehr."),
    ("critical", "nl", "Je komt niet meer op de site."),
    ("critical", "nl", "Je kunt de site niet meer openen."),
    ("critical", "nl", "Men kan de website niet bereiken."),
    ("critical", "nl", "Je komt de webshop niet meer in sinds de update."),
    ("critical", "nl", "Sinds vanochtend kom je niet meer op de site."),
    ("critical", "nl", "Helaas kan men de webshop niet meer bereiken."),
    ("critical", "no", "Man kommer ikke inn på nettsiden."),
    ("critical", "no", "Man får ikke åpnet siden."),
    ("critical", "no", "Du kommer ikke inn på siden."),
    ("critical", "no", "Man får ikke opp nettsiden vår."),
    ("critical", "no", "Du når ikke nettsiden lenger."),
    ("critical", "no", "Siden i morges kommer man ikke inn på nettbutikken."),
    ("critical", "no", "Plutselig får man ikke opp siden."),
]  # fmt: skip

NEAR_MISSES = [
    # one customer
    ("standard", "en", "One customer says she can't get onto the site."),
    ("standard", "en", "One customer says you can't get onto the site from her phone."),
    ("standard", "de", "Eine Kundin schreibt, sie kommt nicht mehr auf die Seite."),
    ("standard", "nl", "Een klant zegt dat ze niet meer op de site komt."),
    ("standard", "no", "En kunde sier at hun ikke får åpnet nettsiden."),
    # one device
    ("standard", "en", "You can't get onto the site on my phone, on the laptop it works."),
    ("standard", "de", "Man kommt am Handy nicht auf die Seite, am PC schon."),
    ("standard", "de", "Man kommt nur mit dem Handy nicht auf die Seite."),
    ("standard", "nl", "Je komt niet op de site op mijn telefoon, op de laptop wel."),
    # a condition
    ("standard", "en", "If you can't get onto the site, please call us."),
    ("standard", "de", "Wenn man nicht auf die Seite kommt, soll man uns anrufen."),
    ("standard", "nl", "Als je niet op de site komt, bel ons dan."),
    ("standard", "no", "Hvis man ikke kommer inn på siden, ring oss."),
    # how the site works: a login first
    ("low", "en", "You can't get onto the site until you have registered, that's how it was "
                  "set up."),
    ("standard", "en", "Without an account you can't get onto the site, that's how it works."),
    ("standard", "de", "Ohne Passwort kommt man nicht auf die Seite, so ist es gewollt."),
    ("standard", "de", "Man kommt nicht auf die Seite, ohne sich vorher anzumelden."),
    ("standard", "nl", "Je komt niet op de site zonder wachtwoord, dat is zo bedoeld."),
    ("standard", "no", "Uten passord får man ikke åpnet siden, slik skal det være."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
