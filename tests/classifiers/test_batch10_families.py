"""Meaning families added after held-out batch 10, in all four languages, and the engine
changes (forwards in an Outlook header block or attached as a whole mail, outages named by
month as past, planned moves as hypothetical).

The sentences here are NOT taken from batch 10: they say the same thing in other words.
NEAR_MISSES must not page (or must stay at the level given).
"""

# ruff: noqa: E501  (a table of whole sentences)
from __future__ import annotations

import pytest

from classifiers.engine import classify
from classifiers.model import MessageText
from tests.classifiers.conftest import assert_level

PARAPHRASES = [
    # an old backup put back over live data
    (
        "critical",
        "en",
        "It looks like someone restored an old backup, the last two weeks are missing.",
    ),
    (
        "critical",
        "nl",
        "Volgens mij is er een oude back-up teruggezet, alles van deze maand is er niet.",
    ),
    ("critical", "de", "Offenbar wurde ein altes Backup eingespielt, uns fehlt der ganze Februar."),
    ("critical", "de", "Es scheint, als haette man eine alte Sicherung zurueckgespielt."),
    ("critical", "no", "Det virker som en gammel backup ble lagt inn igjen på serveren."),
    # records gone after a move/migration (verb-first and verb-final)
    ("critical", "en", "After the server move all enrolments since February are missing."),
    ("critical", "nl", "Na de verhuizing zijn alle aanmeldingen van januari verdwenen."),
    ("critical", "de", "Seit dem Umzug sind die Buchungen der letzten Tage verschwunden."),
    ("critical", "de", "Nach der Migration fehlen uns saemtliche Registrierungen."),
    ("critical", "no", "Etter flyttingen mangler alle påmeldingene fra februar."),
    # a file of people's data anyone can download
    (
        "critical",
        "en",
        "Just a heads-up: a spreadsheet with names and phone numbers of all applicants can be downloaded by anyone.",
    ),
    (
        "critical",
        "nl",
        "Kleine vraag: het csv bestand met namen en adressen van onze klanten kun je gewoon downloaden.",
    ),
    (
        "critical",
        "de",
        "Nur ein Hinweis: die Excel Tabelle mit Namen und Geburtsdaten der Teilnehmer kann man einfach herunterladen.",
    ),
    (
        "critical",
        "no",
        "Bare et lite spørsmål: fila med navn og telefonnummer til alle kundene kan lastes ned av hvem som helst.",
    ),
    # another person's order or details shown
    (
        "critical",
        "en",
        "My husband opened his account and saw someone else's order with their address.",
    ),
    ("critical", "nl", "Een klant zag in haar account de bestelling van iemand anders."),
    ("critical", "de", "Im Kundenkonto wurde die Bestellung einer anderen Person angezeigt."),
    ("critical", "no", "En kunde så bestillingen til en annen kunde da hun logget inn."),
    # thanks after an incident was handled
    ("low", "en", "Just wanted to say thank you, the site came back quickly on Sunday."),
    ("low", "nl", "Ik wilde jullie even bedanken voor de snelle hulp van gisteren."),
    ("low", "de", "Ich wollte mich nur kurz bedanken, dass am Sonntag so schnell geholfen wurde."),
    ("low", "no", "Ville bare takke for rask hjelp i helgen."),
    # text in the wrong language: a standard defect even when asked politely
    (
        "standard",
        "en",
        "The booking form is suddenly in English instead of Welsh, could you change it back?",
    ),
    (
        "standard",
        "nl",
        "De knoppen staan in het Engels terwijl de site Nederlands is, kunnen jullie dat aanpassen?",
    ),
    ("standard", "de", "Der Kalender steht auf Englisch statt Deutsch, koennen Sie das anpassen?"),
    ("standard", "no", "Knappene står på engelsk selv om siden er norsk, kan dere rette det?"),
    # an outage named by month is past; a planned move asked about is hypothetical
    (
        "low",
        "no",
        "Etter at nettsiden var nede i mars lurer vi på hva avtalen dekker. Hva koster en utvidelse?",
    ),
    ("low", "nl", "Vraag: de server wordt komende week verhuisd. Ligt de website dan plat?"),
]

NEAR_MISSES = [
    # a backup mentioned, nothing lost
    ("low", "en", "Could you make an old backup available so we can compare a text?"),
    # a list without people's data
    ("standard", "de", "Kann man die Liste der Produkte als CSV herunterladen?"),
    # a migration planned, nothing gone
    (
        "low",
        "nl",
        "Na de migratie willen we graag een nieuwe huisstijl. Kunnen jullie een offerte sturen?",
    ),
    # thanks, but something is still wrong: not low
    ("critical", "en", "Wanted to say thanks for Saturday, but the site is down again now."),
    # an outage that still goes on, though it started in a named month
    ("critical", "no", "Nettsiden har vært nede siden i januar og er fortsatt nede."),
    # a typo on an English page is not a language problem
    ("low", "no", "Liten skrivefeil på forsiden: det står 'velkommmen'."),
]


@pytest.mark.parametrize("want, lang, text", PARAPHRASES + NEAR_MISSES)
def test_family(want: str, lang: str, text: str) -> None:
    assert_level(want, lang, text)


def test_forward_in_an_outlook_header_block_is_read() -> None:
    body = (
        "Se under, jeg får det samme.\n\nMartin\n\n"
        "Fra: Hanne <hanne@example.no>\nSendt: mandag 3. mars 2025 10:02\nTil: Martin\n"
        "Emne: hjelp\n\nNettsiden er helt nede for alle!\n"
    )
    assert classify(MessageText(subject="VS: hjelp", body=body)).severity == "critical"


def test_forward_attached_as_a_whole_mail_is_read() -> None:
    body = (
        "Hallo,\n\nsiehe Anhang. Koennen Sie sich das anschauen?\n\nViele Grüße\nUlrike\n\n"
        "Hi Ulrike,\n\neure Website ist komplett offline, egal welche Seite.\n\nLG Frank\n"
    )
    assert classify(MessageText(subject="WG: Website", body=body)).severity == "critical"


def test_a_signature_after_a_forward_note_without_attachment_is_not_read() -> None:
    body = "Hi,\n\nsee below.\n\nKind regards\nAnn\n\nOur site is never down: 99.9% uptime!\n"
    assert classify(MessageText(subject="FW: newsletter", body=body)).severity != "critical"
