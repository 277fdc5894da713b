"""Meaning families missed in held-out batch 28 (the Monday after a long weekend), in all four
languages, as round 21's word classes see them: a failure seen on another device after "and",
over the mobile network or by colleagues too (no limited scope); "not some customers, all of
them" (no limited scope); only a maintenance page where the site should be (down); a new
admin account none of us knows, said across a comma, and phishing sent from our own site (a
breach); one payment method failing on every try while customers still order with the others
(urgent); a sync that reports a refused connection (an integration down); "login failed" as
the message customers see (a login broken); production checked and fine beside a failing test
system, and the live site by another name ("die richtige Seite"); a date display one day
behind (a minor bug, not a slow site); a newsletter sign-up that shows an error (a side
function, not a login); a works-again clause with the site as a pronoun ("nå virker den
igjen"); and a friend's own site that crashed, told as a worry about ours.

The sentences here are NOT taken from batch 28: they say the same thing in other words.
NEAR_MISSES must stay at the level given (they name the trap in a comment).
"""

# ruff: noqa: E501  (a table of whole sentences)
from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # the failure seen on another device, over the mobile network, by colleagues too
    (
        "critical",
        "en",
        "Our website only shows a blank white page on my laptop and on the phone, and my colleagues see it too.",
    ),
    (
        "critical",
        "nl",
        "De webshop toont alleen een witte pagina op de laptop en op de telefoon, collega's zien het ook.",
    ),
    (
        "critical",
        "de",
        "Unsere Webseite zeigt nur noch eine weiße Seite am Rechner und auf dem Handy, die Kollegen sehen das auch.",
    ),
    (
        "critical",
        "no",
        "Nettsiden viser bare en hvit side på PC-en og på mobilen, kollegaene ser det også.",
    ),
    # not some customers: all of them
    (
        "critical",
        "en",
        "The app gives a 503 error on every request since this morning, not just some customers but all of them.",
    ),
    (
        "critical",
        "nl",
        "De applicatie geeft sinds vanochtend een 503 fout voor iedereen, niet een paar klanten maar allemaal.",
    ),
    (
        "critical",
        "de",
        "Die Anwendung liefert seit heute früh bei jedem Aufruf einen 503 Fehler, nicht nur einige Kunden, sondern alle.",
    ),
    (
        "critical",
        "no",
        "Appen gir feil 503 for alle siden i morges, ikke bare noen kunder, men alle sammen.",
    ),
    # only a maintenance page where the site should be
    (
        "critical",
        "en",
        "Since Sunday night the whole site shows nothing but a maintenance page, and we never asked for maintenance.",
    ),
    (
        "critical",
        "nl",
        "Sinds zondagavond toont de hele website alleen nog een pagina 'wegens onderhoud', terwijl wij geen onderhoud hebben gepland.",
    ),
    (
        "critical",
        "de",
        "Seit Sonntagabend zeigt der Shop ausschließlich eine Wartungsseite, obwohl niemand eine Wartung bestellt hat.",
    ),
    (
        "critical",
        "no",
        "Siden søndag kveld viser nettbutikken bare en vedlikeholdsside, og vi har ikke bestilt noe vedlikehold.",
    ),
    # a new admin account none of us knows, across a comma
    (
        "critical",
        "en",
        "There is a new administrator account on our site since Friday, which none of us recognises.",
    ),
    (
        "critical",
        "nl",
        "Er staat sinds vrijdag een nieuwe beheerder in de website, die niemand van ons kent.",
    ),
    (
        "critical",
        "de",
        "Seit Freitag gibt es auf der Website einen neuen Administrator, den keiner von uns kennt.",
    ),
    (
        "critical",
        "no",
        "Siden fredag ligger det en ny adminbruker på nettsiden, og den er det ingen av oss kjenner.",
    ),
    # phishing sent from our own site
    (
        "critical",
        "en",
        "Members are receiving phishing emails sent from our website asking for their bank details.",
    ),
    (
        "critical",
        "nl",
        "Leden krijgen phishingmails verstuurd vanaf onze website met een link om hun wachtwoord te bevestigen.",
    ),
    (
        "critical",
        "de",
        "Unsere Kunden bekommen Phishing-Mails von unserer Website, die nach Kontodaten fragen.",
    ),
    (
        "critical",
        "no",
        "Medlemmene får phishing-e-post fra nettsiden vår som ber dem logge inn via en lenke.",
    ),
    # one payment method failing every time, the others still take orders
    (
        "urgent",
        "en",
        "Since Friday every Klarna payment fails, but with card our customers can still order.",
    ),
    (
        "urgent",
        "nl",
        "Sinds vrijdag mislukt elke PayPal-betaling, maar met iDEAL kunnen klanten nog gewoon bestellen.",
    ),
    (
        "urgent",
        "de",
        "Seit Freitag schlägt jede PayPal-Zahlung fehl, per Rechnung können die Kunden aber weiterhin bestellen.",
    ),
    (
        "urgent",
        "no",
        "Siden fredag feiler alle Klarna-betalinger, men med kort kan kundene fortsatt bestille.",
    ),
    # a sync that reports a refused connection
    (
        "urgent",
        "en",
        "Since Saturday the stock sync with our warehouse stops each night with connection refused.",
    ),
    (
        "urgent",
        "nl",
        "Sinds zaterdag geeft de koppeling met het magazijn steeds verbinding geweigerd.",
    ),
    (
        "urgent",
        "de",
        "Die Schnittstelle zum Lager meldet seit Samstag bei jedem Versuch Verbindung verweigert.",
    ),
    (
        "urgent",
        "no",
        "Integrasjonen mot lageret melder tilkobling avvist ved hver kjøring siden lørdag.",
    ),
    # "login failed" as the message customers see
    (
        "urgent",
        "en",
        "Customers who try to reach their account page only get the message login failed, the shop itself works.",
    ),
    (
        "urgent",
        "nl",
        "Klanten die naar hun account willen krijgen alleen de melding inloggen mislukt, de winkel zelf werkt.",
    ),
    (
        "urgent",
        "de",
        "Kunden, die in ihr Konto wollen, bekommen nur die Meldung Login fehlgeschlagen, der Shop selbst läuft.",
    ),
    (
        "urgent",
        "no",
        "Kunder som prøver å komme inn på kontoen sin får bare meldingen innlogging mislyktes, butikken ellers virker.",
    ),
    # production checked and fine beside a failing test system
    (
        "standard",
        "en",
        "The test site shows a 500 error on every page. I checked production, everything is fine there.",
    ),
    (
        "standard",
        "nl",
        "De testsite geeft op elke pagina een 500 fout. Productie heb ik nagekeken, daar is alles in orde.",
    ),
    (
        "standard",
        "de",
        "Das Testsystem zeigt auf allen Seiten einen 500 Fehler. Die Produktion habe ich kontrolliert, dort ist alles in Ordnung.",
    ),
    (
        "standard",
        "no",
        "Testmiljøet gir feil 500 på alle sider. Produksjon har jeg sjekket, der er alt i orden.",
    ),
    # a date display one day behind
    (
        "standard",
        "en",
        "The opening hours box on the homepage is always one day behind, it shows yesterday's hours.",
    ),
    (
        "standard",
        "nl",
        "Het openingstijdenblok op de homepage loopt een dag achter, het toont de tijden van gisteren.",
    ),
    (
        "standard",
        "de",
        "Die Öffnungszeiten auf der Startseite hinken immer einen Tag hinterher, es stehen die Zeiten von gestern da.",
    ),
    (
        "standard",
        "no",
        "Åpningstidsboksen på forsiden henger en dag etter og viser gårsdagens tider.",
    ),
    # a newsletter sign-up that shows an error
    (
        "standard",
        "en",
        "The newsletter sign-up shows an error message, although people do end up on the mailing list.",
    ),
    (
        "standard",
        "nl",
        "Bij aanmelden voor de nieuwsbrief verschijnt een foutmelding, maar de mensen komen wel op de lijst.",
    ),
    (
        "standard",
        "de",
        "Bei der Anmeldung zum Newsletter erscheint ein Fehler, die Leute landen aber trotzdem im Verteiler.",
    ),
    (
        "standard",
        "no",
        "Påmeldingen til nyhetsbrevet viser en feilmelding, men folk havner likevel på listen.",
    ),
    # a works-again clause with the site as a pronoun
    (
        "low",
        "no",
        "Nettbutikken var nede en times tid i formiddag, men nå virker den igjen. Kan dere si hva som skjedde?",
    ),
    (
        "low",
        "nl",
        "De webshop lag vanochtend een uurtje plat, maar nu werkt hij weer. Kunnen jullie uitzoeken wat er gebeurde?",
    ),
    (
        "low",
        "de",
        "Die Website war heute früh eine Stunde nicht erreichbar, jetzt läuft sie wieder. Könnt ihr nachsehen, woran es lag?",
    ),
    # a friend's own site that crashed, told as a worry about ours
    (
        "low",
        "en",
        "A friend of mine said her shop went down during a big sale. Can we make sure ours holds up next month?",
    ),
    (
        "low",
        "nl",
        "Een kennis vertelde dat zijn webshop plat ging tijdens een actie. Kunnen jullie zorgen dat de onze het volgende maand houdt?",
    ),
    (
        "low",
        "de",
        "Ein Bekannter erzählte, dass sein Shop bei einer Rabattaktion ausgefallen ist. Könnt ihr prüfen, ob unserer das aushält?",
    ),
    (
        "low",
        "no",
        "En kompis sa at nettbutikken hans var nede under et salg. Kan dere sjekke at vår tåler det neste måned?",
    ),
]

NEAR_MISSES = [
    # only on the phone, the computer works: a limited scope (urgent)
    (
        "urgent",
        "de",
        "Die Webseite ist nicht erreichbar, aber nur auf dem Handy, am Rechner geht sie.",
    ),
    # only some customers get the error: a limited scope (urgent)
    (
        "urgent",
        "en",
        "Only some customers get a 502 error in the app, the others can work normally.",
    ),
    # a maintenance page asked about in advance: a question (low)
    (
        "low",
        "nl",
        "Tonen jullie tijdens het onderhoud van zaterdag alleen een onderhoudspagina? Graag even laten weten.",
    ),
    # a new admin account we made ourselves: account work (low)
    (
        "low",
        "en",
        "We created a new admin account for our intern, could you give it access to the blog as well?",
    ),
    # every payment method fails: payment impossible (critical)
    (
        "critical",
        "de",
        "Seit Freitag schlägt jede Zahlung fehl, egal ob PayPal, Kreditkarte oder Rechnung: niemand kann bezahlen.",
    ),
    # production checked and not fine: an outage (critical)
    (
        "critical",
        "en",
        "I checked production and it is not fine either: the live shop shows a 500 error for everyone.",
    ),
    # a site that hangs for half a minute: slow (urgent)
    (
        "urgent",
        "no",
        "Nettsiden henger hele tiden og bruker over 30 sekunder på å laste.",
    ),
    # the customers' login broken beside the newsletter: a login broken (urgent)
    (
        "urgent",
        "en",
        "Customers cannot log in to their accounts any more; the newsletter sign-up works fine though.",
    ),
    # our own site crashed as well as a friend's: an outage of ours (critical)
    (
        "critical",
        "en",
        "Our webshop is down for everyone since this morning, a friend said his shop had the same last week.",
    ),
    # written for a brother whose site is down: a report for him, not a story (critical)
    (
        "critical",
        "en",
        "I'm writing for my brother who runs the bakery, his website is down for everyone since this morning.",
    ),
    (
        "critical",
        "nl",
        "Ik mail namens mijn broer, zijn webshop ligt sinds vanochtend voor iedereen plat.",
    ),
    # down last night and still down now: no works-again clause (critical)
    (
        "critical",
        "no",
        "Nettsiden var nede i natt, og den virker fortsatt ikke for noen av kundene.",
    ),
]

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
