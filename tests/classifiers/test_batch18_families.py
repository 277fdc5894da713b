"""Meaning families missed in held-out batch 18, in all four languages, as round 11's word
classes see them: patients' room numbers and next of kin open without a login (a page "only
for logged-in volunteers" does not make it a limited scope), a period of records or every
client's documents gone, a booking function failing for everyone whose requests never
arrive, confirmations that do not go out, results that came in automatically and stopped,
orders that no longer reach the kitchen printer, and the non-critical signals (the shop
itself or card payments still going through beside a broken sync or voucher, customers who
can still order and pay, "it must be just my account", an admin slow over the last weeks
while the public site is fine, thanks for getting the site back up, a voicemail signed off
with thanks, new opening hours asked for urgently while "otherwise all is fine").

The sentences here are NOT taken from batch 18: they say the same thing in other words.
NEAR_MISSES must stay at the level given (they name the trap in a comment).
"""

# ruff: noqa: E501  (a table of whole sentences)
from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # patients' / residents' details open without a login
    (
        "critical",
        "en",
        "A relative opened the residents page without logging in. It lists the room numbers of our residents and the phone numbers of their next of kin. I thought it was only for logged-in staff.",
    ),
    (
        "critical",
        "nl",
        "Een familielid kon de bewonerspagina openen zonder in te loggen. Er staan de kamernummers van de bewoners en de telefoonnummers van hun naasten op.",
    ),
    (
        "critical",
        "de",
        "Ein Angehöriger konnte die Bewohnerseite ohne Anmeldung öffnen. Dort stehen die Zimmernummern der Bewohner und die Telefonnummern ihrer Angehörigen.",
    ),
    (
        "critical",
        "no",
        "En pårørende kunne åpne beboersiden uten å logge inn. Der står romnumrene til beboerne og telefonnumrene til de pårørende.",
    ),
    # a period of records gone
    (
        "critical",
        "en",
        "Since the update the member list is half empty: everything from January to May is gone, names, addresses and payments.",
    ),
    (
        "critical",
        "nl",
        "Na de update is de ledenlijst half leeg: alles van januari tot mei is weg, met namen en adressen.",
    ),
    (
        "critical",
        "de",
        "Nach dem Update ist die Mitgliederliste halb leer: alles von Januar bis Mai ist weg, mit Namen und Adressen.",
    ),
    (
        "critical",
        "no",
        "Etter oppdateringen er medlemslisten halvtom: alt fra januar til mai er borte, med navn og adresser.",
    ),
    # every client's documents gone from the portal
    (
        "critical",
        "en",
        "All the documents our clients uploaded to the portal have vanished; every client folder is empty.",
    ),
    (
        "critical",
        "nl",
        "Alle documenten die klanten in het portaal hadden gezet zijn verdwenen, elke map is leeg.",
    ),
    (
        "critical",
        "de",
        "Alle Dokumente unserer Mandanten im Portal sind verschwunden.",
    ),
    ("critical", "no", "Alle dokumentene kundene har lastet opp i portalen er borte."),
    # a booking function failing for everyone
    (
        "urgent",
        "de",
        "Die Terminbuchung funktioniert seit heute für niemanden mehr, es kommt keine Anfrage an.",
    ),
    ("urgent", "en", "Room booking has stopped working for everyone since yesterday."),
    ("urgent", "nl", "Het reserveren van zalen werkt sinds gisteren voor niemand meer."),
    ("urgent", "no", "Fra i går av virker ikke rombestillingen for noen."),
    # confirmations that do not go out
    (
        "urgent",
        "de",
        "Die Buchungsbestätigungen an unsere Gäste gehen seit gestern Abend nicht mehr raus.",
    ),
    (
        "urgent",
        "nl",
        "Kopers krijgen hun tickets sinds vanmorgen niet in de mail, de betalingen komen wel binnen.",
    ),
    ("urgent", "no", "Ordrebekreftelsene til kundene går ikke ut siden i morges."),
    (
        "urgent",
        "en",
        "Booking confirmations stopped going out to customers this morning, payments still come in.",
    ),
    # results that came in automatically and stopped
    (
        "urgent",
        "en",
        "The scores that come into the members area automatically stopped on Monday, nothing new since.",
    ),
    (
        "urgent",
        "nl",
        "De uitslagen die automatisch binnenkomen op de ledenpagina komen niet meer sinds maandag.",
    ),
    (
        "urgent",
        "de",
        "Die Messwerte, die automatisch ins Kundenportal kommen, kommen seit Montag nicht mehr.",
    ),
    (
        "urgent",
        "no",
        "Resultatene som kommer automatisk inn på medlemssiden har stoppet siden mandag.",
    ),
    # orders that no longer reach the kitchen printer
    (
        "urgent",
        "no",
        "Bestillingene fra nettsiden kommer ikke til skriveren på kjøkkenet, men kundene får bestilt og betalt.",
    ),
    (
        "urgent",
        "en",
        "Web orders are not printing on the kitchen printer any more; customers can still order and pay.",
    ),
    # the shop itself still sells beside a broken sync, voucher or transfer
    (
        "urgent",
        "de",
        "Der Abgleich mit der Warenwirtschaft bricht ab. Der Shop an sich funktioniert.",
    ),
    (
        "urgent",
        "en",
        "Discount codes are rejected at checkout for everyone. Orders paid by card go through fine.",
    ),
    (
        "urgent",
        "no",
        "Overføringen til regnskapet har stoppet, ingen ordre er overført siden fredag. Kundene kan bestille og betale som før.",
    ),
    # only the writer's own account
    (
        "standard",
        "en",
        "I can't log in to the club site since Sunday. My wife can log in fine, so it must be just me.",
    ),
    (
        "standard",
        "nl",
        "Ik kan mijn lidmaatschap niet betalen, bij andere leden werkt het, dus het ligt aan mijn account.",
    ),
    (
        "standard",
        "de",
        "Ich kann meinen Beitrag nicht bezahlen, bei den anderen Mitgliedern funktioniert es, es liegt wohl an meinem Konto.",
    ),
    (
        "standard",
        "no",
        "Jeg får ikke betalt kontingenten, men for de andre medlemmene fungerer det, så det ligger nok hos meg.",
    ),
    # an admin slow over the last weeks, the public site fine
    (
        "standard",
        "en",
        "The back office has been very slow over the last two weeks; the public website is fine. Not an emergency.",
    ),
    # thanks for getting it back up
    (
        "low",
        "no",
        "Takk for at dere fikk nettbutikken opp igjen så raskt i går, vi fikk solgt alt likevel.",
    ),
    ("low", "nl", "Bedankt dat jullie de site zo snel weer online kregen!"),
    ("low", "en", "Thanks for getting the shop back up so quickly on Sunday."),
    # a single user's problem told in a voicemail signed off with thanks
    (
        "standard",
        "nl",
        "hallo met petra van de tennisclub een van onze leden krijgt bij het inloggen steeds een foutmelding de rest kan gewoon inloggen dus het is alleen bij haar kunnen jullie daar even naar kijken ja dank u wel",
    ),
    # new opening hours, urgently, otherwise all fine
    (
        "low",
        "de",
        "Es ist dringend: ab Montag haben wir neue Öffnungszeiten, die müssten noch heute auf die Homepage. Sonst ist alles in Ordnung.",
    ),
]

NEAR_MISSES = [
    # asking for a page to be members-only is a wish, not an exposure
    (
        "low",
        "en",
        "Could you make the rota page only for logged-in volunteers? Right now it is public but only shows dates.",
    ),
    # not just me: everyone
    ("critical", "en", "It's not just me: nobody can log in or pay on the site since noon."),
    # confirmations go out fine, only their layout
    (
        "low",
        "de",
        "Die Bestellbestätigungen gehen raus, aber könnten Sie das Logo darin größer machen?",
    ),
    # the period is a wish for an archive clean-up
    (
        "low",
        "en",
        "Could you archive everything from before 2020 in the news section? We'd like a tidier site.",
    ),
    # nobody can order or pay: still critical beside a printer problem
    (
        "critical",
        "en",
        "Nobody can order or pay since noon and the kitchen printer has stopped too.",
    ),
    # the gallery page broken, the rest fine: no outage (round 14: the site is where the page
    # lies, so a page broken, standard, as the corpus labels it)
    (
        "standard",
        "en",
        "URGENT!! The gallery page on our website is completely broken, the rest of the site looks ok.",
    ),
]


test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
