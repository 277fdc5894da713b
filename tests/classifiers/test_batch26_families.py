"""Meaning families missed in held-out batch 26, in all four languages, as round 19's word
classes see them: the site named in a Norwegian feminine or Nynorsk form ("nettsida vår er
helt borte", "heimesida ligg nede"); the site replaced by a registrar's or parking page in
that page's own words ("this domain has been registered ...", while "our domain is registered
with X" is the writer's own and no outage); the failure seen on someone else's device, at
another place, on every computer or with several cards ("bei den Nachbarn genauso", "på
telefonen til mannen min"), which cancels a limited scope; a payment attempt "every time
someone tries to pay" answered by an error page (checkout failing); a whole part of the site
(a language version, a section, a portal) down while the rest works (urgent, not a form of one
version, and not one page of it); thanks for an old fix whose "but now it works again" closes
the old incident, not a new report, before one small new thing (standard); the old outage
told in its own sentence and over, then one small new thing; another company's breach "seen"
in the news with nothing wrong here (low); and a staff change to publish, however urgent
("we have a new colleague ... who has left": content, low).

The sentences here are NOT taken from batch 26: they say the same thing in other words.
NEAR_MISSES must stay at the level given (they name the trap in a comment).
"""

# ruff: noqa: E501  (a table of whole sentences)
from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # the site named in a feminine/Nynorsk form ("nettsida", "heimesida"), gone or down
    (
        "critical",
        "no",
        "Heimesida til korpset er borte, det kommer bare opp en tom side for alle som prøver.",
    ),
    ("critical", "no", "Nettsida ligger nede for alle, både medlemmer og styret har sjekket."),
    (
        "critical",
        "en",
        "Our club website has vanished completely, everyone who opens it gets a blank screen.",
    ),
    (
        "critical",
        "nl",
        "De website van onze vereniging is helemaal weg, iedereen krijgt een leeg scherm.",
    ),
    (
        "critical",
        "de",
        "Die Webseite unseres Chors ist komplett weg, alle sehen nur noch eine leere Seite.",
    ),
    # the site replaced by a registrar's or parking page
    (
        "critical",
        "en",
        "Instead of our shop everyone now sees a page saying this domain has been registered by a reseller, with adverts.",
    ),
    (
        "critical",
        "nl",
        "In plaats van onze site ziet iedereen nu een pagina: deze domeinnaam is geregistreerd door een hostingbedrijf.",
    ),
    (
        "critical",
        "de",
        "Statt unserer Seite erscheint bei allen nur: Diese Domain wurde von einem Kunden registriert.",
    ),
    (
        "critical",
        "no",
        "I stedet for butikken vår står det nå for alle at dette domenet er registrert hos en annen leverandør.",
    ),
    # seen on someone else's device, at another place, on every computer, with several cards
    (
        "critical",
        "de",
        "Seit heute früh kommt auf der Startseite nur noch ein Fatal Error, auf dem Handy, und bei den Nachbarn genauso.",
    ),
    (
        "critical",
        "en",
        "The website just says it cannot be reached, on every computer in the office, and my son tried on his phone as well.",
    ),
    (
        "critical",
        "nl",
        "Onze site laat alleen nog een witte pagina zien, op de laptop van onze dochter net zo goed en bij de buren.",
    ),
    ("critical", "no", "Nettsiden er nede, både på telefonen til mannen min og hos naboen."),
    # a payment attempt answered by an error page
    (
        "critical",
        "en",
        "Whenever a customer tries to pay for their basket they end up on an error page with code 500.",
    ),
    (
        "critical",
        "nl",
        "Elke keer dat een klant probeert te betalen, komt hij op een foutpagina met code 500 terecht.",
    ),
    (
        "critical",
        "de",
        "Jedes Mal, wenn ein Kunde bezahlen will, landet er auf einer Fehlerseite mit Code 500.",
    ),
    (
        "critical",
        "no",
        "Hver gang en kunde prøver å betale, havner hun på en feilside med kode 500.",
    ),
    # a whole part of the site (language version, section, portal) down while the rest works
    (
        "urgent",
        "en",
        "The German version of our site only gives an internal server error since lunch; the English one works fine.",
    ),
    (
        "urgent",
        "en",
        "Our members area is down with a 503 since noon, the public pages load as normal.",
    ),
    (
        "urgent",
        "nl",
        "De Duitse versie van onze website geeft sinds vanmiddag alleen een serverfout, de Nederlandse site werkt gewoon.",
    ),
    (
        "urgent",
        "nl",
        "Het klantenportaal is sinds vanmorgen onbereikbaar, de gewone website doet het wel.",
    ),
    (
        "urgent",
        "de",
        "Die englische Version der Website ist seit heute Mittag nicht erreichbar, die deutsche Seite läuft normal.",
    ),
    (
        "urgent",
        "de",
        "Das Elternportal zeigt seit heute früh nur eine Fehlermeldung, die Schulwebsite selbst geht.",
    ),
    (
        "urgent",
        "no",
        "Den tyske versjonen av nettsiden gir bare serverfeil fra i dag tidlig, den norske fungerer fint.",
    ),
    (
        "urgent",
        "no",
        "Medlemsportalen er nede siden lunsj, men resten av nettsiden virker som normalt.",
    ),
    # thanks for an old fix, "but now it works again", then one small new thing
    (
        "standard",
        "en",
        "Many thanks for sorting it out on Monday! The shop was offline, but now it works again. One small thing: the Instagram icon in the footer gives a 404 page. No hurry.",
    ),
    (
        "standard",
        "nl",
        "Bedankt voor de snelle hulp gisteren! De site lag eruit, maar nu werkt alles weer. Eén klein dingetje: de knop onderaan de homepage verwijst naar een pagina die niet meer bestaat. Geen haast.",
    ),
    (
        "standard",
        "de",
        "Danke für die schnelle Hilfe am Montag! Die Seite war offline, aber jetzt läuft alles wieder. Eine Kleinigkeit noch: der Button unten auf der Startseite führt auf eine Seite, die es nicht mehr gibt.",
    ),
    (
        "standard",
        "no",
        "Tusen takk for innsatsen på mandag! Butikken lå nede, men nå fungerer den igjen. En liten ting: lenken til Facebook i bunnen av forsiden gir en 404. Ingen hast.",
    ),
    # the old outage in its own sentence, all runs again, then a small new bug
    (
        "standard",
        "de",
        "Vielen Dank, dass Sie am Sonntag so fix geholfen haben! Der Shop war ja total weg. Jetzt läuft alles wieder. Eine Kleinigkeit noch: die Suche im Blog zeigt keine Treffer mehr.",
    ),
    (
        "standard",
        "en",
        "Thanks a lot for jumping on it on Friday! The whole site was completely gone. Everything works again now. One small thing: the search on the blog shows no results any more.",
    ),
    (
        "standard",
        "nl",
        "Hartelijk dank dat jullie zondag zo snel klaarstonden! De webshop was helemaal weg. Nu draait alles weer. Eén klein dingetje nog: de zoekfunctie in het blog geeft geen resultaten meer.",
    ),
    (
        "standard",
        "no",
        "Takk for at dere stilte opp så fort på søndag! Nettbutikken var helt borte. Nå fungerer alt som normalt. En liten ting til: søket i bloggen gir ingen treff lenger.",
    ),
    # another company's breach seen in the news, asked about with nothing wrong here
    (
        "low",
        "en",
        "Did you see the item on the BBC about the ticket seller that got hacked? Our site is fine, but should we be worried?",
    ),
    (
        "low",
        "nl",
        "Zie je dat op het nieuws, dat webwinkel die gehackt is? Bij ons is alles in orde, moeten wij iets doen?",
    ),
    (
        "low",
        "de",
        "Sehen Sie das in den Nachrichten über den Händler, der gehackt wurde? Bei uns läuft alles, sollten wir etwas tun?",
    ),
    (
        "low",
        "no",
        "Ser dere på nyhetene om nettbutikken som ble hacket? Hos oss virker alt, bør vi gjøre noe?",
    ),
    # a staff change to publish, asked for urgently
    (
        "low",
        "no",
        "Haster: vi har fått en ny kollega, Kari, kan dere legge henne til på teamsiden og ta bort Ola som har sluttet?",
    ),
    (
        "low",
        "en",
        "URGENT: we have a new colleague starting Monday, please put her on the team page and take off Tom who has left the company.",
    ),
    (
        "low",
        "nl",
        "SPOED: we hebben een nieuwe collega, kunnen jullie haar op de teampagina zetten en Piet eraf halen die uit dienst is?",
    ),
    (
        "low",
        "de",
        "Eilt: wir haben eine neue Kollegin, bitte auf der Teamseite ergänzen und Herrn Maier entfernen, er ist ausgeschieden.",
    ),
]
NEAR_MISSES = [
    # the writer's own words about the registration: a question, no outage
    (
        "low",
        "en",
        "Our domain is registered with a registrar in Ireland, could you tell me when it needs renewing?",
    ),
    (
        "low",
        "nl",
        "Onze domeinnaam is geregistreerd bij een Nederlandse partij, wanneer moet die verlengd worden?",
    ),
    (
        "low",
        "de",
        "Unsere Domain ist bei einem Anbieter in Berlin registriert. Können Sie uns sagen, wann sie verlängert werden muss?",
    ),
    (
        "low",
        "no",
        "Domenet vårt er registrert hos en norsk leverandør. Kan dere si når det må fornyes?",
    ),
    # a form on one language version while the other version's form works: a minor bug
    (
        "standard",
        "en",
        "The contact form on the German version gives an error when sent; the English form works.",
    ),
    # one page of one language version broken: some pages broken
    (
        "standard",
        "nl",
        "Op de Engelse versie geeft de pagina over ons team een 404, de rest werkt gewoon.",
    ),
    # a portal that is not down ("not down"), one feature slow: no part down
    ("standard", "no", "Portalen er ikke nede, men søket i arkivet viser ingen treff."),
    # a new colleague who cannot log in while the others can: one user's problem, not content
    (
        "standard",
        "nl",
        "Onze nieuwe collega krijgt na het inloggen 'geen toegang', alle andere collega's kunnen gewoon werken.",
    ),
    # the breach is ours as well
    (
        "critical",
        "en",
        "Did you see on the BBC that a ticket seller got hacked? Our own site was hacked last night too, there is a strange admin account.",
    ),
    # thanks and it works again with nothing new: a reply
    (
        "low",
        "no",
        "Takk for at dere fikset det! Butikken lå nede på søndag, men nå virker alt som før.",
    ),
    # the payment attempt of one customer, the others pay
    (
        "standard",
        "en",
        "One customer says she got an error when she tried to pay yesterday, all other orders came in fine.",
    ),
    # another payment method still works: not every payment fails
    (
        "urgent",
        "en",
        "Whenever a customer tries to pay with PayPal they get an error page, card payments still go through fine.",
    ),
    # "on every computer" of a layout detail: no outage to widen
    (
        "standard",
        "en",
        "On every computer here the menu overlaps the logo on the homepage since the update.",
    ),
    # the German version of one page: a page, not the version down
    (
        "standard",
        "de",
        "Auf der englischen Version ist nur die Seite mit den Preisen kaputt, sie zeigt einen 404-Fehler; alles andere geht.",
    ),
]

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
