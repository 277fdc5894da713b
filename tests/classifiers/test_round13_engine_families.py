"""Engine-level families of round 13 (issue 5), in all four languages: common abbreviations
("etc.", "e.g.", "z.B.", "f.eks.", "o.a.", "bl.a.") that do not end a sentence, and a
works-again clause that cancels a failure matched in its sentence before any "but".

The sentences here are NOT taken from any corpus or held-out file. NEAR_MISSES keep their
level or their sentence end (they name the trap in a comment).
"""

# ruff: noqa: E501  (a table of whole sentences)
from __future__ import annotations

import pytest

from classifiers.engine import classify
from classifiers.model import MessageText
from classifiers.scan import BOUNDARY
from classifiers.sentences import sentences
from classifiers.words import _tokens
from tests.classifiers.conftest import assert_level

# 1: an abbreviation inside a sentence: one sentence, no clause boundary
ABBREVIATED = [
    "The static pages (about us, opening hours, etc.) load without trouble.",
    "Some cards, e.g. Maestro and Amex, are refused at the till.",
    "Our partners, i.e. the three bakeries, see the same page.",
    "De vaste pagina's (contact, route enz.) laden gewoon.",
    "Sommige kaarten, bijv. Maestro, worden geweigerd.",
    "Bij o.a. de agenda en het fotoalbum zien we niets vreemds.",
    "Die festen Seiten (Impressum, Anfahrt usw.) laden normal.",
    "Manche Karten, z.B. Maestro bzw. Amex, werden abgelehnt.",
    "Die Seiten, d.h. Impressum und Kontakt, laden normal.",
    "De faste sidene (kontakt, åpningstider osv.) laster helt fint.",
    "Noen kort, f.eks. Maestro, blir avvist i kassen.",
    "Vi ser bl.a. kalenderen og bildene uten feil.",
]

# a real sentence end stays one, also after a single letter or a domain
SENTENCE_ENDS = [
    ("We went with plan B. Since then the shop is slow.", 2),
    ("The shop is down. Nobody can order.", 2),
    ("Das ist Variante C. Seitdem geht nichts.", 2),
    ("Vi valgte plan B. Nå er siden nede.", 2),
]


@pytest.mark.parametrize("text", ABBREVIATED)
def test_an_abbreviation_does_not_end_the_sentence(text: str) -> None:
    assert [s for s in sentences(text) if s.strip()] == [text]
    assert _tokens(text).count(BOUNDARY) == 1  # the final dot only


@pytest.mark.parametrize(("text", "count"), SENTENCE_ENDS)
def test_a_sentence_end_after_a_single_letter_stays_an_end(text: str, count: int) -> None:
    assert len([s for s in sentences(text) if s.strip()]) == count
    assert _tokens(text).count(BOUNDARY) == count


# 3: a works-again clause: what failed in its sentence is over
WORKS_AGAIN = [
    (
        "en",
        "Last week the appointment form was broken. The appointment form has run smoothly again since then and no customer has complained. Could you send the invoice?",
    ),
    (
        "en",
        "The reservation page failed for a while on Monday; it is back to normal and we have had no reports of errors.",
    ),
    (
        "nl",
        "Afgelopen dinsdag was het afsprakenformulier kapot. Het afsprakenformulier werkt sindsdien weer gewoon en we krijgen geen meldingen meer. Kunt u de factuur sturen?",
    ),
    (
        "nl",
        "Het boeken via de site deed het weer prima na jullie ingreep en geen enkele klant heeft nog geklaagd.",
    ),
    (
        "de",
        "Vorige Woche war das Terminformular defekt. Das Terminformular funktioniert seitdem wieder problemlos und niemand hat sich beschwert. Bitte schicken Sie die Rechnung.",
    ),
    (
        "no",
        "Forrige uke var timebestillingen ødelagt. Timebestillingen har virket fint igjen siden da og ingen kunder har klaget. Kan dere sende fakturaen?",
    ),
]

# the failure told after the works-again clause, or broken again: still an incident
WORKS_AGAIN_NEAR_MISSES = [
    # broken again after working again
    (
        "critical",
        "en",
        "The payment page worked again on Tuesday, but since this morning nobody can pay at all.",
    ),
    (
        "critical",
        "nl",
        "Gisteren werkte het afrekenen weer, maar sinds vanochtend kan niemand meer betalen.",
    ),
    (
        "critical",
        "de",
        "Gestern lief die Kasse wieder, aber seit heute früh kann niemand mehr bezahlen.",
    ),
    ("critical", "no", "I går virket kassen igjen, men siden i morges kan ingen betale."),
    # "down again" is no works-again
    ("critical", "en", "The website is down again and nobody can order anything."),
    # Dutch puts the "not" after: "werkt weer niet" is broken again
    ("critical", "nl", "Het werkt weer niet, niemand kan betalen."),
    ("critical", "nl", "De webshop doet het weer niet en niemand kan iets bestellen."),
    # "worked until it crashed again"
    ("critical", "en", "It worked for an hour until it crashed again and now nobody can pay."),
]


@pytest.mark.parametrize(("lang", "text"), WORKS_AGAIN)
def test_a_works_again_clause_cancels_the_failure_in_its_sentence(lang: str, text: str) -> None:
    got = classify(MessageText(body=text, language=lang))
    assert got.severity in ("low", "standard"), [(r.id, r.matched) for r in got.rules]


@pytest.mark.parametrize(("level", "lang", "text"), WORKS_AGAIN_NEAR_MISSES)
def test_broken_after_working_again_keeps_its_level(level: str, lang: str, text: str) -> None:
    assert_level(level, lang, text)


# 2: news about other sites, read, seen or heard: no incident of ours
NEWS_ABOUT_OTHERS = [
    (
        "en",
        "I saw on the news last night that hundreds of web shops were hacked. Should we worry about our shop?",
    ),
    (
        "nl",
        "Ik las gisteren in de krant dat veel webwinkels gehackt zijn. Moeten wij ons zorgen maken?",
    ),
    (
        "de",
        "Ich habe in der Zeitung gelesen, dass viele Onlineshops gehackt wurden. Sind wir auch gefährdet?",
    ),
    ("no", "Jeg leste i avisen at mange nettbutikker er blitt hacket. Bør vi være bekymret?"),
]

# a medium mentioned for something of our own, or news and then our own failure in its clause
NEWS_NEAR_MISSES = [
    (
        "critical",
        "en",
        "hello it's Anna from the flower shop we ran an ad in the paper on Saturday and since this morning nobody can place an order on our website please call back",
    ),
    (
        "critical",
        "nl",
        "ja hallo met Kees van de fietsenwinkel we stonden met een aanbieding in de krant en sinds vanochtend kan niemand meer iets bestellen op de site bel even terug",
    ),
    (
        "critical",
        "de",
        "hallo hier ist Jana vom Hofladen wir hatten eine Anzeige in der Zeitung und seit heute früh kann niemand mehr im Shop bestellen bitte rufen Sie zurück",
    ),
    (
        "critical",
        "no",
        "hei det er Per fra sykkelbutikken vi hadde en annonse i avisen og siden i morges kan ingen bestille i nettbutikken ring meg tilbake",
    ),
    (
        "critical",
        "en",
        "I heard on the radio that many sites were attacked, but since this morning nobody can pay in our shop.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NEWS_ABOUT_OTHERS)
def test_news_about_other_sites_is_no_incident(lang: str, text: str) -> None:
    got = classify(MessageText(body=text, language=lang))
    assert got.severity not in ("critical", "urgent"), [(r.id, r.matched) for r in got.rules]


@pytest.mark.parametrize(("level", "lang", "text"), NEWS_NEAR_MISSES)
def test_a_medium_named_for_our_own_business_keeps_the_failure(
    level: str, lang: str, text: str
) -> None:
    assert_level(level, lang, text)


def test_a_works_again_clause_holds_in_the_tolerant_transcript_scan() -> None:
    text = "hallo met Els van de camping vorige week lag het boekingssysteem plat het boekingssysteem werkt sindsdien weer prima en we hebben geen klachten kunt u de factuur nog sturen"
    got = classify(MessageText(transcript=text, language="nl"))
    assert got.severity in ("low", "standard"), [(r.id, r.matched) for r in got.rules]
