"""An outage that worked again before the mail ends, told in the past or with the verb before its
subject ("terwijl ik dit schrijf doet het het weer", "kurz danach lief er wieder", "etter en
halvtime virket den igjen", "half an hour later it came back up"), beside a question about the
cause: an incident over, to be looked into (standard), not the outage now.

Session 14 found it in batch 43 (a checkout failing from a clock time on, "UPDATE ...: terwijl ik
dit zat te typen doet het het weer", read as critical): `<lang>.resolved` knew the present
("werkt weer", "geht wieder", "virker igjen", "works again") but not the past ("werkte",
"lief", "funktionierte", "virket", "worked"), the infinitive ("å virke igjen"), "het" twice, nor
"came back up". The regexes keep their "not" after ("werkte het weer niet": failing again), and
German "wieder los" (starting again) is no longer read as working again.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "nl", "Rond 20:15 kreeg iedereen bij het afrekenen een foutmelding. Terwijl ik "
                       "dit schrijf doet het het weer. Kunnen jullie uitzoeken wat er mis was?"),
    ("standard", "nl", "Om 19:30 lag de webshop plat voor iedereen. Een kwartier later deed hij "
                       "het weer. Willen jullie nagaan hoe dat kwam?"),
    ("standard", "en", "At 20:30 the whole shop was down for everyone. Half an hour later it "
                       "came back up. Could you find out what happened?"),
    ("standard", "en", "Around 21:45 nobody could pay at checkout. Twenty minutes later payments "
                       "worked again. Can you look into the cause?"),
    ("standard", "de", "Um 20:30 war der ganze Shop nicht erreichbar. Kurz danach lief er wieder. "
                       "Können Sie herausfinden, woran es lag?"),
    ("standard", "de", "Gegen 21 Uhr konnte niemand an der Kasse bezahlen. Nach einer halben "
                       "Stunde funktionierte alles wieder. Bitte prüfen Sie die Ursache."),
    ("standard", "no", "Klokka 20:30 var hele nettbutikken nede. Etter en halvtime virket den "
                       "igjen. Kan dere finne ut hva som skjedde?"),
    ("standard", "no", "Rundt 21:45 fikk alle kundene feil i kassen. Mens jeg skrev dette, "
                       "begynte det å virke igjen. Kan dere se på årsaken?"),
]  # fmt: skip

NEAR_MISSES = [
    # back for a while, then down again: the outage now
    ("critical", "en", "The shop came back up at ten, but since midnight it is down again for "
                       "everyone."),
    ("critical", "no", "Nettbutikken virket igjen en stund, men nå er den nede igjen for alle."),
    ("critical", "nl", "De webshop deed het weer even, maar nu ligt hij weer plat voor iedereen."),
    ("critical", "de", "Der Shop lief wieder kurz, aber jetzt ist er für alle Kunden wieder "
                       "nicht erreichbar."),
    # "wieder los" is the trouble starting again; "werkte het weer niet" it failing again
    ("critical", "de", "Heute Abend ging es wieder los: der Shop ist für alle Kunden nicht "
                       "erreichbar."),
    ("critical", "nl", "Gisteren werkte het weer niet, en vandaag ligt de webshop voor iedereen "
                       "plat."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
