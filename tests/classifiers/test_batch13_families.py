"""Meaning families added after held-out batch 13, in all four languages, and the engine
changes of round 6 (staff-only slowness, one user who cannot log in, a feature question,
a resolved outage asked about, short forwards, fuzzy first letters).

The sentences here are NOT taken from batch 13: they say the same thing in other words.
NEAR_MISSES must stay at the level given; NOT_CRITICAL ones must not page.
"""

# ruff: noqa: E501  (a table of whole sentences)
from __future__ import annotations

import pytest

from classifiers.decide import decide
from classifiers.engine import classify
from classifiers.model import FiredRule, MessageText
from classifiers.words import _tokens
from tests.classifiers.conftest import assert_level

PARAPHRASES = [
    # documents of other members/clients visible or downloadable
    (
        "critical",
        "en",
        "Since the update our tenants can open the rent statements of other tenants in their account.",
    ),
    (
        "critical",
        "en",
        "A parent told us she can download the school reports of other parents' children from the portal.",
    ),
    (
        "critical",
        "nl",
        "Leden kunnen in hun account de facturen van andere leden zien, inclusief rekeningnummer.",
    ),
    ("critical", "nl", "Een klant zag in Mijn omgeving de contracten van een andere klant staan."),
    (
        "critical",
        "de",
        "Kunden sehen im Portal die Verträge anderer Kunden und können sie herunterladen.",
    ),
    ("critical", "de", "Im Mitgliederbereich tauchen Rechnungen von anderen Mitgliedern auf."),
    ("critical", "no", "Leietakerne kan se husleiefakturaene til andre leietakere på Min side."),
    ("critical", "no", "En kunde har lastet ned kontrakten til en annen kunde fra portalen."),
    # a mailing with every address visible
    (
        "critical",
        "en",
        "Our newsletter went out with everyone in the To field, so every recipient can see all the other addresses.",
    ),
    (
        "critical",
        "nl",
        "De uitnodiging is verstuurd met alle adressen in het aan-veld in plaats van bcc.",
    ),
    (
        "critical",
        "de",
        "Die Einladung ging so raus, dass jeder Empfänger die E-Mail-Adressen aller anderen sieht.",
    ),
    ("critical", "no", "Påminnelsen ble sendt med alle adressene i til-feltet i stedet for bcc."),
    # data protection already raised
    (
        "critical",
        "en",
        "One of the parents has already threatened us with a GDPR complaint about this.",
    ),
    ("critical", "nl", "Moet dit gemeld worden bij de AP? Een ouder wees ons op de AVG."),
    ("critical", "de", "Ein Mitglied hat uns schon auf die DSGVO hingewiesen."),
    ("critical", "no", "Må dette meldes til Datatilsynet, tro?"),
    # a file with sensitive personal data, open to anyone
    (
        "critical",
        "en",
        "Someone found our members list online. The spreadsheet contains names, dates of birth and bank details.",
    ),
    (
        "critical",
        "nl",
        "Iemand vond een lijst op onze site; het bestand bevat namen, geboortedata en IBAN van alle deelnemers.",
    ),
    (
        "critical",
        "de",
        "Die Exportdatei liegt offen auf dem Server, sie enthält Namen, Geburtsdaten und IBAN aller Patienten.",
    ),
    (
        "critical",
        "no",
        "Eksportfila ligger åpent, den inneholder navn, fødselsnummer og kontonummer til alle medlemmene.",
    ),
    (
        "critical",
        "en",
        "I opened the link in an incognito window and it lists about 900 names with email addresses and phone numbers.",
    ),
    (
        "critical",
        "nl",
        "In een privévenster, zonder in te loggen, zie je een lijst met e-mailadressen en telefoonnummers van klanten.",
    ),
    (
        "critical",
        "de",
        "Ohne Anmeldung kann man eine Liste mit Telefonnummern und E-Mail-Adressen aller Teilnehmer abrufen.",
    ),
    (
        "critical",
        "no",
        "Uten å logge inn får man opp en liste med mobilnumre og e-postadresser til alle deltakerne.",
    ),
    # defacement told plainly
    (
        "critical",
        "en",
        "Our home page is now a black page with a skull and some message in broken English.",
    ),
    (
        "critical",
        "nl",
        "Op onze startpagina staat ineens een doodshoofd met de tekst greetz van een of andere groep.",
    ),
    (
        "critical",
        "de",
        "Statt unserer Startseite erscheint ein Totenkopf und ein Text auf Englisch.",
    ),
    (
        "critical",
        "no",
        "Forsiden vår er erstattet med en fremmed tekst og et bilde av en hodeskalle.",
    ),
    # visitors sent to spam sites
    (
        "critical",
        "en",
        "When customers click our result on Google they land on a gambling site full of free spins.",
    ),
    (
        "critical",
        "nl",
        "Vanaf Google beland je op een site vol casino-reclame in plaats van bij ons.",
    ),
    ("critical", "de", "Wer über Google kommt, landet auf einer Seite mit Casino-Werbung."),
    ("critical", "no", "Kundene havner på en side med nettcasino når de klikker på lenken vår."),
    # an administrator nobody made
    (
        "critical",
        "en",
        "There is an account with administrator rights that none of us created, added last night.",
    ),
    (
        "critical",
        "nl",
        "Er staat een gebruiker met beheerdersrechten die we niet hebben aangemaakt.",
    ),
    (
        "critical",
        "de",
        "Im Backend gibt es einen Benutzer mit Administratorrechten, den keiner von uns angelegt hat.",
    ),
    (
        "critical",
        "no",
        "Det ligger en bruker med administratorrettigheter som ingen av oss har opprettet.",
    ),
    ("critical", "no", "Jeg tror noen har kommet seg inn på nettsiden vår."),
    # a payment page that only shows an error
    ("critical", "en", "The payment page only shows an error since this morning."),
    ("critical", "nl", "De betaalpagina toont alleen een foutmelding sinds vanochtend."),
    ("critical", "de", "Die Zahlungsseite zeigt nur eine Fehlermeldung seit heute früh."),
    ("critical", "no", "Betalingssiden viser bare en feilmelding."),
    # urgent: tickets/vouchers/invoices not generated
    ("urgent", "en", "Orders go through but the gift vouchers are no longer generated as PDF."),
    (
        "urgent",
        "nl",
        "De cadeaubonnen worden niet meer aangemaakt, klanten krijgen alleen de bevestiging.",
    ),
    (
        "urgent",
        "de",
        "Seit gestern werden die Eintrittskarten nicht mehr erzeugt, der Verkauf läuft aber.",
    ),
    ("urgent", "no", "Billettene genereres ikke lenger, men folk får betalt som vanlig."),
    # urgent: booking calendar shows everything taken
    ("urgent", "en", "The online booking shows every slot as booked although the diary is empty."),
    ("urgent", "nl", "De online agenda toont alle tijden als bezet terwijl de agenda leeg is."),
    (
        "urgent",
        "de",
        "Der Terminkalender zeigt alle Termine als belegt, obwohl der Fahrlehrer frei hat.",
    ),
    ("urgent", "no", "Timebestillingen viser alt som opptatt selv om vi har mange ledige timer."),
    # urgent: reset or welcome mail not received
    (
        "urgent",
        "en",
        "Customers who click forgot password don't receive anything, nor do new sign-ups get the welcome email.",
    ),
    ("urgent", "nl", "Wie op wachtwoord vergeten klikt, krijgt geen mail meer."),
    ("urgent", "de", "Wer auf Passwort vergessen klickt, bekommt keine Mail mehr."),
    ("urgent", "no", "Når kundene trykker glemt passord, får de ingen e-post."),
    # urgent: orders no longer reaching an accounting/warehouse system
    (
        "urgent",
        "en",
        "Web orders aren't reaching the warehouse system since noon, the shop itself sells fine.",
    ),
    ("urgent", "nl", "Sinds gisteren komen de bestellingen niet meer door naar de boekhouding."),
    ("urgent", "de", "Die Bestellungen kommen seit Montag nicht mehr in der Warenwirtschaft an."),
    ("urgent", "no", "Ordrene går ikke over til Visma lenger."),
    # urgent: a login broken for part of the members while others get in
    (
        "urgent",
        "en",
        "Members who registered before March can't log into their account; members who joined later are fine.",
    ),
    # low: an outage that is over, the customer asks what happened
    (
        "low",
        "en",
        "The site was unreachable yesterday evening for twenty minutes. It's been fine all day today. What caused it?",
    ),
    (
        "low",
        "nl",
        "Gisteravond was de site even niet bereikbaar, nu werkt alles weer. Kunnen jullie zeggen wat er gebeurd is?",
    ),
    (
        "low",
        "de",
        "Gestern Abend war die Seite kurz nicht erreichbar. Heute läuft alles wieder. Woran lag das?",
    ),
    (
        "low",
        "no",
        "I går kveld var nettsiden nede en halvtime. Nå virker den fint. Vet dere hva som var galt?",
    ),
    # low: thanks after an incident
    ("low", "en", "Thanks again for sorting the checkout problem on Friday, all good since."),
    ("low", "nl", "Nogmaals bedankt voor vrijdag, sindsdien geen problemen meer."),
    ("low", "de", "Nochmals vielen Dank, seitdem läuft alles wieder."),
    ("low", "no", "Takk igjen for hjelpen, alt har virket siden."),
    # low: swap a photo, remove a person, however loudly
    ("low", "no", "HASTER! Kan dere bytte ut bildet på forsiden og fjerne Per fra ansattsiden?"),
    ("low", "de", "DRINGEND: bitte das Bild austauschen und Frau Berg von der Team-Seite nehmen."),
]

NEAR_MISSES = [
    # one user cannot log in, everyone else can: standard
    (
        "standard",
        "en",
        "One customer, Mrs Hale, can't log in to her account. Everyone else can log in fine.",
    ),
    (
        "standard",
        "nl",
        "Eén klant kan niet meer inloggen in zijn account. Bij alle anderen lukt het.",
    ),
    ("standard", "de", "Eine Kundin kann sich nicht mehr anmelden. Bei allen anderen klappt es."),
    ("standard", "no", "Én kunde får ikke logget inn. Alle de andre kommer inn som vanlig."),
    # the admin side slow, the public site fine: standard
    (
        "standard",
        "en",
        "Saving a product in the admin takes a minute, it's really slow. Customers don't notice, the public site is fine.",
    ),
    ("standard", "nl", "Het beheer is erg traag bij het opslaan. Klanten merken er niets van."),
    (
        "standard",
        "de",
        "Das Backend ist extrem langsam beim Speichern. Die Kunden merken davon nichts.",
    ),
    ("standard", "no", "Adminpanelet er veldig tregt når vi lagrer. Publikum merker ingenting."),
    # a filter or search answers "nothing found"
    (
        "standard",
        "nl",
        "Als je filtert op maat 42 krijg je geen resultaten gevonden, terwijl ze er wel zijn.",
    ),
    ("standard", "de", "Wenn man nach Größe filtert, werden keine Produkte gefunden."),
    ("standard", "no", "Når man filtrerer på merke gir søket ingen treff."),
    # one page with an error while the rest of the shop works
    (
        "standard",
        "no",
        "Siden med barnesykler viser en feilmelding, men resten av nettbutikken virker.",
    ),
    # the site slow for everyone stays urgent
    ("urgent", "en", "Since this morning the whole site is suddenly very slow for every visitor."),
]

NOT_CRITICAL = [
    # a feature question about members seeing each other
    ("en", "Can members see each other's names on the class list? We'd like that feature."),
    (
        "nl",
        "Kunnen leden elkaars namen zien op de deelnemerslijst? Die functie zouden we graag willen.",
    ),
    # a feature wish for an export, not a leak
    ("en", "Could the export contain the date of birth too? We'd like that for the insurance."),
    ("de", "Kann der Export auch das Geburtsdatum enthalten? Das wäre schön."),
    # "owned by" in content
    ("en", "Please add to the homepage that the bakery is owned by the Smith family."),
    # other customers can't see it: denied
    ("en", "We checked: other clients can't see her documents."),
    ("de", "Andere Mitglieder können die Rechnungen nicht sehen, das haben wir geprüft."),
    # a newsletter that went out to all members with a layout fault
    ("en", "The newsletter went out to all members but the layout looks odd on phones."),
    # a colleague's new admin login asked for
    ("en", "Could you make a new login with admin rights for our new colleague Anna?"),
    # the word "packed" in a transcript
    ("en", "the orders got picked and packed fine today, just calling about the invoice"),
]


@pytest.mark.parametrize("want, lang, text", PARAPHRASES + NEAR_MISSES)
def test_family(want: str, lang: str, text: str) -> None:
    assert_level(want, lang, text)


@pytest.mark.parametrize("lang, text", NOT_CRITICAL)
def test_near_miss_does_not_page(lang: str, text: str) -> None:
    got = classify(MessageText(body=text, language=lang))
    assert got.severity != "critical", got.rules


def _fired(rule_id: str, level: str, weight: float) -> FiredRule:
    return FiredRule(rule_id, level, "body", rule_id, weight)


def test_visitors_unaffected_turns_slow_rules_into_standard_signals() -> None:
    slow = [_fired("en.site_slow", "urgent", 1.0), _fired("en.slow_word", "urgent", 1.0)]
    assert decide(slow) == "urgent"
    assert decide([*slow, _fired("en.visitors_unaffected", "demote", 1.0)]) == "standard"
    # other urgent problems are not slowness: they stay
    broken = [_fired("en.integration_failure_near", "urgent", 1.0)]
    assert decide([*broken, _fired("en.visitors_unaffected", "demote", 1.0)]) == "urgent"


def test_single_user_takes_urgent_and_critical_to_standard() -> None:
    login = [_fired("en.login_broken", "urgent", 1.0)]
    assert decide([*login, _fired("en.single_user", "demote", 1.0)]) == "standard"
    assert decide([*login, _fired("en.limited_scope", "demote", 1.0)]) == "urgent"
    # Round 7 (batch 14): one user's "access denied" on the homepage read as the homepage
    # failing. A problem only one person has is not "down for all users": standard.
    down = [_fired("en.site_down", "critical", 2.0), _fired("en.single_user", "demote", 1.0)]
    assert decide(down) == "standard"
    # ... but a breach (a firm rule) stays critical
    assert decide(down, firm=True) == "critical"


def test_a_dot_in_a_time_or_abbreviation_does_not_end_the_sentence() -> None:
    assert "\x00" not in _tokens("den inneholder ca. 3 200 navn")
    got = classify(
        MessageText(
            body="Gisteravond tussen 19.00 en 20.30 uur was de website niet bereikbaar. "
            "Vanochtend werkt alles weer normaal."
        )
    )
    assert got.severity not in ("critical", "urgent"), got.rules


def test_a_short_forward_reads_the_forwarded_mail() -> None:
    body = (
        "Could you check this?\n\nBen\n\n-----Original Message-----\nFrom: Ann <ann@example.com>\n"
        "Sent: 3 March 2025 10:00\nTo: Ben <ben@example.com>\nSubject: site\n\n"
        "Our site redirects visitors to a casino page since this morning."
    )
    got = classify(MessageText(subject="FW: site", body=body))
    assert got.severity == "critical", got.rules


def test_a_subject_is_read_with_the_body_for_an_outage_that_is_over() -> None:
    got = classify(
        MessageText(
            subject="Website down yesterday?",
            body="A customer said the site was down yesterday afternoon. It works again now. "
            "What caused it?",
        )
    )
    assert got.severity == "low", got.rules


def test_fuzzy_matching_keeps_the_first_letter_of_short_words() -> None:
    got = classify(MessageText(transcript="everything got picked and packed, no problem at all"))
    assert got.severity != "critical", got.rules
    got = classify(MessageText(transcript="i think our website got hacked tonight"))
    assert got.severity == "critical", got.rules
