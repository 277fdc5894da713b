"""Meaning families missed in held-out batch 19, in all four languages, as round 13's word
classes see them: a works-again verb followed by its "not" ("werkt weer niet", "geht wieder
nicht", "virker igjen ikke": broken again, not over), a whole catalogue or register gone
("our entire stock", "het hele assortiment", "der gesamte Katalog", "hele kunderegisteret"),
a black page with a skull on a site named without its article ("klubbens nettside"), and a
new problem after thanks for a fix ("Thanks, it works again. However, ...", "Aber ...", "Wel
merken we nu ...", "Men nå ...") that the thanks does not close. Beside them: words of
haste ("URGENT!!", "SPOED", "EILT", "HASTER") over a content request are no report, and
Norwegian "siden" before a time ("siden i morges", "siden kl. 8") is "since", not the site,
and a recent outage told in a paragraph wrapped across lines ("last\nnight", "gestern\nAbend")
is past when the mail says it works now. Another payment method named as working in either
word order ("funktionieren Lastschrift und Rechnung", "kort fungerer fint") makes one failing
method urgent, unless "only" introduces it ("alleen achteraf betalen werkt nog"). A whole or
main category, or several, showing no products is part of the catalogue lost (urgent), not a
filter inside one category that finds nothing (standard). A site that "ran stable all
weekend" after a fix is a thank-you note. A slow site that "hangs" while the booking goes
through in the end ("works in the end", "lukt uiteindelijk", "klappt am Ende", "går til
slutt") is urgent, not down. German "eine Seite" (a page, the indefinite article) that a link
leads to with a 403 is not "die Seite" (the site). A booking calendar that shows everything
as fully booked while there is room is a booking function lost (urgent). "Neither ... nor"
told of paying or ordering ("können weder ... bezahlen", "kunnen noch ... betalen", "kan
verken betale") is payment impossible.

The sentences here are NOT taken from batch 19: they say the same thing in other words.
NEAR_MISSES must stay at the level given (they name the trap in a comment).
"""

# ruff: noqa: E501  (a table of whole sentences)
from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # a works-again verb with its "not" after it: broken again
    ("critical", "nl", "Sinds vanochtend doet de kassa het weer niet, niemand kan afrekenen."),
    ("critical", "de", "Seit heute früh geht der Shop wieder nicht, niemand kann bezahlen."),
    ("critical", "de", "Die Kasse funktioniert wieder nicht, unsere Kunden können nicht bezahlen."),
    ("critical", "no", "Kassen fungerer igjen ikke, ingen kan betale i nettbutikken."),
    ("critical", "en", "The checkout is broken again, nobody can pay since this morning."),
    # a whole catalogue or register gone: production data lost
    (
        "critical",
        "en",
        "Since last night's update our whole stock has vanished from the shop, the admin shows zero products.",
    ),
    (
        "critical",
        "nl",
        "Sinds de update van vannacht is het hele assortiment uit de webshop verdwenen.",
    ),
    ("critical", "nl", "Het volledige ledenbestand is weg na de migratie, er staan nul leden in."),
    (
        "critical",
        "de",
        "Seit dem Update heute Nacht ist der gesamte Katalog aus dem Shop verschwunden.",
    ),
    ("critical", "de", "Die ganze Mitgliederliste ist nach dem Umzug weg."),
    ("critical", "no", "Etter oppdateringen i natt er hele sortimentet borte fra nettbutikken."),
    ("critical", "no", "Hele kunderegisteret er tomt etter flyttingen."),
    # thanks for a fix, then a new problem after "but": the thanks does not close it
    (
        "urgent",
        "en",
        "Thanks for getting the booking page back up yesterday. However, guests haven't been getting their booking confirmation emails since then.",
    ),
    (
        "urgent",
        "nl",
        "Dank voor het snelle herstel, de webshop doet het weer! Wel merken we nu dat klanten geen orderbevestiging meer krijgen.",
    ),
    (
        "urgent",
        "de",
        "Danke, der Shop läuft wieder. Aber seit gestern bekommen die Kunden nach der Bestellung keine Bestätigungsmail mehr.",
    ),
    (
        "urgent",
        "no",
        "Takk, nettsiden virker igjen. Men nå får ikke kundene ordrebekreftelse på e-post.",
    ),
    # haste words beside a real (minor) problem: still a report
    ("standard", "en", "URGENT: the contact page shows an error since this morning."),
    ("standard", "nl", "Dringend: de fotogalerij laadt niet meer sinds vanochtend."),
    ("standard", "de", "Dringend: die Bildergalerie lädt seit heute Morgen nicht mehr."),
    ("standard", "no", "Haster: bildegalleriet laster ikke lenger siden i morges."),
    # "siden" before a time is "since": one gallery, not the site
    ("standard", "no", "Bildegalleriet laster ikke siden i morges."),
    ("standard", "no", "PDF-en laster ikke siden i går, resten er fint."),
    # one payment method fails, another is named as working: urgent
    (
        "urgent",
        "de",
        'Im Shop funktionieren Lastschrift und Rechnung, aber wer PayPal wählt, bekommt "Zahlung fehlgeschlagen".',
    ),
    (
        "urgent",
        "en",
        "Card payments still go through, but everyone who picks PayPal gets a payment error.",
    ),
    (
        "urgent",
        "nl",
        "Betalen met creditcard gaat goed, maar bij iDEAL krijgt iedere klant een foutmelding bij de betaling.",
    ),
    ("urgent", "no", "Kort fungerer fint, men alle som velger Vipps får feil i betalingen."),
    # a whole category or several main categories without products: urgent
    (
        "urgent",
        "en",
        "Since the import two of our main categories, Shoes and Bags, show no products at all; the rest of the shop works and people still order.",
    ),
    (
        "urgent",
        "nl",
        "Sinds de import is de hele categorie Jassen leeg (ongeveer de helft van ons aanbod), bestellen in de rest gaat gewoon.",
    ),
    (
        "urgent",
        "de",
        "Seit dem Import zeigt die ganze Kategorie Schuhe (gut die Hälfte des Sortiments) keine Artikel mehr, bestellen geht sonst normal.",
    ),
    (
        "urgent",
        "no",
        "Etter importen viser tre kategorier, sko, vesker og belter, ingen produkter, men resten av butikken virker og folk handler.",
    ),
    # slow and "hanging", but the booking goes through in the end: urgent
    (
        "urgent",
        "en",
        'Since this morning every page takes half a minute to load and guests say the site "hangs", but booking works in the end and we\'re getting bookings.',
    ),
    (
        "urgent",
        "nl",
        'Sinds vanochtend duurt elke pagina een halve minuut en gasten zeggen dat de site "hangt", maar reserveren lukt uiteindelijk en we krijgen reserveringen.',
    ),
    (
        "urgent",
        "de",
        'Seit heute Morgen dauert jede Seite eine halbe Minute und Gäste schreiben, die Seite "hängt", aber die Buchung klappt am Ende und wir bekommen Buchungen.',
    ),
    (
        "urgent",
        "no",
        'Siden i morges tar hver side et halvt minutt, og gjestene sier at siden "henger", men bookingen går til slutt og vi får reservasjoner.',
    ),
    # the booking calendar shows everything as full: nobody can book online
    (
        "urgent",
        "en",
        "Since yesterday the booking calendar on our site shows every cabin as fully booked until March, although we have plenty of beds free. People phone us instead.",
    ),
    (
        "urgent",
        "nl",
        "Sinds gisteren toont de boekingskalender op de site alle huisjes als volgeboekt, terwijl we nog genoeg plek hebben. Mensen bellen nu.",
    ),
    (
        "urgent",
        "de",
        "Seit gestern zeigt der Buchungskalender auf der Website alle Zimmer als ausgebucht, obwohl wir viel frei haben. Die Leute rufen jetzt an.",
    ),
    (
        "urgent",
        "no",
        "Siden i går viser bookingkalenderen på nettsiden alle hyttene som fullt, selv om vi har mange ledige senger. Folk ringer oss nå.",
    ),
    # neither way to pay or order works: payment impossible
    ("critical", "en", "Customers can pay neither by PayPal nor by card."),
    ("critical", "en", "Since the update customers can neither order nor pay."),
    ("critical", "nl", "Klanten kunnen noch met iDEAL noch met creditcard betalen."),
    ("critical", "de", "Kunden können weder mit PayPal noch mit Karte bezahlen."),
    ("critical", "no", "Kundene kan verken betale med Vipps eller kort."),
    # a black page with a skull instead of the site (the site named without its article)
    (
        "critical",
        "no",
        "Når jeg går inn på klubbens nettside for å lese nyhetene, kommer det bare en svart side med en hodeskalle.",
    ),
    (
        "critical",
        "en",
        "When I open the club's website to check the fixtures, all I get is a black page with a skull and lines of Russian.",
    ),
    (
        "critical",
        "nl",
        "Wie onze website opent om het rooster te bekijken, krijgt alleen een zwarte pagina met een doodshoofd.",
    ),
    (
        "critical",
        "de",
        "Wenn man unsere Website aufruft, kommt nur eine schwarze Seite mit einem Totenkopf und russischem Text.",
    ),
]

NEAR_MISSES = [
    # works again with no "not" after it: over, a thank-you
    ("low", "nl", "Dank jullie wel, de kassa doet het weer!"),
    ("low", "de", "Danke, der Shop läuft wieder ohne Probleme."),
    ("low", "de", "Es funktioniert wieder, vielen Dank für die schnelle Hilfe."),
    ("low", "no", "Takk, kassen fungerer igjen uten problemer."),
    ("low", "en", "Thanks, the checkout works again."),
    # a recent outage in a wrapped paragraph, fine now: a note, not an incident
    (
        "low",
        "en",
        "FYI: our booking site could not be reached for twenty minutes last\nnight, a guest told us this morning. It's working fine again now, nothing\nurgent.",
    ),
    (
        "low",
        "nl",
        "Ter info: onze webshop was gisteren\navond een kwartier niet bereikbaar, een klant belde erover. Nu werkt alles weer\nnormaal, geen haast.",
    ),
    (
        "low",
        "de",
        "Nur zur Info: Gestern\nAbend war unser Shop etwa eine halbe Stunde nicht erreichbar, zwei Kunden haben angerufen.\nJetzt läuft alles wieder normal, nichts Dringendes.",
    ),
    (
        "low",
        "no",
        "Bare til info: nettbutikken var nede en halvtime i\nnatt, en kunde sa fra i morges. Nå fungerer alt som normalt igjen, ikke noe som haster.",
    ),
    # the same outage that still goes on: critical
    (
        "critical",
        "en",
        "Our booking site could not be reached last\nnight and it is still down this morning, nobody can book.",
    ),
    (
        "critical",
        "de",
        "Unser Shop war gestern\nAbend nicht erreichbar und ist es immer noch, niemand kann bestellen.",
    ),
    # every method fails, or only the fallback is left: critical
    (
        "critical",
        "de",
        "Seit heute Morgen kann niemand bezahlen: PayPal geht nicht, Kreditkarte geht auch nicht.",
    ),
    ("critical", "en", "Nobody can pay: PayPal doesn't work and card doesn't work either."),
    (
        "critical",
        "nl",
        "Klanten kunnen niet meer betalen met iDEAL en creditcard, alleen achteraf betalen werkt nog.",
    ),
    ("critical", "no", "Ingen kan betale: Vipps virker ikke og kort fungerer heller ikke."),
    ("critical", "en", "Since the update neither PayPal nor card payments work, nobody can pay."),
    ("critical", "no", "Verken Vipps eller kort fungerer, ingen kan betale."),
    # a filter inside one category that finds nothing: standard
    ("standard", "en", "The size filter in the shoes category shows no products when you pick 42."),
    (
        "standard",
        "nl",
        "Het kleurfilter in de categorie jurken laat niets zien als je 'rood' kiest.",
    ),
    (
        "standard",
        "de",
        "Der Größenfilter in der Kategorie Hosen zeigt nichts an, wenn man 40 auswählt.",
    ),
    ("standard", "no", "Størrelsesfilteret i kategorien bukser viser ingenting når man velger 40."),
    # the site ran stable after the fix: a thank-you note
    (
        "low",
        "en",
        "Thanks again for fixing it on Friday! The site ran smoothly all weekend and the event went well.",
    ),
    (
        "low",
        "nl",
        "Nogmaals bedankt voor vrijdag! De site liep het hele weekend stabiel en de markt was een succes.",
    ),
    (
        "low",
        "de",
        "Nochmals vielen Dank für Freitag! Die Seite lief das ganze Wochenende stabil, das Fest war ein Erfolg.",
    ),
    (
        "low",
        "no",
        "Takk igjen for fredag! Siden gikk stabilt hele helgen, og festen ble en suksess.",
    ),
    # not stable: still a problem
    ("standard", "de", "Die Seite läuft seit Tagen nicht stabil, ständig kommt ein 502."),
    ("standard", "nl", "De site liep het hele weekend niet stabiel, steeds een 502."),
    ("standard", "no", "Siden gikk ikke stabilt i helgen, stadig 502-feil."),
    # hanging, and the booking does not go through in the end either: critical
    (
        "critical",
        "en",
        "The whole site hangs for everyone and booking never works in the end, nobody can book.",
    ),
    (
        "critical",
        "nl",
        "De hele site hangt voor iedereen, reserveren lukt uiteindelijk niet, niemand kan boeken.",
    ),
    (
        "critical",
        "de",
        "Die ganze Seite hängt bei allen, die Buchung klappt am Ende nicht, niemand kann buchen.",
    ),
    (
        "critical",
        "no",
        "Hele siden henger for alle, bookingen går til slutt ikke gjennom, ingen kan booke.",
    ),
    # a link that leads to a page with an error: a page, not the site
    (
        "standard",
        "de",
        "Der Bestätigungslink im Newsletter führt auf eine Seite mit „403 Forbidden“, nicht eilig.",
    ),
    (
        "standard",
        "en",
        'The confirmation link in the newsletter leads to a page saying "403 Forbidden", not urgent.',
    ),
    (
        "standard",
        "nl",
        'De bevestigingslink in de nieuwsbrief leidt naar een pagina met "403 Forbidden", geen haast.',
    ),
    (
        "standard",
        "no",
        "Bekreftelseslenken i nyhetsbrevet fører til en side med «403 Forbidden», ikke noe hast.",
    ),
    # the site ("die Seite", "unsere Seite", "jede Seite") answering 403: critical
    ("critical", "de", "Die Seite zeigt seit heute früh nur noch 403, niemand kommt rein."),
    ("critical", "de", "Seit heute früh zeigt jede Seite nur noch 403 Forbidden."),
    ("critical", "de", "Unsere Seite liefert seit heute früh 403 Forbidden, auch die Startseite."),
    # really fully booked, a banner asked for: content
    ("low", "en", "We are fully booked for Easter, could you put a banner on the home page?"),
    (
        "low",
        "nl",
        "We zijn met Pasen helemaal volgeboekt, kunnen jullie een banner op de homepage zetten?",
    ),
    (
        "low",
        "de",
        "Wir sind über Ostern komplett ausgebucht, könnt ihr ein Banner auf die Startseite setzen?",
    ),
    ("low", "no", "Vi er fullbooket i påsken, kan dere legge inn et banner på forsiden?"),
    # the calendar shows all booked appointments twice: a display bug
    ("standard", "en", "The calendar shows all booked appointments twice on the staff page."),
    # "neither ... nor" of other things, or German "noch" (still): no payment failure
    ("standard", "en", "Neither the blog nor the newsletter page loads, but customers can pay."),
    ("low", "en", "We can neither change the logo nor the colours ourselves, could you do that?"),
    ("standard", "de", "Kunden können noch bezahlen, nur der Gutschein geht nicht."),
    # words of haste over a typo: content, not an incident
    ("low", "en", "URGENT!! There's a spelling mistake in the heading on our home page."),
    ("low", "nl", "SPOED!! Er staat een spelfout in de kop van onze homepage."),
    ("low", "de", "EILT!!! Auf der Startseite steht ein Tippfehler in der Überschrift."),
    ("low", "no", "HASTER!!! Det er en skrivefeil i overskriften på forsiden."),
    # "siden" followed by a verb is the site, also with a time after it
    ("critical", "no", "Siden laster ikke siden kl. 8, ingen kunder kommer inn."),
    ("critical", "no", "Nettsiden er nede siden i morges, ingen kommer inn."),
    # thanks for a fix, then only a question after "but": still a thank-you
    (
        "low",
        "en",
        "Thanks for fixing it, everything works again. Could you tell us what caused it?",
    ),
    ("low", "nl", "Bedankt, de site doet het weer. Maar wat was de oorzaak van de storing?"),
    ("low", "de", "Danke, die Seite läuft wieder. Aber woran lag der Ausfall eigentlich?"),
    ("low", "no", "Takk, nettsiden virker igjen. Men hva var årsaken til nedetiden?"),
    # the whole catalogue named in a design request, or back: no data lost
    ("low", "en", "Could you give our entire catalogue page a fresh look before spring?"),
    ("low", "nl", "Kunnen jullie ons hele aanbod een frissere opmaak geven?"),
    ("low", "de", "Könnt ihr unser komplettes Sortiment neu fotografieren lassen?"),
    ("low", "no", "Kan dere gi hele vareutvalget et nytt oppsett før jul?"),
    ("low", "no", "Hele katalogen er tilbake igjen etter oppdateringen, takk!"),
]


test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
