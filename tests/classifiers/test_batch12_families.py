"""Meaning families added after held-out batch 12, in all four languages, and the engine
change ("all other pages work" keeps half signals about a page from adding up to an outage).

The sentences here are NOT taken from batch 12: they say the same thing in other words.
NEAR_MISSES must stay at the level given; NOT_CRITICAL ones must not page.
"""

# ruff: noqa: E501  (a table of whole sentences)
from __future__ import annotations

import pytest

from classifiers.decide import decide
from classifiers.engine import classify
from classifiers.model import FiredRule, MessageText
from classifiers.rules import load_rules
from tests.classifiers.conftest import assert_level

PARAPHRASES = [
    # customers' private documents found through a search engine or open without a login
    (
        "critical",
        "en",
        "A client searched her company name and Google listed the employment contract we translated for her, it opens without a password.",
    ),
    (
        "critical",
        "en",
        "Scanned passports of our clients turn up in Bing results, no login required.",
    ),
    (
        "critical",
        "nl",
        "Via Google zijn kopieën van paspoorten van onze klanten te vinden, zonder in te loggen.",
    ),
    (
        "critical",
        "nl",
        "Een relatie stuitte in de zoekresultaten op haar eigen loonstrook uit ons portaal, die is vrij toegankelijk.",
    ),
    (
        "critical",
        "de",
        "Über die Google-Suche stößt man auf Arbeitsverträge unserer Mandanten, frei abrufbar.",
    ),
    (
        "critical",
        "de",
        "Ein Kunde hat seine eigene Lohnabrechnung aus unserem Portal gefunden, ohne Login zu öffnen.",
    ),
    (
        "critical",
        "no",
        "Søker man på firmanavnet i Google, dukker lønnsslippene til kundene våre opp, og de kan åpnes uten innlogging.",
    ),
    (
        "critical",
        "no",
        "En kunde fant kontrakten sin via Google, rett fra portalen vår, helt uten passord.",
    ),
    # a user sees records that belong to other people or organisations
    (
        "critical",
        "en",
        "In her account a vet sees treatment records of animals from other practices, owners' names included.",
    ),
    (
        "critical",
        "en",
        "Under 'My orders' he can open orders that aren't his, with delivery addresses.",
    ),
    (
        "critical",
        "nl",
        "Een fysiotherapeut ziet in haar omgeving dossiers van patiënten van andere praktijken.",
    ),
    (
        "critical",
        "nl",
        "Onder 'Mijn facturen' staan facturen die niet van hem zijn, met namen erop.",
    ),
    (
        "critical",
        "de",
        "Ein Tierarzt sieht im Portal die Patientenakten anderer Praxen, samt Besitzernamen.",
    ),
    (
        "critical",
        "de",
        "Unter 'Meine Rechnungen' stehen Rechnungen, die nicht zu ihm gehören, mit Adressen.",
    ),
    (
        "critical",
        "no",
        "En fysioterapeut ser journaler for pasienter fra andre klinikker når hun er innlogget.",
    ),
    (
        "critical",
        "no",
        "Under 'Mine fakturaer' ligger det fakturaer som ikke er hans, med adresser.",
    ),
    # landing in somebody else's account
    (
        "critical",
        "en",
        "A mother clicked the link in the reminder and was logged in to another family's account.",
    ),
    (
        "critical",
        "nl",
        "Een vader klikte op de link in de herinnering en was ingelogd als een andere ouder.",
    ),
    (
        "critical",
        "de",
        "Eine Mutter war nach dem Klick auf den Link im Konto einer anderen Familie eingeloggt.",
    ),
    (
        "critical",
        "no",
        "En mor trykket på lenken og havnet inne på en annen families side.",
    ),
    # one mail with everybody's personal data that went to all recipients
    (
        "critical",
        "en",
        "The newsletter went to all members with an attachment listing everyone's home address and date of birth.",
    ),
    (
        "critical",
        "en",
        "Every parent received an email with a spreadsheet of all pupils' names, phone numbers and allergies.",
    ),
    (
        "critical",
        "nl",
        "Alle leden hebben gisteren een mail gekregen met een Excelbestand vol namen, adressen en telefoonnummers.",
    ),
    (
        "critical",
        "nl",
        "De nieuwsbrief is naar alle ouders verstuurd, met als bijlage een lijst met geboortedata van alle kinderen.",
    ),
    (
        "critical",
        "de",
        "Alle Mitglieder haben gestern eine Mail bekommen, im Anhang eine Liste mit Namen und Telefonnummern.",
    ),
    (
        "critical",
        "de",
        "Der Newsletter ging an alle Eltern, samt einer Excel-Datei mit den Geburtsdaten aller Kinder.",
    ),
    (
        "critical",
        "no",
        "Nyhetsbrevet gikk ut til alle medlemmene med en liste over navn og telefonnummer som vedlegg.",
    ),
    (
        "critical",
        "no",
        "Samtlige foreldre har fått tilsendt et regneark med adressene og allergiene til barna.",
    ),
    # a 5xx in the payment provider's webhook log: the integration fails, not the site
    (
        "urgent",
        "en",
        "Mollie shows every webhook call as failed with 500 Internal Server Error for all events since Monday.",
    ),
    (
        "urgent",
        "nl",
        "Bij Stripe staan alle webhooks sinds dinsdag op mislukt, met 500 Internal Server Error voor alle events.",
    ),
    (
        "urgent",
        "de",
        "Bei Mollie schlagen alle Webhook-Aufrufe fehl: 500 Internal Server Error für alle Ereignisse.",
    ),
    (
        "urgent",
        "no",
        "I Vipps-portalen står alle webhook-kall som feilet med 500 Internal Server Error for alle hendelser.",
    ),
    # payments taken but no longer booked in the shop
    ("urgent", "de", "Kartenzahlungen werden seit Montag nicht mehr verbucht."),
    ("urgent", "nl", "Betalingen worden sinds maandag niet meer verwerkt in de webshop."),
    ("urgent", "no", "Kortbetalingene blir ikke lenger registrert i bookingsystemet."),
    # stock no longer synced from the till/POS
    (
        "urgent",
        "en",
        "Stock figures on the website are no longer being updated from our till system since Friday.",
    ),
    (
        "urgent",
        "en",
        "What we sell in the store doesn't come off the online stock any more, the link with the POS has stopped.",
    ),
    (
        "urgent",
        "nl",
        "De voorraad op de webshop wordt sinds vrijdag niet meer bijgewerkt vanuit de kassa.",
    ),
    (
        "urgent",
        "de",
        "Die Lagerbestände im Onlineshop werden seit Freitag nicht mehr aus dem Kassensystem aktualisiert.",
    ),
    (
        "urgent",
        "no",
        "Lagertallene i nettbutikken blir ikke lenger oppdatert fra kassasystemet.",
    ),
    # text in another language on the localised page
    (
        "standard",
        "nl",
        "Engelse tekst op de Nederlandse versie: bij het boekingsformulier staat 'Submit'.",
    ),
    (
        "standard",
        "de",
        "Auf der deutschen Version steht auf Englisch 'Add to cart', das sieht unprofessionell aus.",
    ),
    (
        "standard",
        "no",
        "Kvitteringen står på engelsk, selv om resten av siden er på norsk. Kan dere oversette den?",
    ),
    (
        "standard",
        "en",
        "On the German version of the booking page the date fields say 'Arrival' and 'Departure' in English instead of German.",
    ),
    # named pages give an error, every other page works, whatever the subject shouts
    (
        "standard",
        "no",
        "KRITISK: Prissiden og kontaktsiden gir bare en feilmelding. Alle andre sider fungerer som normalt.",
    ),
    (
        "standard",
        "de",
        "KRITISCH: Die FAQ-Seite zeigt nur eine Fehlermeldung. Alle anderen Seiten laufen normal.",
    ),
    (
        "standard",
        "nl",
        "KRITIEK: de FAQ-pagina geeft alleen een foutmelding. Alle andere pagina's werken gewoon.",
    ),
    (
        "standard",
        "en",
        "CRITICAL: the pricing page only shows an error message. All other pages work as normal.",
    ),
    # a design change to a new house style, however loudly asked
    (
        "low",
        "en",
        "URGENT - wrong colour! The buttons are still green but our new brand colour is blue. Can you change it?",
    ),
    (
        "low",
        "nl",
        "DRINGEND: de knoppen moeten blauw worden volgens onze nieuwe huisstijl. Kunnen jullie dat aanpassen?",
    ),
    (
        "low",
        "de",
        "EILT: Die Buttons sollen nach unserem neuen Corporate Design blau sein. Könnt ihr das ändern?",
    ),
    (
        "low",
        "no",
        "HASTER: knappene skal være oransje etter den nye profilen vår. Kan dere bytte farge?",
    ),
]

NEAR_MISSES = [
    # a customer's own past orders as a feature, or another category in search: no leak
    ("low", "en", "Could you add a page where customers can see their past orders?"),
    (
        "low",
        "nl",
        "Kunnen jullie een veld toevoegen zodat klanten hun eerdere bestellingen kunnen zien?",
    ),
    (
        "low",
        "de",
        "Könnt ihr ein Feld ergänzen, damit Kunden ihre früheren Bestellungen sehen können?",
    ),
    ("standard", "en", "The search shows products from another category."),
    ("standard", "nl", "De zoekfunctie toont producten uit een andere categorie."),
    ("standard", "de", "Die Suche zeigt Produkte aus einer anderen Kategorie."),
    ("standard", "no", "Søket viser produkter fra en annen kategori."),
    # a real 500 for every visitor stays critical: no webhook in sight
    ("critical", "en", "The whole site shows 500 Internal Server Error for everyone."),
    ("critical", "de", "Die ganze Website zeigt für alle nur 500 Internal Server Error."),
    ("critical", "no", "Hele nettsiden viser 500 Internal Server Error for alle."),
    # the whole site gives an error: not "some pages"
    ("critical", "no", "Hele nettsiden gir bare en feilmelding."),
    # a wrong colour that is a bug stays standard (no house-style change)
    (
        "standard",
        "no",
        "Knappen har feil farge på mobil, den skal være blå, men den er grønn og overlapper teksten.",
    ),
    # a leak stays critical when the other pages work
    (
        "critical",
        "en",
        "The account page shows other customers' addresses. All other pages work fine.",
    ),
]

NOT_CRITICAL = [
    # SEO wishes about documents and Google: nothing private, or "not findable"
    ("en", "We would like our price list PDF to be findable on Google. Can you help?"),
    ("nl", "Onze brochure is niet te vinden via Google, kunnen jullie daar naar kijken?"),
    ("de", "Unsere Speisekarte als PDF soll bei Google auffindbar sein, könnt ihr das einrichten?"),
    ("no", "Kan dere sørge for at menyen vår kan finnes på Google?"),
    ("en", "Our employment contract template doesn't show up in Google, is that normal?"),
    # a mail to all recipients without anyone's personal data, or one wished for
    ("en", "Can all parents get an email with the new opening hours?"),
    ("nl", "Kunnen alle ouders een mail krijgen met het nieuwe rooster?"),
    ("de", "Können alle Eltern eine Mail mit dem neuen Speiseplan bekommen?"),
    ("no", "Kan alle foreldre få en e-post med den nye menyen?"),
    ("de", "Können alle Eltern eine Liste mit den Namen und Telefonnummern der Gruppe bekommen?"),
    ("nl", "Kunnen alle ouders een lijst met namen en telefoonnummers van de groep krijgen?"),
    # other practices that can NOT see the data
    ("en", "We checked, other practices can't see her cases or any patient names."),
    ("no", "Vi har sjekket at andre klinikker ikke ser pasientsakene hennes."),
    # a feature wish about customers seeing their own orders
    ("no", "Kan dere legge til en side der kundene kan se tidligere bestillinger?"),
    # a webhook error alone is an integration problem
    ("de", "Die Stripe-Webhooks schlagen mit 500 fehl, Zahlungen werden nicht verbucht."),
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


def test_other_pages_work_stops_half_signals_adding_up() -> None:
    halves = [
        _fired("de.site_problem_signal", "critical", 0.5),
        _fired("de.critical_object_weak_failure_near", "critical", 0.5),
        _fired("de.minor_bug", "standard", 1.0),
    ]
    assert decide(halves) == "critical"
    pages = _fired("de.other_pages_work", "demote", 1.0)
    assert decide([*halves, pages]) == "standard"
    # another limited-scope cue keeps the one-step rule: half signals make urgent
    assert decide([*halves, _fired("de.limited_scope", "demote", 1.0)]) == "urgent"


def test_other_pages_work_leaves_whole_critical_rules_to_the_one_step_scope() -> None:
    whole = [_fired("en.site_down", "critical", 2.0), _fired("en.other_pages_work", "demote", 1.0)]
    assert decide(whole) == "urgent"
    # a breach (not demotable) stays critical
    assert decide(whole, firm=True) == "critical"


def test_cannot_denies_a_predicate_group_only_in_negate_near_rules() -> None:
    base = {
        "level": "critical",
        "weight": 2.0,
        "language": "en",
        "near": [["other practices"], ["see"], ["cases"]],
    }
    rules = load_rules(
        inline=[{**base, "id": "x.denied", "negate_near": True}, {**base, "id": "x.plain"}]
    )
    text = "Other practices can't see her cases."
    fired = {r.id for r in classify(MessageText(body=text), rules).rules}
    assert "x.plain" in fired and "x.denied" not in fired
    text = "Other practices see her cases."
    fired = {r.id for r in classify(MessageText(body=text), rules).rules}
    assert {"x.plain", "x.denied"} <= fired
