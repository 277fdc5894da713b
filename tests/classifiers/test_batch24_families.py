"""Meaning families missed in held-out batch 24, in all four languages, as round 17's word
classes and engine see them: a minor bug reported after thanks for a fixed outage (standard);
thanks for how an outage on a named day was handled (low); news of a breach read on a news
site by its address (low); a supposed outage ("stel dat", "angenommen") asked about (low); a
login the staff use (editors, the CMS) broken for all of them (urgent, not critical); a
checkout that spins before it goes through (slow: urgent); the link between the site and a
booking system down while the calendar shows everything full (urgent); a test system by its
host name beside a live site that works (standard); one payment method that opens an empty
popup while others work (urgent); orders no longer reaching the ERP by its name or connector
(urgent); a form that spins and never sends (urgent); one page damaged while "all other pages
are fine" (standard); and a wishlist that loses its items (standard).

The sentences here are NOT taken from batch 24: they say the same thing in other words.
NEAR_MISSES must stay at the level given (they name the trap in a comment).
"""

# ruff: noqa: E501  (a table of whole sentences)
from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # a minor bug reported after thanks for a fixed outage: standard
    (
        "standard",
        "en",
        "Thanks, the shop is reachable again since last night! The only thing I notice now is that the blog page shows its photos as broken icons. The other pages look fine.",
    ),
    (
        "standard",
        "de",
        "Vielen Dank, die Website läuft wieder. Jetzt ist mir aufgefallen, dass im Impressum die Sonderzeichen kaputt sind. Keine Eile.",
    ),
    (
        "standard",
        "nl",
        "Bedankt, de site doet het weer! Wat me nog opvalt: op de vacaturepagina is de knop kapot. Geen haast.",
    ),
    (
        "standard",
        "no",
        "Takk, nettsiden virker igjen! Men lenken til prislista gir nå en 404-feil. Ingen krise.",
    ),
    # thanks for how an outage on a named day was handled: low
    (
        "low",
        "en",
        "I just wanted to thank you for reacting so fast on Saturday evening when the webshop was down. Please send the invoice for the extra hours.",
    ),
    (
        "low",
        "nl",
        "Ik wilde jullie even bedanken dat jullie zaterdagavond zo snel klaarstonden toen de webshop plat lag.",
    ),
    (
        "low",
        "de",
        "Ich wollte mich bedanken, dass ihr am Sonntagmorgen so schnell da wart, als die Website down war.",
    ),
    # news of a breach read on a news site by its address: low
    (
        "low",
        "nl",
        "Ik zag op tweakers.net dat een webwinkel is gehackt via een plugin en dat klantgegevens zijn gestolen. Zijn wij veilig?",
    ),
    (
        "low",
        "en",
        "I read on bleepingcomputer.com that a big retailer was hacked through a payment plugin. Do we use that plugin as well?",
    ),
    (
        "low",
        "de",
        "Ich habe auf t3n.de gelesen, dass ein Onlineshop gehackt wurde und Kundendaten abgeflossen sind. Sind wir betroffen?",
    ),
    (
        "low",
        "no",
        "Jeg leste på digi.no at en nettbutikk er blitt hacket og at kundenes kortdata er stjålet. Gjelder det oss også?",
    ),
    # a supposed outage asked about: low
    (
        "low",
        "en",
        "Suppose the shop goes down on Black Friday, can we reach anyone that evening?",
    ),
    (
        "low",
        "nl",
        "Stel dat de webshop in het weekend plat ligt, wie kunnen we dan bellen?",
    ),
    (
        "low",
        "de",
        "Angenommen, unsere Website ist an Heiligabend komplett offline, ist dann jemand von euch da? Nur eine Frage zur Bereitschaft.",
    ),
    (
        "low",
        "no",
        "Sett at nettsiden er nede i påsken, kan vi ringe noen da? Bare et spørsmål.",
    ),
    # the staff's login (editors, CMS) broken for all of them: urgent
    (
        "urgent",
        "en",
        "Since the single sign-on switch nobody can log in to the CMS any more. The public website works for visitors.",
    ),
    (
        "urgent",
        "nl",
        "Sinds gisteren kan niemand van de redactie nog in het CMS inloggen. Bezoekers merken niets.",
    ),
    (
        "urgent",
        "de",
        "Seit gestern kann sich niemand mehr im Redaktionssystem anmelden, wir bekommen nur eine Fehlermeldung.",
    ),
    (
        "urgent",
        "no",
        "Ingen av oss kommer inn i publiseringsløsningen etter oppdateringen, vi får bare en feilmelding.",
    ),
    # a checkout that spins before it goes through: slow, urgent
    (
        "urgent",
        "en",
        "The site is crawling today, pages need ten seconds to open and paying spins for a minute before it finally goes through.",
    ),
    (
        "urgent",
        "nl",
        "De site is sinds vanochtend heel traag, de betaling blijft lang hangen maar uiteindelijk lukt het wel.",
    ),
    (
        "urgent",
        "de",
        "Die Seite ist seit heute extrem langsam, die Kasse hängt ewig, aber irgendwann klappt es dann doch.",
    ),
    (
        "urgent",
        "no",
        "Nettbutikken er veldig treg i dag, betalingen henger lenge før den går gjennom.",
    ),
    # the link between the site and a booking system down, everything shown as full: urgent
    (
        "urgent",
        "en",
        "The connection between the website and our booking system has stopped working, the calendar shows every room as fully booked so no bookings are coming in.",
    ),
    (
        "urgent",
        "nl",
        "De koppeling tussen onze website en het reserveringssysteem werkt niet meer, de kalender toont alle huisjes als volgeboekt.",
    ),
    # a test system by its host name beside a live site that works: standard
    (
        "standard",
        "en",
        "staging.ourshop.com returns a 500 error since this afternoon. The live site works normally.",
    ),
    (
        "standard",
        "nl",
        "test.onzewinkel.nl geeft een 500 error sinds vanochtend, de live site werkt gewoon.",
    ),
    (
        "standard",
        "de",
        "Unsere Abnahmeumgebung zeigt seit heute einen 500-Fehler. Die Produktion läuft normal.",
    ),
    (
        "standard",
        "no",
        "Testmiljøet gir 500-feil siden i morges. Produksjon fungerer som normalt.",
    ),
    # one payment method opens an empty popup while others work: urgent
    (
        "urgent",
        "en",
        "When customers pick Klarna, clicking buy now opens an empty popup. PayPal and card payments work fine.",
    ),
    (
        "urgent",
        "de",
        "Wer Apple Pay wählt, sieht beim Button Jetzt kaufen bloß ein leeres Fenster. Kreditkarte und PayPal gehen.",
    ),
    (
        "urgent",
        "nl",
        "Bij Klarna krijgen klanten alleen een lege popup. iDEAL werkt wel.",
    ),
    (
        "urgent",
        "no",
        "PayPal viser bare et tomt vindu når kundene skal betale. Vipps og kort fungerer.",
    ),
    # orders no longer reaching the ERP by its name or connector: urgent
    (
        "urgent",
        "en",
        "Since Monday no shop orders have dropped into Odoo, the connector log shows an authentication error. The shop itself works.",
    ),
    (
        "urgent",
        "nl",
        "Sinds vrijdag landen de webshopbestellingen niet meer in AFAS. De webshop zelf werkt.",
    ),
    (
        "urgent",
        "de",
        "Seit gestern kommen die Bestellungen nicht mehr in SAP an. Der Shop selbst läuft.",
    ),
    (
        "urgent",
        "no",
        "Ordrene fra nettbutikken havner ikke i Odoo lenger, selve butikken fungerer.",
    ),
    # a form that spins and never sends: urgent
    (
        "urgent",
        "en",
        "Our booking form just spins and never sends, we've had no reservations since Sunday.",
    ),
    (
        "urgent",
        "nl",
        "Het offerteformulier blijft draaien en wordt nooit verstuurd.",
    ),
    (
        "urgent",
        "de",
        "Das Kontaktformular dreht sich nur und wird nie abgeschickt.",
    ),
    (
        "urgent",
        "no",
        "Kontaktskjemaet bare spinner og sendes aldri.",
    ),
    # one page damaged while all other pages are fine: standard
    (
        "standard",
        "en",
        "I removed a block on the About page by accident and now half of the page is gone. All other pages are fine. Can you restore it?",
    ),
    (
        "standard",
        "de",
        "Ich habe auf der Kontaktseite aus Versehen einen Block entfernt, seitdem ist die Seite halb weg und kaputt. Alle anderen Seiten sind in Ordnung.",
    ),
    # a wishlist that loses its items: standard
    (
        "standard",
        "en",
        "Several customers say the products on their wishlist are gone after logging in again. Ordering works. Could you look at it when you have time?",
    ),
    (
        "standard",
        "nl",
        "Een paar klanten melden dat hun verlanglijst leeg is na opnieuw inloggen. Bestellen gaat gewoon. Kunnen jullie er eens naar kijken?",
    ),
    (
        "standard",
        "de",
        "Einige Kunden schreiben, dass ihre Wunschliste nach dem Abmelden leer ist. Bestellen geht normal. Können Sie das bei Gelegenheit prüfen?",
    ),
    (
        "standard",
        "no",
        "Noen kunder sier at varene på ønskelista forsvinner når de logger inn på nytt. Bestilling fungerer. Kan dere se på det?",
    ),
]

NEAR_MISSES = [
    # thanks, then only a question about the cause: no new problem (low)
    ("low", "en", "Thanks, the site works again. But could you tell me what caused it?"),
    # thanks for last time, and it is down again now: critical
    (
        "critical",
        "en",
        "Thank you for your help last week. The webshop is down again since this morning, nothing loads.",
    ),
    # a web address in the writer's own report of a hack: still critical
    (
        "critical",
        "nl",
        "Ik zag net op onzewinkel.nl dat onze homepage is vervangen door een hackerspagina, we zijn gehackt.",
    ),
    # a real outage now, then a supposed longer one: still critical
    (
        "critical",
        "en",
        "The shop is down right now, nothing loads! Suppose it stays down all evening, what do we do?",
    ),
    # an intruder logged in to the CMS: a breach, critical
    (
        "critical",
        "en",
        "Our site has been hacked, someone logged in to the CMS and replaced the homepage with spam.",
    ),
    # the checkout spins and never goes through: payment impossible, critical
    ("critical", "en", "The checkout spins and never goes through, nobody can pay."),
    # the whole website down (no integration named): critical
    (
        "critical",
        "nl",
        "De website doet het helemaal niet meer, niemand kan iets bestellen.",
    ),
    # a production host gives 500 on every page: critical
    (
        "critical",
        "en",
        "shop.example.com gives a 500 error on every page, nobody can order.",
    ),
    # every payment method fails: critical
    (
        "critical",
        "en",
        "Klarna only shows an empty popup and card payments fail too, nobody can pay.",
    ),
    # a form question with no rush: low
    (
        "low",
        "en",
        "The contact form works, but could you change the text on the button? No rush.",
    ),
    # all other pages give an error too: the site is down, critical
    (
        "critical",
        "de",
        "Die Startseite ist weg und alle anderen Seiten zeigen auch nur einen Fehler. Die ganze Website ist offline.",
    ),
    # a wishlist feature asked for: low
    ("low", "en", "Could you add a wishlist feature to the shop next month?"),
    ("low", "nl", "Kunnen jullie een verlanglijst toevoegen aan de webshop?"),
]

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
