"""Meaning families added after held-out batch 11, in all four languages, and the engine
change (near rules with `span_commas` see one sentence across commas and parentheses).

The sentences here are NOT taken from batch 11: they say the same thing in other words.
NEAR_MISSES must not page (or must stay at the level given).
"""

# ruff: noqa: E501  (a table of whole sentences)
from __future__ import annotations

import pytest

from classifiers.engine import classify
from classifiers.model import MessageText
from classifiers.rules import load_rules
from classifiers.words import _tokens
from tests.classifiers.conftest import assert_level

PARAPHRASES = [
    # phishing mails that carry the shop's real booking/order data
    (
        "critical",
        "en",
        "Customers are getting phishing emails with their real booking numbers, asking them to pay again.",
    ),
    (
        "critical",
        "nl",
        "Klanten krijgen nepmails met hun echte boekingsnummer erin, met het verzoek te betalen.",
    ),
    (
        "critical",
        "de",
        "Kunden bekommen gefälschte Rechnungen per Mail, darin ihre echten Bestellnummern.",
    ),
    (
        "critical",
        "no",
        "Gjestene får svindelmail med ekte bookingnummer og navn, og blir bedt om å betale.",
    ),
    # a login by a user the customer does not have
    (
        "critical",
        "en",
        "Someone logged in as 'support2' last night. We have no user with that name.",
    ),
    (
        "critical",
        "nl",
        "Er is vannacht ingelogd als 'beheer2'. We hebben geen gebruiker met die naam.",
    ),
    (
        "critical",
        "de",
        "Heute Nacht hat sich 'helpdesk' angemeldet, wir haben keinen Benutzer mit diesem Namen.",
    ),
    ("critical", "no", "Noen logget inn som 'drift' i natt. Vi har ingen bruker med det navnet."),
    # a defaced home page
    (
        "critical",
        "en",
        "Our homepage now shows a political slogan instead of the banner, we didn't put it there.",
    ),
    (
        "critical",
        "nl",
        "Op de homepage staat sinds vanochtend een vreemde afbeelding, met een politieke leus.",
    ),
    (
        "critical",
        "de",
        "Auf der Startseite ist plötzlich ein fremdes Foto mit politischer Botschaft.",
    ),
    ("critical", "no", "På forsiden ligger det nå et ukjent bilde med politisk budskap."),
    # the whole site white
    ("critical", "en", "Our whole website is completely white, on every computer we tried."),
    ("critical", "nl", "De hele webshop is helemaal wit, bij iedereen."),
    ("critical", "de", "Der ganze Onlineshop ist komplett weiß, bei allen Kollegen."),
    ("critical", "no", "Hele nettbutikken er helt blank for alle oss her."),
    # personal data open to anyone, across a comma or parenthesis (span_commas)
    (
        "critical",
        "en",
        "The staff list opens without logging in (via a shared link), with home addresses.",
    ),
    (
        "critical",
        "no",
        "Medlemslisten kan åpnes uten å logge inn, med fødselsnummer til alle.",
    ),
    # a breach the customer must report
    ("critical", "en", "I think this counts as a personal data breach, please advise."),
    ("critical", "nl", "Dit is volgens ons een datalek, wat moeten we doen?"),
    ("critical", "de", "Ist das eine Datenpanne, die wir melden müssen?"),
    ("critical", "no", "Vi regner dette som et avvik etter personvernreglene."),
    # restored from an older copy
    (
        "critical",
        "en",
        "After the move the database seems to be restored from an older backup, the newest orders are gone.",
    ),
    (
        "critical",
        "nl",
        "De database lijkt hersteld uit een oudere snapshot, de bestellingen van gisteren zijn weg.",
    ),
    (
        "critical",
        "de",
        "Die Datenbank stammt offenbar aus einem älteren Snapshot, es fehlen Bestellungen.",
    ),
    (
        "critical",
        "no",
        "Databasen ser ut til å være gjenopprettet fra en eldre kopi, ordrene fra i går mangler.",
    ),
    # confirmations and reminders no longer going out (verb-final too)
    ("urgent", "en", "The booking confirmations are not going out since Friday."),
    ("urgent", "nl", "Sinds maandag worden de afspraakbevestigingen niet meer verstuurd."),
    (
        "urgent",
        "de",
        "Mir scheint, dass die Buchungsbestätigungen seit Montag nicht mehr rausgehen.",
    ),
    ("urgent", "no", "Timebekreftelsene går ikke ut lenger, ingen kunder får dem."),
    # enquiries through the site stopped arriving
    ("urgent", "en", "We haven't had a single booking request through the site since Tuesday."),
    ("urgent", "nl", "We hebben al een week geen enkele offerteaanvraag ontvangen via de site."),
    ("urgent", "de", "Seit Donnerstag ist keine einzige Anfrage über das Formular gekommen."),
    ("urgent", "no", "Vi har ikke fått en eneste forespørsel via skjemaet siden mandag."),
    # paid but the purchase not credited
    (
        "urgent",
        "en",
        "Customers have paid, but the payment stays pending in our system and they get nothing.",
    ),
    ("urgent", "nl", "Mensen hebben betaald maar de betaling blijft op open staan in de webshop."),
    ("urgent", "de", "Die Zahlung ist erfolgt, aber die Bestellung bleibt bei uns auf offen."),
    ("urgent", "no", "Kundene har betalt, men betalingen blir ikke registrert hos oss."),
    # prepaid passes not usable
    ("urgent", "en", "Members with a class pass can't book any classes since this morning."),
    ("urgent", "nl", "Leden met een strippenkaart kunnen geen lessen meer boeken."),
    (
        "urgent",
        "de",
        "Kunden mit Zehnerkarte können nicht mehr buchen, es heißt die Karte sei ungültig.",
    ),
    ("urgent", "no", "De med klippekort får ikke booket noe, systemet sier at kortet er ugyldig."),
    # an error that comes and goes: critical signals step down to urgent
    (
        "urgent",
        "en",
        "The booking form sometimes gives a 504 Gateway Timeout, some of them come through.",
    ),
    (
        "urgent",
        "de",
        "Das Formular gibt manchmal einen 504 Gateway Timeout, einige kommen trotzdem an.",
    ),
    # login for everyone, the rest of the site works: urgent
    ("urgent", "no", "Ingen kan logge inn på portalen, men resten av siden fungerer fint."),
    ("urgent", "en", "Nobody can log in to the portal, but the rest of the site works."),
    # text in another language on a button/label
    ("standard", "en", "The order button shows German text now. Could you fix that?"),
    (
        "standard",
        "nl",
        "Er staat Engelse tekst op de knop om te bestellen. Kunnen jullie dat aanpassen?",
    ),
    ("standard", "de", "Auf dem Knopf steht auf Englisch 'Book now'. Könnt ihr das ändern?"),
    ("standard", "no", "Knappen for å bestille viser engelsk tekst. Kan dere rette det?"),
    # a dropdown with no options
    ("standard", "en", "The size dropdown on the product page is empty."),
    ("standard", "nl", "Het keuzemenu voor de maat is leeg sinds de update."),
    ("standard", "de", "Das Auswahlmenü für die Größe ist leer."),
    ("standard", "no", "Nedtrekksmenyen for størrelse er tom etter oppdateringen."),
    # a contact detail to change (low, even when shouted)
    (
        "low",
        "en",
        "URGENT: our new number is 0800 111 222, can you update the number everywhere on the site?",
    ),
    ("low", "nl", "We krijgen een nieuw nummer per 1 mei, kunnen jullie dat overal aanpassen?"),
    ("low", "de", "Wir haben eine neue Telefonnummer, bitte überall austauschen."),
    ("low", "no", "Vi får nytt telefonnummer fra mandag, kan dere endre nummeret på nettsiden?"),
    # fast again / thanks for the help
    ("low", "en", "All fast again, thanks for the help!"),
    ("low", "nl", "Alles is weer snel, bedankt voor de hulp."),
    ("low", "de", "Läuft wieder schnell, danke für eure Hilfe!"),
    ("low", "no", "Takk for hjelpen, det går raskt igjen nå."),
]

NEAR_MISSES = [
    # a phishing mail that only asks for an order number: no leak
    (
        "standard",
        "en",
        "Is this scam email asking for my order number from you? Just checking.",
    ),
    # no other way to log in is not nobody can log in
    (
        "low",
        "no",
        "Kursdeltakerne har ingen annen måte å logge inn på enn med Microsoft. Kan vi legge til Google?",
    ),
    # 'owned by' in ordinary speech
    ("standard", "en", "Can the homepage say the shop is owned by the Fenwick family since 1952?"),
    # a white design wish is not a white site
    ("low", "nl", "Kunnen jullie de achtergrond van de homepage wit maken?"),
    # a dropdown with options wanted, nothing empty
    ("low", "de", "Könnt ihr im Auswahlmenü noch die Größe XXL ergänzen?"),
    # 'sometimes' never demotes a breach
    ("critical", "en", "Sometimes the checkout page shows other customers' names and addresses."),
    # the whole site down stays critical when the rest 'works' is negated
    ("critical", "en", "The site is down for everyone and everything else isn't working either."),
    # a confirmation that arrives
    ("low", "en", "The booking confirmation arrives fine, but could you change its wording?"),
]


@pytest.mark.parametrize("want, lang, text", PARAPHRASES + NEAR_MISSES)
def test_family(want: str, lang: str, text: str) -> None:
    assert_level(want, lang, text)


def test_commas_and_parentheses_end_phrases_but_not_span_commas_sentences() -> None:
    toks = _tokens("a, b (c) d. e")
    assert toks.count("\x01") == 3 and toks.count("\x00") == 1
    base = {"level": "urgent", "weight": 1.0, "language": "en", "near": [["alpha"], ["omega"]]}
    rules = load_rules(
        inline=[{**base, "id": "x.split"}, {**base, "id": "x.span", "span_commas": True}]
    )
    fired = {r.id for r in classify(MessageText(body="alpha, then omega"), rules).rules}
    assert "x.span" in fired and "x.split" not in fired
    fired = {r.id for r in classify(MessageText(body="alpha. Then omega"), rules).rules}
    assert "x.span" not in fired


ENGINE_CASES = [
    # a denial frame: the claim after "not the case that" is denied, the rest still counts
    ("urgent", "no", "Det er ikke slik at nettsiden er nede, men den er svært treg."),
    ("urgent", "en", "It is not the case that the site is down, it is just very slow."),
    ("urgent", "nl", "Het is niet zo dat de website plat ligt, hij is alleen heel traag."),
    ("urgent", "de", "Es ist nicht so, dass die Website down ist, sie ist nur extrem langsam."),
    # near miss: the denial covers only its own clause
    ("critical", "en", "It's not that the shop is slow: the site is down for everyone."),
    ("critical", "no", "Nettsiden er nede for alle. Det er ikke slik at det bare gjelder meg."),
    # "works again IF ...": a workaround, not a fix
    (
        "critical",
        "en",
        "Checkout fails for everyone. It works again if you reload, then fails at payment.",
    ),
    (
        "critical",
        "nl",
        "De site ligt plat voor iedereen. Het werkt weer als je ververst, maar daarna niet meer.",
    ),
    (
        "critical",
        "de",
        "Die Seite ist für alle down. Es funktioniert wieder, wenn man neu lädt, aber nur kurz.",
    ),
    (
        "critical",
        "no",
        "Nettsiden er nede for alle. Den virker igjen hvis man laster på nytt, men bare kort.",
    ),
    # near miss: works again now, no condition: the outage is over
    ("low", "en", "The site was down for everyone this morning. It works again now, thanks."),
    ("low", "nl", "De site lag vanochtend plat voor iedereen. Alles werkt weer, bedankt!"),
    # "it is fixed" with nothing still wrong is a reply, not a report
    ("low", "de", "Danke, das Problem ist behoben."),
]


@pytest.mark.parametrize("want, lang, text", ENGINE_CASES)
def test_engine_denial_condition_and_resolved_reply(want: str, lang: str, text: str) -> None:
    assert_level(want, lang, text)


LIMITED_PART_IS_THE_CHECKOUT = [
    # "only the checkout" limits nothing: the checkout is the shop's main function
    (
        "critical",
        "en",
        "Only the checkout is broken, customers can't pay at all. The rest of the site works.",
    ),
    (
        "critical",
        "nl",
        "Alleen het afrekenen werkt niet, klanten kunnen niet betalen. De rest van de site werkt.",
    ),
    (
        "critical",
        "de",
        "Nur die Kasse geht nicht, niemand kann bezahlen. Der Rest der Seite funktioniert.",
    ),
    (
        "critical",
        "no",
        "Det er bare kassen som ikke virker, ingen kan betale. Resten av siden fungerer.",
    ),
    # near misses: one payment method of several is still a partial problem
    ("urgent", "en", "Only the payment with PayPal fails, card payments still work."),
    ("urgent", "nl", "Alleen het betalen met PayPal werkt niet, iDEAL werkt wel."),
    ("urgent", "de", "Nur die Zahlung per PayPal geht nicht, Kreditkarte funktioniert."),
    ("urgent", "no", "Bare betaling med Vipps feiler, kort fungerer fint."),
]


@pytest.mark.parametrize("want, lang, text", LIMITED_PART_IS_THE_CHECKOUT)
def test_limited_scope_naming_the_checkout(want: str, lang: str, text: str) -> None:
    assert_level(want, lang, text)
