"""Engine-level families of round 11, in all four languages: a past outage that works again
now, a number's dot that ends a sentence ("gives a 404. The payment ..."), news about other
sites, "not down, but ...", a failure on every page against an "other pages work" cue and
payment impossible for everyone beside a working rest of the site, and questions whether we
could be hacked.

The sentences here are NOT taken from any corpus or held-out file: they say the same thing
in other words. NEAR_MISSES must stay at the level given (they name the trap in a comment).
"""

# ruff: noqa: E501  (a table of whole sentences)
from __future__ import annotations

import pytest

from classifiers.engine import classify
from classifiers.model import MessageText
from classifiers.scan import BOUNDARY
from classifiers.words import _tokens
from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # a: a past outage that works again now
    (
        "low",
        "en",
        "Last night around ten the website could not be reached for twenty minutes. It works again now. Could you tell us what caused it?",
    ),
    (
        "low",
        "en",
        "Our booking site was down earlier this evening for a short while, but it's back up now. Just curious what happened.",
    ),
    (
        "low",
        "nl",
        "Vannacht was de webshop een uur offline, een klant mailde ons. Nu doet alles het weer. Wat was er aan de hand?",
    ),
    (
        "low",
        "nl",
        "Gisteravond lag de site er even uit. Hij werkt weer, maar we willen graag weten wat de oorzaak was.",
    ),
    (
        "low",
        "de",
        "Heute Nacht war unser Shop etwa eine Stunde nicht erreichbar. Jetzt läuft wieder alles. Was war die Ursache?",
    ),
    (
        "low",
        "de",
        "Gestern Abend war die Webseite kurz offline, inzwischen geht wieder alles. Können Sie uns sagen, woran das lag?",
    ),
    ("low", "no", "I natt var nettbutikken nede i en times tid. Nå funker alt igjen. Hva skjedde?"),
    (
        "low",
        "no",
        "Nettsiden var nede i går kveld, men nå er den oppe igjen. Vet dere hva som skjedde?",
    ),
    # b: "404." before a capital ends the sentence: the payment word is in the next one
    (
        "standard",
        "en",
        "The 'Terms' link in the footer gives a 404. The payment step and the rest of the shop work as normal.",
    ),
    (
        "standard",
        "nl",
        "De link 'Voorwaarden' geeft een 404. Betalen en de rest van de webshop werken gewoon.",
    ),
    (
        "standard",
        "de",
        "Der Link zu den AGB führt auf eine 404. Die Bezahlung und der Rest des Shops funktionieren normal.",
    ),
    (
        "standard",
        "no",
        "Lenken til vilkårene gir 404. Betalingen og resten av nettbutikken fungerer som normalt.",
    ),
    # c: news about other sites, and a question whether we are affected
    (
        "low",
        "en",
        "I read in the paper that thousands of WordPress sites were hacked this week. Is our site affected? Nothing looks wrong on it.",
    ),
    (
        "low",
        "nl",
        "Ik las in de krant dat duizenden websites gehackt zijn via een plugin. Moeten wij ons zorgen maken? Bij ons lijkt alles normaal.",
    ),
    (
        "low",
        "de",
        "Heise berichtet, dass viele Shops gehackt wurden. Sind wir davon betroffen? Bei uns sieht alles normal aus.",
    ),
    (
        "low",
        "no",
        "Jeg leste i avisen at tusenvis av nettsider er blitt hacket. Gjelder det oss også? Alt ser normalt ut.",
    ),
    # d: "not down, but" one part of the site
    (
        "standard",
        "en",
        "The site is not down, but the opening hours block on the contact page shows an error for everyone.",
    ),
    (
        "standard",
        "nl",
        "De site ligt niet plat, maar op de contactpagina krijgt iedereen een foutmelding bij de openingstijden.",
    ),
    (
        "standard",
        "de",
        "Die Seite ist nicht down, aber auf der Kontaktseite sehen alle eine Fehlermeldung bei den Öffnungszeiten.",
    ),
    (
        "standard",
        "no",
        "Nettsiden er ikke nede, men på kontaktsiden får alle en feilmelding ved åpningstidene.",
    ),
    # e: payment impossible for everyone while the rest of the site works
    (
        "critical",
        "en",
        "Nobody can pay in the shop since noon; every attempt ends in an error. All other pages work normally.",
    ),
    (
        "critical",
        "nl",
        "Niemand kan meer betalen sinds vanmiddag. De rest van de website werkt gewoon.",
    ),
    (
        "critical",
        "de",
        "Seit Mittag kann niemand mehr bezahlen. Alle anderen Seiten funktionieren.",
    ),
    (
        "critical",
        "no",
        "Ingen kan betale i nettbutikken siden i formiddag. Resten av nettsiden fungerer som normalt.",
    ),
    # e: a failure on every page: "not down" / "other pages" do not make it a part
    (
        "critical",
        "en",
        "The server is not down, it answers, but on every page visitors only see a white screen.",
    ),
    (
        "critical",
        "de",
        "Die Seite ist nicht ausgefallen, aber auf jeder Seite erscheint nur ein weißer Bildschirm.",
    ),
    # e: one element that sits on every page is one element
    (
        "standard",
        "nl",
        "De link naar de privacyverklaring onderaan elke pagina geeft een 404 voor iedereen.",
    ),
    (
        "standard",
        "de",
        "Der Link zum Impressum unten auf jeder Seite führt für alle zu einer Fehlermeldung.",
    ),
    (
        "standard",
        "no",
        "Lenken til personvernerklæringen nederst på alle sider gir en feilmelding for alle.",
    ),
    # e: a form failing for all on PC and phone, the rest of the site seems to work
    (
        "urgent",
        "no",
        "Kontaktskjemaet feiler for alle, både på PC og mobil. Resten av nettsiden ser ut til å fungere.",
    ),
    # f: a question whether we could be hacked
    (
        "low",
        "en",
        "Quick question: could our website get hacked through the old gallery plugin? What would you recommend?",
    ),
    (
        "low",
        "nl",
        "Vraagje: kunnen we gehackt worden als we die oude plugin laten staan? Graag jullie advies.",
    ),
    (
        "low",
        "de",
        "Eine Frage: Können wir eigentlich gehackt werden, wenn das Passwort so kurz ist? Was empfehlen Sie?",
    ),
    (
        "low",
        "no",
        "Et spørsmål: Kan vi bli hacket hvis vi ikke oppdaterer nettsiden? Hva anbefaler dere?",
    ),
]

# A request to delete records is a content request, not records lost (a guard for the
# record-loss rules that round 11 widened to documents, files and periods).
DELETION_REQUESTS = [
    ("en", "Everything from before 2020 in the news archive can be deleted, it's outdated."),
    ("en", "Could you please remove all the old PDF files from the downloads page?"),
    ("nl", "Alle oude documenten van vóór 2020 mogen verwijderd worden van de site."),
    ("de", "Alle alten Dokumente aus dem Archiv können gelöscht werden."),
    ("no", "Alt fra 2021 kan slettes fra nyhetssiden, det er utdatert."),
]

NEAR_MISSES = [
    # a: still down this morning
    (
        "critical",
        "en",
        "The website went down last night and it is still down this morning, nobody can reach it.",
    ),
    # a: "geht wieder nicht" is down again, not fine again
    (
        "critical",
        "de",
        "Gestern Abend war der Shop offline. Heute geht es wieder nicht, niemand kann bestellen.",
    ),
    # a: "stopped working again" is no "working again"
    ("critical", "en", "Yesterday the checkout stopped working again. Nobody can pay."),
    # a: "it's back to the same error" and "popped up again" are the fault coming back
    (
        "critical",
        "en",
        "Yesterday evening the checkout failed for everyone. We thought it was fixed but it's back to the same error.",
    ),
    (
        "critical",
        "en",
        "Last night nobody could pay. The error popped up again this morning, nobody can pay.",
    ),
    # a: "werkt weer niet" is broken again
    (
        "critical",
        "nl",
        "Vannacht lag de site eruit en vanochtend werkt hij weer niet. Niemand kan erop.",
    ),
    # b: a date stays inside its sentence
    ("critical", "de", "Seit dem 3. Oktober kann niemand mehr bezahlen."),
    # c: the news, and our own site hacked too
    (
        "critical",
        "en",
        "I read in the news about hacked sites, and now our own site has been hacked too: it shows a casino page.",
    ),
    # c: a customer telling us, no news
    ("critical", "de", "Ein Kunde berichtet, dass niemand mehr bezahlen kann."),
    # d: not down FOR ME is no cue
    (
        "critical",
        "en",
        "The site is not down for me, but customers can't reach the website at all.",
    ),
    # e: one payment method fails, card payments work
    (
        "urgent",
        "en",
        "Nobody can pay with Klarna since this morning, card payments still work. The rest of the shop works too.",
    ),
    # e: an element on every page is one element
    (
        "standard",
        "en",
        "The privacy link in the footer of every page gives a 404. Could you correct it?",
    ),
    # e: a form failing for all on PC and phone while the rest works: one function (urgent)
    (
        "urgent",
        "en",
        "The registration form fails for everyone, on PC and phone. The rest of the website works fine.",
    ),
    # f: a breach told, not asked about
    (
        "critical",
        "en",
        "Have we been hacked? There is a new admin account that none of us created.",
    ),
    ("critical", "nl", "Onze website is gehackt, er staat een vreemde tekst op de homepage."),
    ("critical", "no", "Vi er blitt hacket, noen har endret forsiden vår."),
    # g: records deleted, not a request to delete them
    ("critical", "en", "All our files have been deleted overnight, can you restore them?"),
    ("critical", "de", "Kunden können nicht mehr bestellen, alle Bestellungen sind weg."),
    ("critical", "no", "Alle bestillinger er slettet, kundene kan ikke se noe."),
]


test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)


@pytest.mark.parametrize(("lang", "text"), DELETION_REQUESTS)
def test_a_request_to_delete_records_is_not_records_lost(lang: str, text: str) -> None:
    got = classify(MessageText(body=text, language=lang))
    assert got.severity != "critical", [(r.id, r.matched) for r in got.rules]


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("gives a 404. The payment works", True),
        ("Den gir 404. Den norske versjonen", True),
        ("am 12. Mai geht nichts", False),
        ("seit dem 3. Oktober nicht", False),
        ("im 2. Stock ist es", False),
        ("den 3. Desember", False),
        ("um 10. Dann ging es", True),
    ],
)
def test_a_numbers_dot_before_a_capital_ends_the_clause_unless_a_date(
    text: str, ends: bool
) -> None:
    assert (BOUNDARY in _tokens(text)) is ends


def test_a_subject_about_a_past_outage_is_read_with_the_body() -> None:
    got = classify(
        MessageText(
            subject="Var siden nede i natt?",
            body="Den virker igjen nå. Hva var årsaken?",
            language="no",
        )
    )
    assert got.severity == "low", [(r.id, r.matched) for r in got.rules]


def test_a_past_outage_in_a_voicemail_stays_past_in_the_tolerant_scan() -> None:
    got = classify(
        MessageText(
            transcript="hi it's tom from the bakery uh the website was down for a bit earlier "
            "this evening but it's back now it's working fine so nothing urgent just wondering "
            "what happened thanks",
        )
    )
    assert got.severity == "low", [(r.id, r.matched) for r in got.rules]
