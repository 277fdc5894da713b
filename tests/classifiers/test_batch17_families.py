"""Meaning families missed in held-out batch 17, in all four languages, as round 10's word
classes see them: other residents' applications visible after logging in, an order that
"could not be placed" for every customer, everyone landing on a blank white page at the pay
step, all uploaded client documents open without a login, spam pages in Japanese script, and
the non-critical signals (a staging site that errors while the live site runs, a site slow for
everyone whose forms "often time out", one user who cannot upload while it works from the
writer's own account, "ordering itself still works" beside a broken stock sync, new prices
asked for loudly, a thank-you "for sorting it").

The sentences here are NOT taken from batch 17: they say the same thing in other words.
NEAR_MISSES must stay at the level given (they name the trap in a comment).
"""

# ruff: noqa: E501  (a table of whole sentences)
from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # other residents' / applicants' records visible after logging in
    (
        "critical",
        "en",
        "After logging in, a tenant sees a list of applications from other residents, with their names and addresses.",
    ),
    (
        "critical",
        "nl",
        "Een bewoner ziet na het inloggen de aanvragen van andere inwoners, met naam en kenteken erbij.",
    ),
    (
        "critical",
        "de",
        "Nach dem Login sieht man die Anträge anderer Einwohner mit Namen und Kennzeichen.",
    ),
    (
        "critical",
        "no",
        "Etter innlogging ser man søknadene til andre innbyggere, med navn og adresse.",
    ),
    # an order that could not be placed, for every customer
    (
        "critical",
        "en",
        "Since six o'clock every checkout ends with 'Your order could not be placed'. We've tried two cards ourselves.",
    ),
    (
        "critical",
        "nl",
        "Sinds vanmiddag krijgt elke klant bij het afronden 'Uw bestelling kon niet worden geplaatst'.",
    ),
    (
        "critical",
        "de",
        "Seit heute Mittag bekommt jeder Kunde am Ende die Meldung, die Bestellung konnte nicht abgeschlossen werden.",
    ),
    (
        "critical",
        "no",
        "Siden lunsj får alle kundene beskjed om at bestillingen kunne ikke fullføres.",
    ),
    # blank white page at the pay step
    (
        "critical",
        "en",
        "When customers press Pay now they all get a blank page, nothing else. No sales since noon.",
    ),
    (
        "critical",
        "nl",
        "Wie op betalen klikt, krijgt een witte pagina. Dat geldt voor alle bezoekers.",
    ),
    (
        "critical",
        "de",
        "Wer auf Bezahlen klickt, landet auf einer leeren Seite, bei allen Besuchern.",
    ),
    ("critical", "no", "Når kundene trykker på betale får de bare en hvit side, alle sammen."),
    # all uploaded client documents open without a login
    (
        "critical",
        "en",
        "We found that all uploaded documents in the client area can be opened without logging in. It was supposed to be members only.",
    ),
    (
        "critical",
        "nl",
        "Alle documenten in het klantenportaal blijken zonder inloggen te openen, terwijl dat alleen voor klanten zou moeten zijn.",
    ),
    (
        "critical",
        "de",
        "Sämtliche Unterlagen unserer Klienten sind ohne Login abrufbar, eigentlich nur für angemeldete Nutzer gedacht.",
    ),
    (
        "critical",
        "no",
        "Samtlige dokumenter i kundeområdet kan åpnes uten innlogging, selv om det bare skulle være for medlemmer.",
    ),
    # Japanese-script spam pages
    (
        "critical",
        "en",
        "Google lists hundreds of pages under our domain in Japanese script, selling watches.",
    ),
    (
        "critical",
        "nl",
        "In Google staan ineens honderden pagina's van ons met Japanse karakters en nepmerkkleding.",
    ),
    (
        "critical",
        "de",
        "Bei Google erscheinen unter unserer Domain Seiten mit japanischen Schriftzeichen.",
    ),
    (
        "critical",
        "no",
        "Google viser sider fra domenet vårt med japanske skrifttegn og billige klokker.",
    ),
    # staging broken, live fine: a standard bug
    (
        "standard",
        "en",
        "The test site shows only an error since this morning. The live site is fine. Could you look before our launch?",
    ),
    (
        "standard",
        "nl",
        "De acceptatieomgeving geeft alleen een foutmelding. De echte site werkt gewoon. Kunnen jullie kijken?",
    ),
    (
        "standard",
        "de",
        "Unser Testsystem zeigt seit Montag nur einen kritischen Fehler, die Live-Seite und der Shop laufen normal.",
    ),
    (
        "standard",
        "no",
        "Testsiden viser bare en hvit side siden i går. Den vanlige nettsiden fungerer som normalt.",
    ),
    # slow for everyone, forms often time out: urgent
    (
        "urgent",
        "en",
        "Since Monday the whole site is very slow for everyone and the booking form sometimes times out.",
    ),
    (
        "urgent",
        "nl",
        "De site is sinds gisteren voor iedereen heel traag, het formulier geeft soms een time-out.",
    ),
    (
        "urgent",
        "de",
        "Die Seite ist seit gestern für alle sehr langsam, das Formular läuft manchmal in ein Timeout.",
    ),
    (
        "urgent",
        "no",
        "Nettsiden er veldig treg for alle siden i går, og skjemaet gir av og til tidsavbrudd.",
    ),
    # one user cannot do it, it works from the writer's own account
    (
        "standard",
        "de",
        "Bei einer Kundin geht die Terminbuchung nicht, bei ihr bleibt alles grau. Bei mir geht es problemlos.",
    ),
    (
        "standard",
        "no",
        "Kollegaen min får ikke lastet opp bilder. Jeg laster opp de samme bildene uten problemer fra min bruker.",
    ),
    # the stock sync broken, ordering itself still works: urgent
    (
        "urgent",
        "nl",
        "de koppeling met de kassa doet het niet meer de voorraad op de site klopt niet bestellen zelf werkt wel hoor",
    ),
    # new prices, however loudly asked: low
    (
        "low",
        "en",
        "URGENT!! New prices from 1 May for the membership page: Basic 15, Plus 25. Please confirm.",
    ),
    (
        "low",
        "nl",
        "DRINGEND! Nieuwe prijzen voor de pagina Tarieven: dag 8 euro, week 30 euro. Graag bevestigen.",
    ),
    (
        "low",
        "de",
        "DRINGEND!!! Neue Preise ab 1. Mai für die Seite Tarife: Basis 12 Euro, Premium 20 Euro.",
    ),
    ("low", "no", "HASTER! Nye priser fra 1. mai på siden Medlemskap: Basis 200 kr, Pluss 350 kr."),
    # a thank-you for sorting it
    ("low", "en", "Thanks for sorting it out so fast yesterday, the bookings are coming in again."),
]

NEAR_MISSES = [
    # a sorting bug is still a bug
    ("standard", "en", "The sorting on the events page puts last year's events first."),
    # our own applications form to change is no exposure
    ("low", "en", "Could you add a field for the licence plate to the applications form?"),
    # one customer's order failing: not everyone
    (
        "standard",
        "en",
        "One customer says her order could not be placed on her old iPad; everyone else orders fine, my colleagues too.",
    ),
    # a slow admin where prices are updated: not a content request
    (
        "standard",
        "no",
        "Adminpanelet er blitt tregt, det tar et minutt å oppdatere prisene. For besøkende går nettsiden som normalt.",
    ),
    # the site down for everyone (no "often"): still critical
    ("critical", "no", "Nettsiden er nede for alle, alle får tidsavbrudd."),
    # a page that doesn't work, with colleagues named: not a single-user cue
    (
        "critical",
        "no",
        "Nettsiden vår er nede. Alle får bare 'Denne siden fungerer ikke'. Både jeg og kollegaene mine.",
    ),
    # documents deliberately public (brochures): not records
    ("low", "de", "Können Sie alle Broschüren ohne Anmeldung zum Download anbieten?"),
]


test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
