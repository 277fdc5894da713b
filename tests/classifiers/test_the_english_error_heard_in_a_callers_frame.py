"""An English error a German, Dutch or Norwegian caller reads out, heard alike by the tolerant
scan of the transcript ("your order could not be placet", "this domain has been registerd",
"threat detektet"), counts since a3a2fa3
(tests/classifiers/test_a_caller_reads_out_the_english_error.py). It is no outage now when the
caller's own words around it frame it: a wish ("wir möchten ... dass da steht", "vi ønsker at
det står"), a what-if ("falls mal ... kommt", "wat moeten we doen als", "hvis det noen gang
står"), one customer beside the rest working ("bij hem ... bij ons werkt alles", "hos henne men
hos oss virker alt"), the caller's own computer ("mein virenscanner", "op mijn eigen laptop",
"på min egen pc"), a test system or an unused domain ("staging", "testsiden", "alten domain die
wir nicht mehr benutzen"). Such messages paged someone since a3a2fa3; the heard English match
is forgotten there, as before it.
"""

from __future__ import annotations

import pytest

from classifiers import MessageText, classify

FRAMED = [
    ("low", "de", "hallo hier ist koch wir möchten auf der fehlerseite dass da steht your order "
                  "could not be placet please try again können sie das machen"),
    ("low", "de", "hallo hier ist schmidt falls mal your order could not be placet kommt was "
                  "sollen wir dann den kunden sagen"),
    ("low", "de", "hallo hier ist frau berger mein virenscanner sagt threat detektet bei ihrer "
                  "rechnung die sie uns gemailt haben ist die datei sicher"),
    ("standard", "de", "hallo hier ist frau lenz auf der seite mit den gutscheinen steht your "
                       "order could not be placet die anderen produkte gehen normal"),
    ("low", "de", "hallo hier ist frau weiß wir wollen ein popup mit dem text threat detektet "
                  "für unser escape room spiel können sie das bauen"),
    ("low", "nl", "hallo met bakker wat moeten we doen als er ooit your order could not be "
                  "placet staat bij een klant"),
    ("low", "no", "vi ønsker at det står your order could not be placet please try again på "
                  "feilsiden"),
]  # fmt: skip

# below urgent (no other rule left, or the caller's own words set the level)
NOT_CRITICAL = [
    ("no", "hvis det noen gang står this domain has been registerd hva gjør vi da"),
    ("de", "hallo hier ist beck bei unserer alten domain die wir nicht mehr benutzen steht this "
           "domain has been registerd das ist in ordnung wollte nur bescheid sagen"),
    ("de", "ich teste gerade unsere staging seite da steht this domain has been registerd das ist "
           "aber nur die testumgebung kein problem"),
    ("nl", "hallo met de jong een klant zei dat er bij hem één keer your order could not be "
           "placet stond maar bij ons werkt alles gewoon"),
    ("nl", "als we de nieuwe site live zetten moet er dan this domain has been registerd weg zijn "
           "toch"),
    ("nl", "mijn virusscanner op mijn eigen laptop zegt threat detektet bij een bijlage van "
           "jullie"),
    ("no", "hei det er moen en kunde sa at det en gang sto your order could not be placet hos "
           "henne men hos oss virker alt"),
    ("no", "hei det er aas på testsiden vår står det this domain has been registerd men det er "
           "bare testmiljøet ikke noe hast"),
    ("no", "antivirusprogrammet på min egen pc sa threat detektet på en fil i nedlastinger men "
           "nettsiden er fin"),
]  # fmt: skip

# near misses: the caller reads out the error the site shows now, "wenn"/"als"/"når" telling
# when it comes, not what if
READ_OUT_NOW = [
    ("de", "hallo hier ist müller wenn man unsere adresse eingibt steht da nur this domain has "
           "been registerd bitte rufen sie zurück"),
    ("de", "hallo hier ist frau lenz bei uns im shop kommt bei jedem kunden your order could not "
           "be placet bitte dringend zurückrufen"),
    ("nl", "hallo met jansen als je ons adres intypt staat er alleen this domain has been "
           "registerd bel me terug"),
    ("nl", "hallo met de vries bij alle klanten komt steeds your order could not be placet graag "
           "terugbellen"),
    ("no", "hei det er nilsen når kundene skal betale kommer det bare your order could not be "
           "placet ring snarest"),
    ("no", "hei det er berg når jeg åpner siden vår kommer det en rød melding threat detektet "
           "ring meg"),
]  # fmt: skip


@pytest.mark.parametrize(("level", "lang", "said"), FRAMED)
def test_the_english_error_in_the_callers_frame_keeps_its_level(
    level: str, lang: str, said: str
) -> None:
    got = classify(MessageText(transcript=said, language=lang))
    assert got.severity == level, [(r.id, r.matched) for r in got.rules]


@pytest.mark.parametrize(("lang", "said"), NOT_CRITICAL)
def test_the_english_error_in_the_callers_frame_pages_nobody(lang: str, said: str) -> None:
    got = classify(MessageText(transcript=said, language=lang))
    assert got.severity not in ("critical", "urgent"), [(r.id, r.matched) for r in got.rules]


@pytest.mark.parametrize(("lang", "said"), READ_OUT_NOW)
def test_the_english_error_read_out_now_stays_critical(lang: str, said: str) -> None:
    got = classify(MessageText(transcript=said, language=lang))
    assert got.severity == "critical", [(r.id, r.matched) for r in got.rules]
