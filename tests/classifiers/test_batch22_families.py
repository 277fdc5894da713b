"""Meaning families missed in held-out batch 22, in all four languages, as round 15's word
classes and engine see them: one payment method failing while the others "are going through
fine" (urgent); the admin side failing ("critical error on this website" in the dashboard)
while the shop itself still works (urgent); nobody able to log in beside "the public school
website works" (a compound site word; urgent), with payment impossible staying critical
beside it; a browser's certificate warning for everyone "and in Safari" too (no one-browser
scope); a click on a photo that does nothing (standard); events shown a day early or on the
wrong day, and a page that differs from what is "correct in the admin" (standard); reviews
no longer shown (standard); a large share of the products gone from the categories (urgent),
not a photo missing on half of them; an interface that no longer transfers any quantities
(urgent); a page showing raw code in square brackets while the rest works (standard), not a
request to add a shortcode; a scope word that only says how little the hurry is ("not urgent
at all", "nächste Woche reicht völlig", "helemaal geen haast", "det haster ikke i det hele
tatt", "totally fine"), which is no scope of a failure; one user locked out by their own lost
second factor ("new phone ... authenticator"), user support (low), not a login broken for
everyone after a two-factor update (urgent); and a security plugin's notice that it locked
someone out of logging in, asked about (low), not editors locked out of the admin (urgent).

The sentences here are NOT taken from batch 22 (none shares six consecutive words with it):
they say the same thing in other words. NEAR_MISSES must stay at the level given (their
comment names the trap).
"""

# ruff: noqa: E501  (a table of whole sentences)
from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # A: one method fails, others are going through
    (
        "urgent",
        "en",
        "Apple Pay keeps failing at the checkout with an error, while cards and PayPal are still going through without trouble.",
    ),
    (
        "urgent",
        "nl",
        "Apple Pay geeft bij het afrekenen steeds een fout, terwijl kaart en iDEAL gewoon goed doorgaan.",
    ),
    (
        "urgent",
        "de",
        "Apple Pay bricht an der Kasse jedes Mal mit einem Fehler ab, während Karte und PayPal problemlos durchgehen.",
    ),
    (
        "urgent",
        "no",
        "Apple Pay feiler i kassen hver gang, mens kort og Vipps går helt fint gjennom.",
    ),
    # B: admin-only critical error, shop itself still works
    (
        "urgent",
        "en",
        'Since the PHP update the dashboard only shows a page saying "critical error on this website". The shop itself is still working, but I can\'t print the packing slips.',
    ),
    (
        "urgent",
        "nl",
        'Sinds de PHP-update zegt het dashboard alleen "Er heeft zich een kritieke fout voorgedaan". De winkel zelf werkt nog voor klanten, maar ik kan geen pakbonnen printen.',
    ),
    (
        "urgent",
        "de",
        'Seit dem PHP-Update steht im Dashboard nur "Es gab einen kritischen Fehler auf deiner Website". Der Shop selbst funktioniert noch, aber ich kann keine Lieferscheine drucken.',
    ),
    (
        "urgent",
        "no",
        'Etter PHP-oppdateringen står det bare "Det har oppstått en kritisk feil" i kontrollpanelet. Selve butikken virker fortsatt for kundene, men jeg får ikke skrevet ut pakksedler.',
    ),
    # C: nobody can log in, the public (compound) website works
    (
        "urgent",
        "en",
        'Since Monday nobody can log in to the parents\' area, they all get "session expired". The public school website works.',
    ),
    (
        "urgent",
        "nl",
        'Sinds maandag kan niemand inloggen in het ouderportaal, iedereen krijgt "sessie verlopen". De openbare schoolwebsite werkt.',
    ),
    (
        "urgent",
        "de",
        'Seit Montag kann sich niemand im Vereinsportal anmelden, alle bekommen "Sitzung abgelaufen". Die öffentliche Vereinshomepage funktioniert.',
    ),
    (
        "urgent",
        "no",
        'Siden mandag kan ingen logge inn i foreldreportalen, alle får "økten er utløpt". Den offentlige skolenettsiden fungerer.',
    ),
    # D: a browser warning for everyone, "and in Safari"
    (
        "critical",
        "en",
        'Since this morning every visitor gets "Your connection is not private", and in Safari the same warning in other words. Nobody books anything.',
    ),
    (
        "critical",
        "nl",
        'Sinds vanochtend krijgt elke bezoeker de melding "Je verbinding is niet privé" en ook in Safari een vergelijkbare waarschuwing. Niemand boekt nog iets.',
    ),
    (
        "critical",
        "de",
        'Seit heute früh bekommt jeder Besucher "Ihre Verbindung ist nicht privat", und in Safari dieselbe Warnung mit anderen Worten. Niemand bucht mehr etwas.',
    ),
    (
        "critical",
        "no",
        'Siden i morges får hver besøkende "Tilkoblingen din er ikke privat", og i Safari den samme advarselen med andre ord. Ingen booker noe.',
    ),
    # E: a click on a photo does nothing (some pages), no rush
    (
        "standard",
        "en",
        "On two of the portfolio pages nothing happens when you click a picture, it should open larger. No rush.",
    ),
    (
        "standard",
        "nl",
        "Op twee portfoliopagina's gebeurt er niets als je op een foto klikt, hij zou groter moeten openen. Geen haast.",
    ),
    (
        "standard",
        "de",
        "Auf zwei Portfolioseiten passiert nichts, wenn man ein Bild anklickt, es sollte sich groß öffnen. Keine Eile.",
    ),
    (
        "standard",
        "no",
        "På to av porteføljesidene skjer det ingenting når man klikker på et bilde, det skulle åpnes stort. Ingen hast.",
    ),
    # F: dates shown a day early or on the wrong day, correct in the admin
    (
        "standard",
        "en",
        "In the events calendar on our site every concert appears one day early, the spring fair says Friday instead of Saturday. Not urgent, but people will turn up on the wrong evening.",
    ),
    (
        "standard",
        "nl",
        "In de evenementenkalender op onze site staat elk concert een dag te vroeg, de voorjaarsmarkt staat op vrijdag in plaats van zaterdag. Niet dringend, maar mensen komen dan op de verkeerde avond.",
    ),
    (
        "standard",
        "de",
        "Im Veranstaltungskalender auf unserer Seite stehen alle Konzerte einen Tag zu früh, der Frühlingsmarkt steht am Freitag statt am Samstag. Nicht dringend, aber die Leute kommen sonst am falschen Abend.",
    ),
    (
        "standard",
        "no",
        "I arrangementskalenderen på siden vår står hver konsert en dag for tidlig, vårmarkedet står på fredag i stedet for lørdag. Ikke krise, men folk kommer på feil kveld.",
    ),
    (
        "standard",
        "en",
        "The shop shows the old closing time on the contact page, although it is correct in the admin. Can you have a look?",
    ),
    (
        "standard",
        "nl",
        "De winkel toont de oude sluitingstijd op de contactpagina, terwijl het in het beheer goed ingevoerd staat. Kunnen jullie even kijken?",
    ),
    (
        "standard",
        "de",
        "Der Shop zeigt auf der Kontaktseite die alte Schließzeit, obwohl sie im Backend richtig eingetragen ist. Könnt ihr mal schauen?",
    ),
    (
        "standard",
        "no",
        "Butikken viser gammel stengetid på kontaktsiden, selv om den er lagt inn riktig i admin. Kan dere ta en titt?",
    ),
    # H: reviews no longer shown
    (
        "standard",
        "en",
        "For a week the customer reviews are no longer shown under the products, although there are plenty in the backend. Ordering works.",
    ),
    (
        "standard",
        "nl",
        "Sinds een week worden de klantbeoordelingen niet meer getoond onder de producten, terwijl er genoeg in de backend staan. Bestellen werkt.",
    ),
    (
        "standard",
        "de",
        "Seit einer Woche werden unter den Produkten keine Kundenbewertungen mehr angezeigt, obwohl im Backend genug da sind. Bestellen geht.",
    ),
    (
        "standard",
        "no",
        "I en uke har kundeanmeldelsene ikke vist seg under produktene, og de vises ikke lenger selv om de finnes i admin. Bestilling fungerer.",
    ),
    # I: a large share of the catalogue gone from the categories
    (
        "urgent",
        "en",
        "Since last night's product import about half of the products are missing from the category pages. Through the search you can still find and buy them.",
    ),
    (
        "urgent",
        "nl",
        "Sinds de productimport van gisteravond ontbreekt ongeveer de helft van de producten in de categoriepagina's. Via de zoekfunctie kun je ze nog vinden en kopen.",
    ),
    (
        "urgent",
        "de",
        "Seit dem Produktimport gestern Nacht fehlt auf den Kategorieseiten ungefähr die Hälfte der Produkte. Über die Suche kann man sie noch finden und kaufen.",
    ),
    (
        "urgent",
        "no",
        "Siden produktimporten i går kveld mangler omtrent halvparten av produktene i kategorisidene. Via søket kan man fortsatt finne og kjøpe dem.",
    ),
    # J: an interface that no longer transfers anything
    (
        "urgent",
        "en",
        "Since noon the link to our stock system no longer transfers any quantities, the shop still shows this morning's numbers. Orders are going through.",
    ),
    (
        "urgent",
        "nl",
        "Sinds vanmiddag stuurt de koppeling met ons voorraadsysteem geen aantallen meer door, de webshop toont nog de cijfers van vanochtend. Bestellingen gaan gewoon door.",
    ),
    (
        "urgent",
        "de",
        "Seit heute Mittag überträgt die Schnittstelle zu unserem Lagersystem keine Mengen mehr, im Shop stehen noch die Zahlen von heute früh. Bestellungen gehen durch.",
    ),
    (
        "urgent",
        "no",
        "Siden i dag tidlig overfører koblingen til lagersystemet ikke lenger antall, nettbutikken viser fortsatt tallene fra i morges. Bestillingene går gjennom.",
    ),
    # K: one page shows raw code, the rest works, not urgent (a scope word of tone beside it)
    (
        "standard",
        "en",
        "The page with our prices only shows code in square brackets now, the rest all works. Not urgent, next week is totally fine.",
    ),
    (
        "standard",
        "nl",
        "Op de pagina met onze prijzen staat nu alleen nog code tussen vierkante haken, de rest doet het allemaal. Niet dringend, volgende week is helemaal prima.",
    ),
    (
        "standard",
        "de",
        "Auf der Seite mit unseren Preisen steht jetzt nur noch Code in eckigen Klammern, alles andere geht. Nicht eilig, nächste Woche reicht völlig.",
    ),
    (
        "standard",
        "no",
        "Siden med prisene våre viser nå bare kode i hakeparenteser, resten går fint. Ikke noe hastverk, neste uke er helt greit.",
    ),
    # L: a scope word of tone is no scope of the failure
    (
        "standard",
        "en",
        "Since yesterday the website shows an error in the news archive. Not urgent at all.",
    ),
    (
        "standard",
        "nl",
        "Sinds gisteren geeft de website een fout in het nieuwsarchief. Het heeft helemaal geen haast.",
    ),
    (
        "standard",
        "de",
        "Seit gestern zeigt die Website im Nachrichtenarchiv einen Fehler. Überhaupt nicht eilig.",
    ),
    (
        "standard",
        "no",
        "Siden i går gir nettsiden en feil i nyhetsarkivet. Det haster ikke i det hele tatt.",
    ),
    # M: one user's own lost second factor
    (
        "low",
        "en",
        "Since I switched phones I can't log in to WordPress any more: it wants the code from the authenticator app, which was on the old phone. My colleague gets in as usual and the site works, so it's only me. Could you turn off two-factor for my user?",
    ),
    (
        "low",
        "nl",
        "Sinds ik een nieuwe telefoon heb kan ik niet meer inloggen in WordPress: hij vraagt de code uit de authenticator-app, en die stond op de oude telefoon. Mijn collega komt gewoon binnen en de site werkt, dus het ligt alleen aan mij. Kunnen jullie tweestapsverificatie voor mijn gebruiker uitzetten?",
    ),
    (
        "low",
        "de",
        "Seit ich ein neues Handy habe, komme ich nicht mehr in WordPress rein: es will den Code aus der Authenticator-App, und die war auf dem alten Handy. Meine Kollegin kommt ganz normal rein und die Seite läuft, es betrifft also nur mich. Könnt ihr die Zwei-Faktor-Anmeldung für meinen Benutzer abschalten?",
    ),
    (
        "low",
        "no",
        "Etter at jeg byttet mobil kommer jeg ikke inn i WordPress: den vil ha koden fra authenticator-appen, og den lå på den gamle mobilen. Min kollega kommer inn uten problemer og nettsiden virker, så dette gjelder bare meg. Kunne dere slått av tofaktor for brukeren min?",
    ),
    # N: a security plugin's notice of blocked login attempts, asked about
    (
        "low",
        "en",
        'I keep getting mails titled "A user was locked out from logging in" from our security plugin. The shop looks normal. Should we worry, or change our passwords?',
    ),
    (
        "low",
        "nl",
        'Ik krijg steeds mails van onze beveiligingsplugin met "A user was locked out from logging in". De winkel ziet er normaal uit. Moeten we ons zorgen maken of wachtwoorden wijzigen?',
    ),
    (
        "low",
        "de",
        'Ich bekomme ständig Mails von unserem Sicherheitsplugin mit "A user was locked out from logging in". Der Shop sieht normal aus. Müssen wir uns Sorgen machen oder Passwörter ändern?',
    ),
    (
        "low",
        "no",
        'Jeg får stadig e-post fra sikkerhetspluginen vår med "A user was locked out from logging in". Butikken ser normal ut. Bør vi bekymre oss, eller bytte passord?',
    ),
]

NEAR_MISSES = [
    # A: one method fails, others are going through
    (
        "critical",
        "en",
        "Apple Pay keeps failing at the checkout with an error, and cards and PayPal are not going through either.",
    ),
    (
        "critical",
        "nl",
        "Apple Pay geeft bij het afrekenen steeds een fout, en ook kaart en iDEAL gaan niet door.",
    ),
    (
        "critical",
        "de",
        "Apple Pay bricht an der Kasse jedes Mal mit einem Fehler ab, und Karte und PayPal gehen auch nicht durch.",
    ),
    (
        "critical",
        "no",
        "Apple Pay feiler i kassen hver gang, og kort og Vipps går heller ikke gjennom.",
    ),
    # B: admin-only critical error, shop itself still works
    (
        "critical",
        "en",
        'Since the PHP update every page only shows a page saying "critical error on this website". Customers cannot order anything.',
    ),
    (
        "critical",
        "nl",
        'Sinds de PHP-update toont elke pagina alleen "Er heeft zich een kritieke fout voorgedaan". Klanten kunnen niets bestellen.',
    ),
    (
        "critical",
        "de",
        'Seit dem PHP-Update zeigt jede Seite nur "Es gab einen kritischen Fehler auf deiner Website". Kunden können nichts bestellen.',
    ),
    (
        "critical",
        "no",
        'Etter PHP-oppdateringen viser hver side bare "Det har oppstått en kritisk feil". Kundene kan ikke bestille noe.',
    ),
    # C: nobody can log in, the public (compound) website works
    (
        "critical",
        "en",
        "Since Monday nobody can pay in the club shop, every card payment fails. The public club website works.",
    ),
    (
        "critical",
        "nl",
        "Sinds maandag kan niemand betalen in de clubwinkel, elke betaling mislukt. De openbare clubwebsite werkt.",
    ),
    (
        "critical",
        "de",
        "Seit Montag kann niemand im Vereinsshop bezahlen, jede Zahlung schlägt fehl. Die öffentliche Vereinshomepage funktioniert.",
    ),
    (
        "critical",
        "no",
        "Siden mandag kan ingen betale i klubbutikken, alle betalinger feiler. Den offentlige klubbnettsiden fungerer.",
    ),
    # D: a browser warning for everyone, "and in Safari"
    (
        "urgent",
        "en",
        "Since this morning our booking page is very slow, but only in Safari; Chrome is fine.",
    ),
    (
        "urgent",
        "nl",
        "Sinds vanochtend is onze boekingspagina erg traag, maar alleen in Safari; Chrome is prima.",
    ),
    (
        "urgent",
        "de",
        "Seit heute früh ist unsere Buchungsseite sehr langsam, aber nur in Safari; Chrome ist in Ordnung.",
    ),
    (
        "urgent",
        "no",
        "Siden i morges er bookingsiden vår veldig treg, men bare i Safari; Chrome er greit.",
    ),
    # E: a click on a photo does nothing (some pages), no rush
    (
        "low",
        "en",
        "Could you swap the first picture on the portfolio page for the new one I attached? No rush.",
    ),
    (
        "low",
        "nl",
        "Kunnen jullie de eerste foto op de portfoliopagina vervangen door de nieuwe in de bijlage? Geen haast.",
    ),
    (
        "low",
        "de",
        "Könnt ihr das erste Bild auf der Portfolioseite gegen das neue im Anhang tauschen? Keine Eile.",
    ),
    (
        "low",
        "no",
        "Kan dere bytte det første bildet på porteføljesiden med det nye i vedlegget? Ingen hast.",
    ),
    # F: dates shown a day early or on the wrong day, correct in the admin
    (
        "low",
        "en",
        "Could you move the spring fair in the events calendar to one day later? It was postponed.",
    ),
    (
        "low",
        "nl",
        "Kunnen jullie de voorjaarsmarkt in de evenementenkalender een dag later zetten? Hij is uitgesteld.",
    ),
    (
        "low",
        "de",
        "Könnt ihr den Frühlingsmarkt im Veranstaltungskalender einen Tag später eintragen? Er wurde verschoben.",
    ),
    (
        "low",
        "no",
        "Kan dere flytte vårmarkedet i arrangementskalenderen til dagen etter? Det er utsatt.",
    ),
    # H: reviews no longer shown
    (
        "low",
        "en",
        "Could you add a block with customer reviews under the products? We would like to show them on every product page.",
    ),
    (
        "low",
        "nl",
        "Kunnen jullie een blok met klantbeoordelingen onder de producten toevoegen? We willen ze graag op elke productpagina tonen.",
    ),
    (
        "low",
        "de",
        "Könnt ihr einen Block mit Kundenbewertungen unter den Produkten einbauen? Wir möchten sie gern auf jeder Produktseite zeigen.",
    ),
    (
        "low",
        "no",
        "Kan dere legge til en blokk med kundeanmeldelser under produktene? Vi vil gjerne vise dem på hver produktside.",
    ),
    # I: a large share of the catalogue gone from the categories
    (
        "standard",
        "en",
        "Since last night's product import the photo is missing for about half of the products on the product page. Ordering works.",
    ),
    (
        "standard",
        "nl",
        "Sinds de productimport van gisteravond ontbreken bij de helft van de producten de foto's op de productpagina. Bestellen werkt.",
    ),
    (
        "standard",
        "de",
        "Seit dem Produktimport gestern Nacht fehlen bei der Hälfte der Produkte die Fotos auf der Produktseite. Bestellen geht.",
    ),
    (
        "standard",
        "no",
        "Siden produktimporten i går kveld vises ikke bildene på halvparten av produktsidene. Bestilling fungerer.",
    ),
    # J: an interface that no longer transfers anything
    (
        "low",
        "en",
        "Could the link to our stock system also transfer the delivery times? We would like to show them in the shop.",
    ),
    (
        "low",
        "nl",
        "Kan de koppeling met ons voorraadsysteem ook de levertijden doorsturen? We willen die graag in de webshop tonen.",
    ),
    (
        "low",
        "de",
        "Kann die Schnittstelle zu unserem Lagersystem auch die Lieferzeiten übertragen? Wir möchten sie gern im Shop zeigen.",
    ),
    (
        "low",
        "no",
        "Kan koblingen til lagersystemet også overføre leveringstidene? Vi vil gjerne vise dem i nettbutikken.",
    ),
    # K: one page shows raw code, the rest works, not urgent (a scope word of tone beside it)
    (
        "low",
        "en",
        "Could you put the shortcode for the booking form on the prices page? Not urgent, next week is totally fine.",
    ),
    (
        "low",
        "nl",
        "Kunnen jullie de shortcode van het boekingsformulier op de prijzenpagina zetten? Niet dringend, volgende week is helemaal prima.",
    ),
    (
        "low",
        "de",
        "Könnt ihr den Shortcode für das Buchungsformular auf der Preisseite einfügen? Nicht eilig, nächste Woche reicht völlig.",
    ),
    (
        "low",
        "no",
        "Kan dere legge inn kortkoden for bookingskjemaet på prissiden? Ikke noe hastverk, neste uke er helt greit.",
    ),
    # L: a scope word of tone is no scope of the failure
    (
        "critical",
        "en",
        "Since yesterday the website is completely down, it shows an error for everyone. Urgent!",
    ),
    (
        "critical",
        "nl",
        "Sinds gisteren is de website helemaal plat, iedereen krijgt een fout. Dringend!",
    ),
    (
        "critical",
        "de",
        "Seit gestern ist die Website völlig weg, alle bekommen einen Fehler. Dringend!",
    ),
    (
        "critical",
        "no",
        "Siden i går er nettsiden helt nede, alle får en feil. Det haster!",
    ),
    # M: one user's own lost second factor
    (
        "urgent",
        "en",
        "Since the two-factor update on Tuesday nobody can log in to WordPress any more, the authenticator code is rejected for everyone. The public site works.",
    ),
    (
        "urgent",
        "nl",
        "Sinds de update van de tweestapsverificatie op dinsdag kan geen enkele redacteur meer inloggen in WordPress, de code uit de authenticator wordt bij iedereen geweigerd. De openbare site werkt.",
    ),
    (
        "urgent",
        "de",
        "Seit dem Zwei-Faktor-Update am Dienstag kann sich keiner unserer Redakteure mehr in WordPress einloggen, der Authenticator-Code wird bei allen abgelehnt. Die öffentliche Seite funktioniert.",
    ),
    (
        "urgent",
        "no",
        "Siden tofaktor-oppdateringen på tirsdag får ingen av redaktørene våre logget inn i WordPress, koden fra authenticator avvises for alle. Den offentlige nettsiden fungerer.",
    ),
    # N: a security plugin's notice of blocked login attempts, asked about
    (
        "urgent",
        "en",
        "Since this morning all our editors are locked out of the admin, none of us can get in. Everything else on the site works.",
    ),
    (
        "urgent",
        "nl",
        "Sinds vanochtend zijn al onze redacteuren buitengesloten van het beheer, niemand van ons kan nog inloggen. De rest van de site werkt.",
    ),
    (
        "urgent",
        "de",
        "Seit heute früh sind alle unsere Redakteure aus dem Adminbereich ausgesperrt, keiner von uns kann sich anmelden. Der Rest der Seite funktioniert.",
    ),
    (
        "urgent",
        "no",
        "Siden i morges er alle redaktørene våre låst ute av adminpanelet, ingen av oss kommer inn. Resten av siden fungerer.",
    ),
]

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
