"""A script nobody here added, at the checkout or above the card fields, is a card skimmer.

"there's a script loading from "cdn-jsdelivr-static.top" right above the card fields, which
we definitely never added. It's still there now." was standard (no rule fired): only a script
said to send the card data elsewhere was a breach. An unknown script at the checkout or beside
the card fields, or one said in a clause of its own to be none of ours ("which we never
added", "das wir nie eingebaut haben", "dat we nooit hebben toegevoegd", "som vi aldri har lagt
inn"), is critical. A script we never added because nobody asked for it yet, Stripe's own
script, or an "unknown script error" is none.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Three customers say their card was used elsewhere after ordering. There "
                       "is an unknown script on the checkout page, right above the card fields."),
    ("critical", "en", "There's a script loading from some odd domain right above the card "
                       "fields, which we definitely never added."),
    ("critical", "de", "Auf der Bezahlseite steht ein unbekanntes Skript direkt über den "
                       "Kartenfeldern."),
    ("critical", "de", "Direkt über den Kartenfeldern lädt ein Skript von einer komischen Domain, "
                       "das wir definitiv nie eingebaut haben."),
    ("critical", "nl", "Op de afrekenpagina staat een onbekend script, vlak boven de kaartvelden."),
    ("critical", "nl", "Er laadt een script vlak boven de kaartvelden, dat we echt nooit hebben "
                       "toegevoegd."),
    ("critical", "no", "Det ligger et ukjent script på betalingssiden, rett over kortfeltene."),
    ("critical", "no", "Det lastes et script rett over kortfeltene, som vi helt sikkert aldri har "
                       "lagt inn."),
]  # fmt: skip

NEAR_MISSES = [
    ("low", "en", "We never added the Klarna script to the checkout page. Could you add it?"),
    ("standard", "en", "Stripe's script above the card fields, which we added last year, needs "
                       "an update. Can you do it?"),
    ("urgent", "en", "There is an unknown script error on the checkout page, but every order "
                     "goes through fine."),
    ("low", "de", "Könnt ihr das Klarna-Skript auf der Bezahlseite ergänzen? Das hatten wir "
                  "bisher nie."),
    ("standard", "de", "Auf der Bezahlseite kommt ein unbekannter Skriptfehler, aber die "
                       "Bestellungen gehen durch."),
    ("low", "nl", "We hebben het Klarna-script nooit op de afrekenpagina gezet. Kunnen jullie dat "
                  "doen?"),
    ("standard", "nl", "Op de afrekenpagina komt een onbekend script-foutmelding, maar bestellen "
                       "lukt."),
    ("low", "no", "Vi har aldri lagt Klarna-scriptet inn i kassen. Kan dere gjøre det?"),
    ("urgent", "no", "På betalingssiden kommer en ukjent script-feil, men ordrene går gjennom."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
