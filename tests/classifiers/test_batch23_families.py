"""Meaning families missed in held-out batch 23, in all four languages, as round 16's word
classes and engine see them: a login that fails for every member beside public pages that
work (urgent, also when the writer says it is not just them); orders that stopped reaching
the accounting system; customers who have not received their order confirmation (the word
order inverted); whole categories missing; every request answered with a 5xx, and a fatal
error on every page (critical); another client's name in a confirmation one received; a
suspicion that someone has access; an HTTP code spelt out in a voicemail; a past outage on a
named weekday, bare or compounded ("am Donnerstagabend", "zaterdag"), with thanks for how
quickly it was fixed; the writer's own forgotten password; a colour the site should have;
something to put on the homepage; German "hängt" as attached, not hanging; a filter with zero
results; and a breach in the news by a broadcaster's name, or at other companies.

The sentences here are NOT taken from batch 23: they say the same thing in other words.
NEAR_MISSES must stay at the level given (they name the trap in a comment).
"""

# ruff: noqa: E501  (a table of whole sentences)
from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # a login that fails for every member, beside public pages that work: urgent
    (
        "urgent",
        "en",
        "Since Tuesday's upgrade none of the members can log in any more, the portal rejects every password. The public pages and the calendar are fine.",
    ),
    (
        "urgent",
        "nl",
        "Sinds de update kan geen van onze leden meer inloggen op het ledengedeelte. De openbare pagina's en de agenda werken gewoon.",
    ),
    (
        "urgent",
        "de",
        "Seit dem Update kann sich kein Mitglied mehr im internen Bereich anmelden. Die öffentlichen Seiten und der Terminkalender funktionieren.",
    ),
    (
        "urgent",
        "no",
        "Det gjelder ikke bare meg: ingen av spillerne får logget inn i lagportalen etter oppgraderingen. De offentlige sidene og terminlista fungerer.",
    ),
    # the rest-of-the-site cue with an aside between its words
    (
        "urgent",
        "nl",
        "Niemand kan inloggen op het ledenportaal. De openbare pagina's, zoals de agenda, werken prima.",
    ),
    (
        "urgent",
        "de",
        "Niemand kann sich im Mitgliederbereich anmelden. Die öffentlichen Seiten, also Termine und Shop, funktionieren.",
    ),
    # orders that stopped reaching the accounting or warehouse system: an integration down
    (
        "urgent",
        "en",
        "Since Monday the webshop orders have stopped coming through to Xero, the log shows a timeout. The shop itself works.",
    ),
    (
        "urgent",
        "nl",
        "De webshopbestellingen komen sinds woensdag niet meer in de boekhouding terecht. De winkel zelf werkt.",
    ),
    (
        "urgent",
        "de",
        "Seit Mittwoch kommen die Bestellungen nicht mehr in der Buchhaltung an. Der Shop selbst läuft.",
    ),
    (
        "urgent",
        "no",
        "Siden onsdag har bestillingene sluttet å komme over til regnskapsprogrammet. Selve butikken fungerer.",
    ),
    (
        "urgent",
        "de",
        "Die Aufträge landen seit Dienstag nicht mehr in DATEV, der Shop läuft.",
    ),
    (
        "urgent",
        "nl",
        "Sinds dinsdag komen de orders niet meer in ons ERP terecht, de winkel zelf draait gewoon.",
    ),
    # customers who have not received the order confirmation (verb before its subject)
    (
        "urgent",
        "no",
        "Etter oppdateringen har ikke kjøperne fått ordrebekreftelse på e-post, selv om betalingen går gjennom.",
    ),
    (
        "urgent",
        "en",
        "Since the weekend customers haven't received any order confirmation email, although the payments go through.",
    ),
    # whole categories empty or missing while the rest can be ordered: urgent
    (
        "urgent",
        "de",
        "Seit dem Import fehlen ganze Kategorien im Shop, Jacken und Hosen sind leer. Der Rest lässt sich bestellen.",
    ),
    (
        "urgent",
        "nl",
        "Sinds de import ontbreken hele categorieën in de winkel: jassen en broeken zijn leeg.",
    ),
    (
        "urgent",
        "en",
        "Since the import whole categories are missing from the shop, coats and trousers show nothing.",
    ),
    (
        "urgent",
        "no",
        "Etter importen mangler hele kategorier i nettbutikken, jakker og bukser er tomme.",
    ),
    (
        "urgent",
        "en",
        "Since the update two whole categories have vanished from the shop.",
    ),
    # every request answered with a 5xx, or a fatal error on every page: down for all
    (
        "critical",
        "en",
        "Since 6am every request to our booking app returns a 502, the API too.",
    ),
    (
        "critical",
        "nl",
        "Sinds zes uur geeft elk verzoek aan onze app een 502 terug.",
    ),
    (
        "critical",
        "de",
        "Seit dem Update steht auf jeder Seite nur ein Fatal error, auch im Backend.",
    ),
    (
        "critical",
        "no",
        "Siden i morges gir hvert kall til appen vår en 503 tilbake.",
    ),
    (
        "critical",
        "nl",
        "Elk verzoek naar het klantportaal krijgt sinds vanochtend een 504.",
    ),
    # another client's name or case number in a confirmation one received: an exposure
    (
        "critical",
        "no",
        "En av kundene våre fikk en kvittering med navn og saksnummer fra en annen klient.",
    ),
    (
        "critical",
        "en",
        "One of our customers received a receipt with another client's name and case number on it.",
    ),
    (
        "critical",
        "nl",
        "Een cliënt ontving een mail met de naam en het dossiernummer van een andere cliënt.",
    ),
    (
        "critical",
        "de",
        "Ein Kunde erhielt eine Mail mit dem Namen und dem Aktenzeichen eines anderen Mandanten.",
    ),
    # phishing sent to customers through our own form: the form is abused
    (
        "critical",
        "en",
        "Several clients received a phishing email that was sent through the contact form on our website.",
    ),
    (
        "critical",
        "nl",
        "Meerdere klanten kregen een phishingmail die via het contactformulier op onze site is verstuurd.",
    ),
    (
        "critical",
        "de",
        "Mehrere Kunden haben eine Phishing-Mail bekommen, die über unser Kontaktformular verschickt wurde.",
    ),
    (
        "critical",
        "no",
        "Flere kunder har fått en phishing-e-post som er sendt via kontaktskjemaet på nettsiden vår.",
    ),
    # a suspicion that someone has access to what is sent in
    (
        "critical",
        "en",
        "It looks like someone has access to the messages people send through our form.",
    ),
    (
        "critical",
        "nl",
        "Het lijkt erop dat iemand toegang heeft tot alles wat via ons formulier binnenkomt.",
    ),
    (
        "critical",
        "de",
        "Es wirkt, als hätte jemand Zugriff auf die Anfragen aus unserem Formular.",
    ),
    (
        "critical",
        "no",
        "Det ser ut som noen har tilgang til alt som kommer inn via bestillingsskjemaet.",
    ),
    # an HTTP code spelt out, as a voicemail transcript writes it
    (
        "critical",
        "en",
        "hi all our shops say the till app shows error five oh two and nobody can take payments",
    ),
    (
        "critical",
        "en",
        "Since 7am we're getting 502s on every request to the app.",
    ),
    # a past outage on a weekday, with thanks for how quickly it was fixed: low
    (
        "low",
        "de",
        "Vielen Dank! Als der Shop am Sonntagabend offline war, war er nach zwanzig Minuten wieder da. Seither hatten wir keine Probleme mehr.",
    ),
    (
        "low",
        "nl",
        "Dank jullie wel, we zijn blij met hoe snel de site vrijdag weer online was toen hij eruit lag. Alles draait weer prima.",
    ),
    (
        "low",
        "no",
        "Tusen takk, vi er fornøyd med hvor raskt dere fikset det da nettsiden var nede på fredag. Det har ikke vært noen problemer siden.",
    ),
    (
        "low",
        "en",
        "Just a note to say we were really pleased with how quickly you got the site back on Friday when it went down. All working fine now.",
    ),
    # the writer's own forgotten password: user support
    (
        "low",
        "en",
        "Hello, I think I have forgotten my password for the editor, could you set a new one for me?",
    ),
    (
        "low",
        "nl",
        "Hoi, ik ben mijn wachtwoord vergeten voor het beheer, kunnen jullie een nieuw instellen?",
    ),
    (
        "low",
        "de",
        "Hallo, ich habe mein Passwort vergessen, können Sie mir ein neues geben?",
    ),
    (
        "low",
        "no",
        "Hei, jeg har glemt passordet mitt til publiseringsverktøyet, kan dere lage et nytt?",
    ),
    # a colour the site should have: a design request
    (
        "low",
        "no",
        "Overskriftene må være grønne og ikke blå, kan dere ordne det i morgen?",
    ),
    (
        "low",
        "de",
        "Die Buttons sollen orange statt blau sein, bitte bis Freitag.",
    ),
    (
        "low",
        "nl",
        "De knoppen moeten oranje worden in plaats van blauw, kunnen jullie dat doen?",
    ),
    (
        "low",
        "en",
        "The menu bar should be green instead of blue from next week, can you change it?",
    ),
    # words of haste over a colour wish: still a design request
    (
        "low",
        "en",
        "URGENT!! Could you make the header links green rather than blue before the fair?",
    ),
    ("low", "de", "EILT: Die Überschriften bitte in Grün statt Blau, heute noch."),
    ("low", "nl", "SPOED: de knoppen graag groen in plaats van blauw."),
    ("low", "no", "HASTER: knappene skal være grønne, ikke blå."),
    # something to put on the homepage that the writer sent
    (
        "low",
        "nl",
        "Kunnen jullie de zomerbanner op de homepage zetten die ik gisteren gemaild heb?",
    ),
    (
        "low",
        "de",
        "Könnten Sie das Plakat auf die Startseite setzen, die Datei habe ich gestern geschickt.",
    ),
    # German "hängt" as attached, not hanging
    (
        "low",
        "de",
        "Bitte die neue Preisliste auf der Seite austauschen, sie hängt an dieser Mail.",
    ),
    # a filter that finds zero items: a minor bug
    (
        "standard",
        "de",
        "Wenn man nach Größe filtert, kommen null Artikel, sonst geht alles.",
    ),
    (
        "standard",
        "nl",
        "Als je op maat filtert, toont de winkel nul producten. De rest werkt.",
    ),
    # a breach in the news, told by the broadcaster's name, or at other companies
    (
        "low",
        "no",
        "Jeg så på NRK at et advokatkontor i Bergen ble hacket, og at klientdata havnet på nettet. Hos oss virker alt. Bør vi gjøre noe?",
    ),
    (
        "low",
        "en",
        "I saw on the BBC that a dentist in York was hacked and patient data leaked. Everything looks normal here, should we do anything?",
    ),
    (
        "low",
        "de",
        "Hackerangriffe bei anderen Firmen: sollten wir etwas tun? Bei uns ist alles normal.",
    ),
]

NEAR_MISSES = [
    # nobody gets in anywhere, and the public pages fail too: critical
    (
        "critical",
        "en",
        "Since this morning nobody can open our website at all, the public pages don't load either.",
    ),
    # the other pages fail too, told with the "not" after the verb: still critical
    (
        "critical",
        "nl",
        "De hele site ligt eruit sinds vanochtend. De andere pagina's doen het ook niet.",
    ),
    (
        "critical",
        "de",
        "Die ganze Website ist seit heute früh offline. Die anderen Seiten, auch der Shop, gehen nicht.",
    ),
    (
        "critical",
        "no",
        "Hele nettsiden er nede siden i morges. Resten av siden fungerer heller ikke.",
    ),
    # a phishing mail that asks for a form, or spam through the form: no breach of ours
    (
        "low",
        "en",
        "We received a phishing email asking us to fill in a form with our bank details. We didn't click anything. Is it phishing?",
    ),
    (
        "standard",
        "nl",
        "We krijgen veel spam via het contactformulier, kunnen jullie een captcha toevoegen?",
    ),
    # a phone number read out in a voicemail, not a status code
    (
        "low",
        "nl",
        "hoi met piet van de bakkerij, kunnen jullie de openingstijden op de site aanpassen, geen haast, mijn nummer is nul vijf nul twee drie vier vijf, doei",
    ),
    (
        "low",
        "en",
        "hi it's mark from the garage, could you update our opening hours on the website, no rush, call me back on oh five oh three two two nine, bye",
    ),
    # a 503 in a count of orders, not a status code
    (
        "low",
        "en",
        "We get 503 orders a week, could you send us a quote for a bigger server?",
    ),
    # a breach of ours told beside the news: still critical
    (
        "critical",
        "no",
        "Vi så på NRK om flere innbrudd, og i natt har noen kommet seg inn i nettbutikken vår også.",
    ),
    # the outage still goes on since a weekday: critical
    (
        "critical",
        "de",
        "Seit Donnerstagabend ist unsere Seite down, niemand kommt drauf.",
    ),
    # the forgot-password mails arrive for nobody: a function, not one user
    (
        "urgent",
        "en",
        "The forgot password emails aren't arriving for any of our customers since the update.",
    ),
    # a colour that names a product, not a design wish
    (
        "standard",
        "en",
        "One product, the green teapot, says out of stock although we have 30 of them. Other products are right.",
    ),
    # the page hangs: slow, not attached
    (
        "urgent",
        "de",
        "Seit heute früh hängt die Seite bei jedem Klick, die Kunden beschweren sich.",
    ),
    # one request out of many failed: not every request
    (
        "standard",
        "en",
        "One request out of thousands returned a 502 last night, all the others went through.",
    ),
    # the other customers' data of ours, at others: still a breach of ours
    (
        "critical",
        "en",
        "Our shop shows the orders of other customers to anyone who logs in.",
    ),
]

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
