"""Meaning families missed in held-out batch 15, in all four languages, as round 8's word
classes see them: others' records told with "a different child" / dative and compound
forms, lost content people wrote (condolences, notices, posts), an admin or plugin nobody
of ours created or installed, "server not found", reminders and confirmations that do not
arrive (also across a spoken comma), and the non-critical signals (a test account that
logs in, the branches ordering normally while the admin area is slow, a bug "in" a form,
"the portal is not down").

The sentences here are NOT taken from batch 15: they say the same thing in other words.
NEAR_MISSES must stay at the level given (they name the trap in a comment).
"""

# ruff: noqa: E501  (a table of whole sentences)
from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # others' records seen: "of a different child", dative, compounds
    (
        "critical",
        "en",
        "A dad opened the app and got the reports and photos of a different pupil, with her allergies listed.",
    ),
    ("critical", "en", "One of our patients logged in and saw another patient's lab results."),
    (
        "critical",
        "nl",
        "Een huurder krijgt in het portaal de dossiers van andere aspirant-huurders te zien, met kopieën van paspoorten.",
    ),
    (
        "critical",
        "de",
        "Eine Mutter hat im Elternportal die Entwicklungsberichte von anderen Kindern gesehen, mit vollem Namen.",
    ),
    (
        "critical",
        "no",
        "En forelder fikk opp bildene og dagboken til et annet barn i foreldreappen.",
    ),
    # content people wrote, all gone
    (
        "critical",
        "en",
        "Since the plugin update all the condolences and tributes on the memorial pages are gone.",
    ),
    (
        "critical",
        "nl",
        "Sinds de update zijn alle condoleances op de herdenkingspagina's verdwenen.",
    ),
    (
        "critical",
        "de",
        "Nach dem Update sind alle Kondolenzen und Traueranzeigen auf der Gedenkseite weg.",
    ),
    (
        "critical",
        "no",
        "Etter oppdateringen er alle innleggene og kommentarene på minnesiden borte.",
    ),
    # an admin or plugin nobody of ours created / installed
    (
        "critical",
        "nl",
        "Bij Gebruikers staat een account dat 'support_tmp' heet, met rol Beheerder, en er is een plugin geactiveerd die wij niet hebben geïnstalleerd. Die hebben wij ook niet geïnstalleerd.",
    ),
    # outage told by the browser's words
    (
        "critical",
        "de",
        "Unsere Internetseite zeigt nur noch 'Server nicht gefunden', bei allen Mitarbeitern.",
    ),
    # confirmations / reminders that do not arrive (urgent), also across a spoken comma
    (
        "urgent",
        "en",
        "Patients no longer get the reminder texts the day before, although the bookings are saved.",
    ),
    (
        "urgent",
        "nl",
        "Klanten krijgen geen herinneringen meer per sms, de afspraken staan wel in de agenda.",
    ),
    (
        "urgent",
        "de",
        "Seit Montag kommen die Terminerinnerungen per SMS nicht an, die Termine selbst sind gespeichert.",
    ),
    (
        "urgent",
        "no",
        "Kundene ikke får, eh, påminnelsene på SMS lenger, men timene ligger i systemet.",
    ),
    (
        "urgent",
        "de",
        "Seit gestern bekommen unsere Kunden keine Bestellbestätigungen mehr, die Bestellungen selbst kommen rein.",
    ),
    # a layout fault on one page (standard), told in a voicemail's words
    (
        "standard",
        "nl",
        "Op de pagina over de zomerexpositie staan de foto's door elkaar en loopt de tekst over de plaatjes heen.",
    ),
]

NEAR_MISSES = [
    # zero sales? no: booking confirmations not sent, the bookings themselves work
    (
        "urgent",
        "de",
        "Seit Freitag gibt es keine Buchungsbestätigungen mehr per Mail, die Buchungen selbst funktionieren.",
    ),
    # one patient, and a test account logs in fine
    (
        "standard",
        "nl",
        "Een patiënt kan niet inloggen in de app. Ik heb net met een testaccount ingelogd en dat gaat goed.",
    ),
    (
        "standard",
        "de",
        "Eine Kundin kann sich nicht anmelden. Mit einem Testkonto klappt es problemlos.",
    ),
    (
        "standard",
        "no",
        "En av kundene får ikke logget inn. Jeg har sjekket med et par andre kunder, og de kommer inn uten problemer.",
    ),
    # only the admin area is slow, the branches order normally
    (
        "standard",
        "de",
        "Der Verwaltungsbereich ist seit gestern sehr langsam. Die Filialen können aber ganz normal bestellen.",
    ),
    # "the portal is not down": a filter shows nothing
    ("standard", "no", "Portalen er ikke nede, men filteret i katalogen viser ingen produkter."),
    # "Feil i skjemaet" names a bug; the form sends fine
    (
        "standard",
        "no",
        "Feil i bestillingsskjemaet: datovelgeren viser måned og dag i feil rekkefølge. Skjemaet sendes fint.",
    ),
    # a past, short outage asked about
    (
        "low",
        "no",
        "Nettsiden var visst nede i går kveld, men nå virker alt fint igjen. Hva var det som skjedde? Er det noe vi må gjøre?",
    ),
    # photos gone from some posts: a display problem, not lost records
    (
        "standard",
        "nl",
        "In de oude blogberichten zijn de foto's weg, de berichten zelf staan er nog.",
    ),
]


test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
