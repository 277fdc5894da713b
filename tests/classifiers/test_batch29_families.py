"""Meaning families missed in held-out batch 29 (busy threads, forwards, two issues, night
voicemails), in all four languages, as round 22's word classes see them: an administrator
account none of us made, with a clock time ("created 03:12") between account and disclaimer
(a breach; a colon between digits no longer ends the clause); everyone who visits the shop,
or the whole shop, blocked by a certificate warning named in several browsers (the browsers
are where it shows, not a limit: critical); whole categories named in the plural ("in den
Kategorien X und Y", "kategoriene") that show no products while the others sell (a part of
the catalogue lost, urgent); a new problem after a fixed outage told with "now ... however"
("jetzt ... aber", "nu ... echter", "nå ... derimot"); a staging system failing while
production "is not affected" (standard); invoices or orders no longer transferred to the
bookkeeping system (an integration down), also on a voicemail whose web address is spoken
("bol punt com", "dot com": one word, so it does not stretch a phrase's gap); a size wish
("far too small, twice as big") however loudly asked (a design change, low); a booking form
that sends nothing and so no bookings since Thursday (the form's loss, urgent, not a checkout
that fails); and a download all users need failing for all of them (urgent).

The sentences here are NOT taken from batch 29: they say the same thing in other words.
NEAR_MISSES must stay at the level given (they name the trap in a comment).
"""

# ruff: noqa: E501  (a table of whole sentences)
from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # an admin account none of us made, also with a clock time between (a breach)
    (
        "critical",
        "en",
        "In the shop's backend there is a new administrator account, set up Sunday at 04:55, which nobody here made.",
    ),
    (
        "critical",
        "nl",
        "Er staat een beheerder in het CMS, aangemaakt om 02:40 vannacht, die niemand van ons heeft gemaakt.",
    ),
    (
        "critical",
        "de",
        "Im Backend gibt es einen Administrator, angelegt um 03:20 Uhr, den keiner von uns kennt oder erstellt hat.",
    ),
    (
        "critical",
        "no",
        "Det ligger en administrator i nettbutikken, opprettet kl 01:15 i natt, som ingen av oss har opprettet.",
    ),
    # everyone who visits the shop is stopped by a certificate warning in every browser
    (
        "critical",
        "en",
        "Everyone who visits our store gets a 'your connection is not private' warning since the certificate expired, in Chrome and in Firefox.",
    ),
    (
        "critical",
        "nl",
        "Iedereen die naar de webwinkel gaat krijgt de melding dat het certificaat verlopen is, in Firefox en ook in Safari; de hele shop is onbruikbaar.",
    ),
    (
        "critical",
        "de",
        "Das Zertifikat ist abgelaufen: den ganzen Shop blockiert der Browser, in Firefox und in Chrome, niemand kommt mehr rein.",
    ),
    (
        "critical",
        "no",
        "Sertifikatet har gått ut, og alle som besøker nettbutikken stoppes av en advarsel om at tilkoblingen ikke er privat, både i Chrome og i Safari.",
    ),
    # whole categories named in the plural show no products while others sell (urgent)
    (
        "urgent",
        "en",
        "In the categories Rain Jackets and Boots there are no products any more since the import, the rest of the shop sells.",
    ),
    (
        "urgent",
        "nl",
        "In de categorieën Tuinstoelen en Parasols staan sinds de update geen producten meer, de rest van de shop werkt.",
    ),
    (
        "urgent",
        "de",
        "In den Kategorien Zelte und Schlafsäcke sind seit dem Update keine Produkte mehr zu sehen, andere gehen.",
    ),
    (
        "urgent",
        "no",
        "Kategoriene Sykler og Hjelmer er tomme etter oppdateringen, resten av butikken fungerer.",
    ),
    # the old outage is over, but now a new problem (urgent)
    (
        "urgent",
        "de",
        "Vielen Dank, die Seite läuft wieder. Jetzt können sich aber unsere Mitglieder nicht mehr einloggen.",
    ),
    (
        "urgent",
        "en",
        "Thanks, the site is reachable again. Now however our members cannot log in to the portal any more.",
    ),
    (
        "urgent",
        "nl",
        "Dank je, de site is weer bereikbaar. Nu kunnen onze leden echter niet meer inloggen op het portaal.",
    ),
    (
        "urgent",
        "no",
        "Takk, siden er oppe igjen. Nå kan derimot kundene ikke lenger logge inn på kontoen sin.",
    ),
    # staging broken, production not affected (standard)
    (
        "standard",
        "de",
        "Auf der Staging-Umgebung bricht der Login ab, die Produktion ist nicht betroffen und läuft.",
    ),
    (
        "standard",
        "en",
        "On the staging server the login throws an error since the release; production is not affected.",
    ),
    (
        "standard",
        "nl",
        "Op de testomgeving geeft inloggen een foutmelding, de productie is niet getroffen.",
    ),
    (
        "standard",
        "no",
        "På testmiljøet feiler innloggingen etter oppdateringen, produksjon er ikke berørt.",
    ),
    # invoices or orders no longer transferred to the bookkeeping system (an integration down)
    (
        "urgent",
        "no",
        "Siden tirsdag er ingen fakturaer fra butikken overført til regnskapet, selve butikken går normalt.",
    ),
    (
        "urgent",
        "en",
        "Since Monday the invoices from our shop are no longer transferred to the accounting package; the shop itself works.",
    ),
    (
        "urgent",
        "de",
        "Seit Montag werden die Rechnungen nicht mehr an die Buchhaltung übertragen, der Shop läuft.",
    ),
    (
        "urgent",
        "nl",
        "Sinds maandag worden de facturen uit de webshop niet overgezet naar de boekhouding, de shop zelf werkt.",
    ),
    # a web address spoken on a voicemail does not stretch the phrase
    (
        "urgent",
        "nl",
        "hoi met petra de koppeling met marktplaats punt nl doet het sinds vanochtend niet meer onze eigen shop werkt wel",
    ),
    (
        "urgent",
        "en",
        "hi it's tom the sync with amazon dot com stopped working this afternoon our own shop is fine call me tomorrow",
    ),
    # a size wish however loudly asked (a design change, low)
    (
        "low",
        "nl",
        "DRINGEND!! De letters in het menu zijn veel te klein, graag twee keer zo groot vóór vrijdag.",
    ),
    (
        "low",
        "en",
        "URGENT: the logo in our header is far too small, please make it twice as big before the fair.",
    ),
    (
        "low",
        "de",
        "DRINGEND: Das Logo oben ist viel zu klein, bitte doppelt so groß machen, am Montag kommt Besuch.",
    ),
    (
        "low",
        "no",
        "HASTER! Logoen på forsiden er altfor liten, kan dere gjøre den dobbelt så stor før helgen?",
    ),
    # a booking form that no longer sends, and so no bookings since (urgent, not critical)
    (
        "urgent",
        "no",
        "Skjemaet for timebestilling på nettsiden virker ikke, og det har ikke kommet en eneste booking siden onsdag morgen.",
    ),
    (
        "urgent",
        "en",
        "The contact form for appointments just spins and sends nothing, we have not had a single booking since Thursday.",
    ),
    # a download all users need fails for all of them (urgent)
    (
        "urgent",
        "en",
        "Nobody can download their invoices from the customer area since Tuesday; the rest of the portal works.",
    ),
    (
        "urgent",
        "nl",
        "Niemand kan zijn facturen downloaden in het klantportaal sinds gisteren, de rest werkt.",
    ),
    (
        "urgent",
        "de",
        "Niemand kann seine Rechnungen herunterladen im Kundenportal seit gestern, sonst läuft alles.",
    ),
    (
        "urgent",
        "no",
        "Ingen får lastet ned fakturaene sine i kundeportalen siden i går, resten fungerer.",
    ),
]

NEAR_MISSES = [
    # an admin account we made ourselves: a how-to, no breach
    (
        "low",
        "en",
        "We made a new admin account for our intern yesterday, how do I give it only editor rights?",
    ),
    # a certificate question, nothing blocked
    ("low", "nl", "Wanneer verloopt ons certificaat eigenlijk, en wordt het automatisch verlengd?"),
    # the search finds nothing while the categories show everything (standard)
    (
        "standard",
        "en",
        "The search box returns no results for anything, browsing the categories works and people can order.",
    ),
    # works again and nothing new: thanks only
    ("low", "de", "Danke, jetzt läuft alles wieder einwandfrei, wir melden uns bei Fragen."),
    # the checkout fails and no orders come in (critical, not a form)
    (
        "critical",
        "en",
        "Customers cannot pay at checkout, it gives an error and we have not had a single order since noon.",
    ),
    # a size complaint about a broken layout: a bug, not a wish
    (
        "standard",
        "nl",
        "Op alle productpagina's staat de tekst door elkaar sinds de update, de opmaak is kapot.",
    ),
    # one user's download: account help at most, not the function
    (
        "standard",
        "en",
        "One of our customers says the PDF of his invoice gives an error, the other invoices open fine for him.",
    ),
]

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
