"""Meaning families missed again in held-out batch 14, in all four languages, written as
round 7's compositional rules see them: a business object + a failure or exposure state +
a scope or a wrong audience, and the non-critical signals (staging, one user, staff-only
slowness, a past outage asked about, a thank-you, other pages fine).

The sentences here are NOT taken from batch 14: they say the same thing in other words.
NEAR_MISSES must stay at the level given. INVENTED are critical reports from businesses
no batch has (a ferry operator, a dentist, a bookshop chain, a football club, ...), to
check that the rules compose rather than remember.
"""

# ruff: noqa: E501  (a table of whole sentences)
from __future__ import annotations

import pytest

from classifiers.engine import classify
from classifiers.model import MessageText
from tests.classifiers.conftest import assert_level

PARAPHRASES = [
    # others' records seen
    (
        "critical",
        "en",
        "A tenant logged in and could see the rent invoices of other tenants, with their bank details.",
    ),
    (
        "critical",
        "nl",
        "Een ouder zag in de app de rapporten van andere leerlingen, met cijfers en opmerkingen.",
    ),
    (
        "critical",
        "de",
        "Ein Mieter konnte im Portal die Nebenkostenabrechnungen anderer Mieter öffnen, samt Bankverbindung.",
    ),
    (
        "critical",
        "no",
        "En forelder fikk opp vitnemålene til andre elever da hun logget inn i portalen.",
    ),
    # personal data file public
    (
        "critical",
        "en",
        "There's a spreadsheet on the site with every member's phone number and date of birth. Anyone can download it without logging in.",
    ),
    (
        "critical",
        "nl",
        "Er staat een lijst met telefoonnummers en geboortedata van al onze leden op de site. Iedereen kan het downloaden, zonder in te loggen.",
    ),
    (
        "critical",
        "de",
        "Auf der Website liegt eine Liste mit Telefonnummern und Geburtsdaten aller Mitglieder. Die Datei ist ohne Anmeldung abrufbar.",
    ),
    (
        "critical",
        "no",
        "Det ligger en liste med telefonnummer og fødselsdato til alle medlemmene på nettsiden. Man kan åpne den uten å logge inn.",
    ),
    # a post nobody of ours wrote asking for money
    (
        "critical",
        "en",
        "There's a news post on our site asking people to transfer money to an account that isn't ours. None of us wrote it.",
    ),
    (
        "critical",
        "nl",
        "Op de site staat een oproep om geld over te maken naar een rekeningnummer dat niet van ons is. Niemand van ons heeft het geschreven.",
    ),
    (
        "critical",
        "de",
        "Auf unserer Seite steht ein Spendenaufruf mit einer IBAN, die nicht von uns ist. Keiner von uns hat ihn geschrieben.",
    ),
    (
        "critical",
        "no",
        "Det står et innlegg på siden om å sende gavekort til en adresse som ikke er vår. Ingen av oss har skrevet det.",
    ),
    # scam prize page
    (
        "critical",
        "en",
        "When I open your site on my phone I get a page saying I've won a prize and it wants my card number.",
    ),
    (
        "critical",
        "nl",
        "Via Google kom ik op een pagina: gefeliciteerd, u heeft gewonnen, vul uw creditcard in.",
    ),
    (
        "critical",
        "de",
        "Ich lande auf einer Seite mit Herzlichen Glückwunsch, Sie haben gewonnen, bitte Kreditkarte eingeben.",
    ),
    (
        "critical",
        "no",
        "Jeg kom til en side som sa at jeg hadde vunnet en premie og ba om kortnummeret mitt.",
    ),
    # all records gone
    ("critical", "en", "After last night's update all of our membership records are gone."),
    ("critical", "nl", "Na het onderhoud zijn alle reserveringen van deze maand verdwenen."),
    ("critical", "de", "Seit dem Update sind alle Kundenkonten verschwunden."),
    ("critical", "no", "Etter oppdateringen er alle reservasjonene for neste uke borte."),
    # zero sales
    (
        "critical",
        "en",
        "We haven't had a single booking come in since midnight, normally we get dozens.",
    ),
    ("critical", "nl", "Er is sinds vanochtend geen enkele bestelling binnengekomen."),
    ("critical", "de", "Seit heute Morgen ist keine einzige Buchung eingegangen."),
    ("critical", "no", "Vi har ikke fått én eneste bestilling siden i morges."),
    # object x total failure x everyone
    ("critical", "en", "The booking app shows a white screen for everyone since this morning."),
    ("critical", "nl", "De app blijft wit voor iedereen, ook op andere telefoons."),
    ("critical", "de", "Die App öffnet sich für niemanden mehr, sie wird weiß und schließt sich."),
    ("critical", "no", "Appen åpner seg ikke for noen i dag, den blir bare hvit."),
    # transactional mail
    ("urgent", "en", "Customers aren't getting the booking confirmation emails any more."),
    ("urgent", "nl", "Klanten krijgen geen bevestigingsmail meer na het boeken."),
    ("urgent", "de", "Die Bestätigungsmails kommen bei den Kunden nicht an."),
    ("urgent", "no", "Kundene får ikke bekreftelse på e-post lenger."),
    # staging + live fine
    (
        "standard",
        "en",
        "URGENT: the test site shows a fatal error on every page. The live site works normally.",
    ),
    ("standard", "nl", "De testomgeving geeft overal een 500 fout. De live site werkt gewoon."),
    (
        "standard",
        "de",
        "Die Testumgebung zeigt nur noch einen Fatal Error. Live läuft alles normal.",
    ),
    (
        "standard",
        "no",
        "Testsiden gir bare feilmelding 503. Den vanlige nettsiden fungerer helt normalt.",
    ),
    # one user
    (
        "standard",
        "en",
        "Our new receptionist gets 'access denied' when she logs in. My colleagues can log in without trouble.",
    ),
    (
        "standard",
        "nl",
        "Onze nieuwe medewerker krijgt een foutmelding bij het inloggen. Haar collega's kunnen wel gewoon inloggen.",
    ),
    (
        "standard",
        "de",
        "Unser neuer Kollege bekommt beim Login einen Fehler. Ich selbst und die anderen können uns ganz normal anmelden.",
    ),
    ("standard", "no", "En av de ansatte får ikke logget inn. Vi andre logger inn helt fint."),
    # staff-only slowness
    (
        "standard",
        "en",
        "The admin has been slow all week when saving products. For customers the shop is fast, so it's only on our side.",
    ),
    ("standard", "nl", "Het beheer is traag bij het opslaan. De winkel zelf is voor klanten snel."),
    ("standard", "de", "Das Backend ist seit Tagen langsam. Für Kunden ist der Shop schnell."),
    ("standard", "no", "Adminpanelet er tregt. For kundene går alt som det skal."),
    # past outage asked about
    (
        "low",
        "en",
        "Yesterday evening the shop was unreachable for half an hour. It's working fine this morning. What was the cause?",
    ),
    (
        "low",
        "nl",
        "Gisteravond was de site een uur niet bereikbaar. Vanochtend doet alles het weer. Wat was de oorzaak?",
    ),
    (
        "low",
        "de",
        "Gestern Abend war die Seite ca. eine Stunde nicht erreichbar. Heute läuft alles wieder normal. Woran lag das?",
    ),
    # thank-you
    ("low", "en", "Just wanted to say a big thank you for getting us back online on Sunday."),
    ("low", "nl", "Ik wilde jullie nog even bedanken voor de snelle hulp zaterdag."),
    ("low", "de", "Ich wollte mich nochmal für Ihre schnelle Hilfe am Wochenende bedanken."),
    ("low", "no", "Ville bare takke for rask hjelp på lørdag."),
    # shouting about one page
    (
        "standard",
        "en",
        "URGENT!!! The team page is completely broken on my phone!!! The other pages look fine.",
    ),
    (
        "standard",
        "de",
        "DRINGEND!!! Die Kursseite ist total kaputt, das Bild ist verzerrt. Die anderen Seiten sind ok.",
    ),
]

NEAR_MISSES = [
    # feature requests and questions about data
    ("en", "Can customers see their own invoices in the portal? We'd like that feature."),
    ("nl", "Kunnen klanten hun eigen facturen downloaden? Dat zouden we graag willen."),
    ("de", "Können Kunden ihre eigenen Rechnungen herunterladen? Das wäre schön."),
    ("no", "Kan kundene se sine egne fakturaer? Det ønsker vi oss."),
    # security questions
    ("en", "How do we protect the site against hackers? Is our data safe?"),
    ("de", "Wie schützen wir unsere Seite vor Hackern?"),
    # a single page, a single user, staging
    ("en", "The staging site is broken after the deploy, the live site is fine."),
    ("nl", "Eén pagina geeft een foutmelding, de rest van de site werkt."),
    ("no", "En av programlederne får ikke lastet opp, vi andre laster opp helt fint."),
    # a contact form asking for fields is not a leak
    ("en", "Our contact form asks for name, phone number and date of birth. Can you add a field?"),
    # no orders confirmation is mail, not sales stopped
    ("de", "Für keine einzige Bestellung können wir ein Versandetikett drucken."),
]


@pytest.mark.parametrize(("level", "lang", "text"), PARAPHRASES)
def test_paraphrase_is_classified_at_its_level(level: str, lang: str, text: str) -> None:
    assert_level(level, lang, text)


@pytest.mark.parametrize(("lang", "text"), NEAR_MISSES)
def test_near_miss_does_not_page(lang: str, text: str) -> None:
    got = classify(MessageText(body=text, language=lang))
    assert got.severity != "critical", [(r.id, r.matched) for r in got.rules]


INVENTED = [
    # businesses in no batch: ferry, dentist, bookshop chain, football club, bakery, zoo,
    # driving school, theatre
    ("en", "The ferry booking site shows a white screen for everyone, nobody can book a crossing."),
    ("en", "Patients of our dental practice can open other patients' treatment notes in the app."),
    ("en", "Not a single order has come in on the bookshop's web store since midnight."),
    (
        "en",
        "Someone posted on the football club's news page asking fans to send gift cards to an address that isn't ours. None of us wrote it.",
    ),
    ("en", "After the update all of the bakery's pre-orders are gone from the system."),
    (
        "en",
        "Visitors to the zoo's site land on a page saying they've won a prize, and it asks for their card details.",
    ),
    (
        "en",
        "A spreadsheet with every learner's home address and date of birth is on the driving school's site; anyone can download it without logging in.",
    ),
    ("en", "The theatre's ticket app crashes for everyone the moment it opens."),
    (
        "nl",
        "De boekingssite van de veerdienst laadt niet voor iedereen, niemand kan een overtocht boeken.",
    ),
    (
        "nl",
        "Patiënten van de tandartspraktijk zien de behandelverslagen van andere patiënten in de app.",
    ),
    (
        "nl",
        "Er is sinds middernacht geen enkele bestelling binnengekomen in de webshop van de boekhandel.",
    ),
    (
        "nl",
        "Op de nieuwspagina van de voetbalclub staat een bericht met een rekeningnummer dat niet van ons is. Niemand van ons heeft het geplaatst.",
    ),
    ("nl", "Na de update zijn alle bestellingen van de bakkerij verdwenen."),
    (
        "nl",
        "Bezoekers van de dierentuin komen op een pagina: gefeliciteerd, u heeft gewonnen, vul uw creditcard in.",
    ),
    (
        "nl",
        "Een lijst met adressen en geboortedata van al onze leerlingen staat op de site van de rijschool. Iedereen kan het openen zonder in te loggen.",
    ),
    ("nl", "De kaartjesapp van het theater crasht voor iedereen bij het openen."),
    (
        "de",
        "Die Buchungsseite der Fähre lädt nicht, für niemanden, keiner kann eine Überfahrt buchen.",
    ),
    ("de", "Patienten der Zahnarztpraxis sehen in der App die Befunde anderer Patienten."),
    (
        "de",
        "Seit Mitternacht ist im Onlineshop der Buchhandlung keine einzige Bestellung eingegangen.",
    ),
    (
        "de",
        "Auf der Newsseite des Fußballvereins steht ein Aufruf mit einer IBAN, die nicht von uns ist. Keiner von uns hat ihn veröffentlicht.",
    ),
    ("de", "Nach dem Update sind alle Vorbestellungen der Bäckerei verschwunden."),
    (
        "de",
        "Besucher der Zoo-Seite landen auf einer Seite mit Glückwunsch, Sie haben gewonnen, und sollen ihre Kreditkartendaten eingeben.",
    ),
    (
        "de",
        "Eine Liste mit Adressen und Geburtsdaten aller Fahrschüler liegt auf der Website. Sie ist ohne Anmeldung abrufbar.",
    ),
    ("de", "Die Ticket-App des Theaters stürzt bei allen sofort ab."),
    ("no", "Bookingsiden til fergeselskapet laster ikke for noen, ingen får bestilt overfart."),
    ("no", "Pasienter hos tannlegen får opp journalnotatene til andre pasienter i appen."),
    ("no", "Vi har ikke fått én eneste ordre i nettbutikken til bokhandelen siden midnatt."),
    (
        "no",
        "Det ligger et innlegg på nyhetssiden til fotballklubben om å sende gavekort til en adresse som ikke er vår. Ingen av oss har skrevet det.",
    ),
    ("no", "Etter oppdateringen er alle forhåndsbestillingene til bakeriet borte."),
    (
        "no",
        "Besøkende på dyreparkens side kommer til en side der det står gratulerer, du har vunnet, og den vil ha kortnummeret.",
    ),
    (
        "no",
        "En liste med adresser og fødselsdato til alle elevene på kjøreskolen ligger åpent på nettsiden, man trenger ikke logge inn.",
    ),
    ("no", "Billettappen til teateret krasjer for alle når den åpnes."),
]


@pytest.mark.parametrize(("lang", "text"), INVENTED)
def test_invented_business_critical_is_critical(lang: str, text: str) -> None:
    got = classify(MessageText(body=text, language=lang))
    assert got.severity == "critical", [(r.id, r.matched) for r in got.rules]
