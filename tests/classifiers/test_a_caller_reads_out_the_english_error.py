"""A German, Dutch or Norwegian caller who reads out the ENGLISH error on the screen, as the
speech recogniser mis-hears it ("da steht nur this domain has been registerd", "er komt
steeds your order could not be placet", "det kommer en rød melding threat detektet"): the
site replaced by a registrar's page, the order that cannot be placed, the security warning,
critical as the same words written.

f4950c7 stopped counting another language's match that only the tolerant scan of a
transcript found: a German caller's "grauer Kasten mit Fehler beim Laden" heard alike as the
Norwegian "kassen ... feil" (the checkout fails) is a coincidence of spelling. It dropped the
English matches as well, and with them the English error text a caller in another language
reads out, the normal case (the error pages, browsers and payment screens are in English).
An English match heard alike now counts in any caller's transcript; another language's
still does not (tests/classifiers/test_a_part_of_a_page_that_fails_to_load.py).
"""

from __future__ import annotations

import pytest

from classifiers import MessageText, classify

READ_OUT = [
    ("de", "hallo hier ist müller vom weingut wenn man unsere adresse eingibt steht da nur this "
           "domain has been registerd bitte rufen sie zurück"),
    ("de", "ja guten tag schmidt hier bei uns im shop kommt beim bezahlen immer your order could "
           "not be placet bitte zurückrufen"),
    ("de", "hallo hier ist frau weber wenn ich unsere seite aufmache kommt eine rote warnung "
           "threat detektet bitte melden sie sich"),
    ("de", "hallo hier ist frau weber die webseite zeigt so eine rote warnung threat detektet und "
           "der browser lässt keinen mehr drauf"),
    ("nl", "hallo met jansen van de bakkerij als je ons adres intypt staat er alleen this domain "
           "has been registerd bel me terug"),
    ("nl", "goedemiddag met de vries van de webwinkel bij het afrekenen komt steeds your order "
           "could not be placet graag terugbellen"),
    ("nl", "hoi met pieters als ik onze site open komt er een rode melding threat detektet graag "
           "terugbellen"),
    ("nl", "hoi met pieters de website geeft een rode waarschuwing threat detektet en niemand "
           "komt er meer op"),
    ("no", "hei det er hansen fra bakeriet når man skriver inn adressen vår står det bare this "
           "domain has been registerd ring meg tilbake"),
    ("no", "hei det er hansen fra bakeriet nettsiden vår er borte det står bare this domain has "
           "been registerd ring meg tilbake"),
    ("no", "hei det er nilsen fra nettbutikken når kundene skal betale kommer det bare your order "
           "could not be placet ring snarest"),
    ("no", "hei dette er berg når jeg åpner siden vår kommer det en rød melding threat detektet "
           "ring meg"),
    ("en", "hi this is miller from the winery when you type in our address it just says this "
           "domain has been registerd please call back"),
]  # fmt: skip

# the same English words said of an error that has gone: no outage now
GONE_AGAIN = [
    ("nl", "hallo met jansen gisteren stond er even this domain has been registerd maar nu werkt "
           "alles weer gewoon ter info"),
    ("no", "hei det er hansen i går sto det en stund this domain has been registerd men nå virker "
           "alt igjen bare til info"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "transcript"), READ_OUT)
def test_the_english_error_read_out_is_critical(lang: str, transcript: str) -> None:
    got = classify(MessageText(transcript=transcript))
    assert got.severity == "critical", [(r.id, r.matched) for r in got.rules]


@pytest.mark.parametrize(("lang", "transcript"), GONE_AGAIN)
def test_the_english_error_gone_again_is_low(lang: str, transcript: str) -> None:
    got = classify(MessageText(transcript=transcript))
    assert got.severity == "low", [(r.id, r.matched) for r in got.rules]
