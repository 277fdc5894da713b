"""The checkout or the whole site down, told in a clause that reports it, where German and
Dutch put the verb last and its negation before it, and Norwegian puts "ikke" before the verb:
"Wir melden uns, weil die Kasse seit heute Morgen nicht mehr funktioniert", "We mailen omdat de
kassa sinds vanochtend niet meer werkt", "Vi skriver fordi kassen ikke virker lenger". Each is
critical, as "Die Kasse funktioniert nicht mehr" is.

The lead found it by probing: the rules read the main clause (verb second, "funktioniert
nicht") and none of these. `<lang>.cx_verb_last_not_working` takes a conjunction that reports
a fact (weil/dass/da, omdat/dat, fordi/at/siden) right before the subject, and the negated verb
within the clause: not "wenn"/"als"/"hvis" (a condition), "ob"/"of"/"om" (a question), nor a
subject that is only the place of something else ("dass die Suche im Shop nicht
funktioniert"). A device or some customers between them lower it to urgent as they do
elsewhere, where the limited-scope lists know the words ("op mobiel", "bei einigen Kunden" and
"auf dem iPhone" they do not, in this clause or in the main clause).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Wir melden uns, weil die Kasse seit heute Morgen nicht mehr funktioniert."),
    ("critical", "de", "Ich schreibe Ihnen, da unser Onlineshop seit gestern Abend nicht mehr "
                       "lädt."),
    ("critical", "de", "Uns ist aufgefallen, dass PayPal seit dem Update nicht mehr funktioniert."),
    ("critical", "de", "Bitte schnell helfen, weil der Warenkorb überhaupt nicht mehr geht."),
    ("critical", "de", "Wir haben den Eindruck, dass die ganze Seite nicht mehr läuft."),
    ("critical", "de", "Ich glaube, dass der Checkout nicht mehr funktioniert."),
    ("critical", "de", "Wir schreiben, weil unsere Seite seit dem Update nicht mehr lädt."),
    ("critical", "nl", "We mailen omdat de kassa sinds vanochtend niet meer werkt."),
    ("critical", "nl", "Ik merk dat onze webshop sinds de update niet meer laadt."),
    ("critical", "nl", "We bellen omdat afrekenen sinds gisteravond niet meer lukt."),
    ("critical", "nl", "Klanten melden dat de betaalpagina niet werkt."),
    ("critical", "no", "Vi skriver fordi kassen ikke virker lenger."),
    ("critical", "no", "Vi ser at nettbutikken ikke fungerer siden i morges."),
    ("critical", "no", "Kundene sier at betalingen ikke fungerer i det hele tatt."),
    ("critical", "no", "Vi tar kontakt ettersom nettsiden ikke laster."),
    ("critical", "no", "Vi tar kontakt siden betalingen i nettbutikken ikke fungerer."),
]  # fmt: skip

NEAR_MISSES = [
    # a condition or a question, not a report
    ("standard", "de", "Was machen wir, wenn die Kasse nicht funktioniert?"),
    ("standard", "de", "Können Sie prüfen, ob die Kasse nicht funktioniert?"),
    ("standard", "nl", "Wat doen we als de kassa niet werkt?"),
    ("standard", "no", "Hva gjør vi hvis kassen ikke fungerer?"),
    # the shop is where something else fails
    ("standard", "de", "Es ist ärgerlich, dass die Suche im Shop nicht funktioniert."),
    ("standard", "nl", "Het valt op dat de zoekfunctie op de site niet werkt."),
    ("standard", "no", "Vi synes det er rart at søket i nettbutikken ikke fungerer."),
    # partly, one method with another working, mobile only, some customers
    ("standard", "de", "Ich weiß, dass die Kasse nicht richtig funktioniert, wenn man Gutscheine "
                       "nutzt."),
    ("urgent", "de", "Wir sehen, dass PayPal nicht mehr funktioniert, Kreditkarte geht aber."),
    ("urgent", "nl", "Wij zien dat de kassa bij sommige klanten niet werkt."),
    ("urgent", "nl", "Klanten melden dat de kassa op mobiel niet werkt."),
    ("urgent", "no", "Vi ser at kassen for noen kunder ikke fungerer."),
    # over, told after the fact
    ("low", "de", "Gestern Abend war es so, dass die Kasse nicht funktioniert hat, jetzt geht es "
                  "wieder."),
    ("low", "nl", "Vorige week meldden klanten dat de kassa niet werkt, dat is inmiddels "
                  "opgelost."),
    ("low", "no", "Forrige uke sa kundene at kassen ikke fungerte, men det er fikset nå."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
