"""Meaning families missed in held-out batch 25, in all four languages, as round 18's word
classes see them: a failure named on phone and computer alike, often in a neither/nor ("får
ikke opp noe verken på mobil eller pc"), whose negation is the failure's and no limited scope;
another company's invoices or details in a customer's view (a data leak); a form that spins
forever while nothing comes in, and a form named in the genitive ("beim Absenden des
Kontaktformulars"); what customers book online no longer reaching the business's own system
(an integration down); a filter or search field that finds nothing while ordering works; a
list shown in the wrong order; thanks for quick help with an old outage followed by one small
new thing; a test system down while the production site is fine; a login failing for everyone
while the app itself opens (urgent, not an outage); a spoken question about a supposed
outage in a voicemail without question marks ("what would it cost if the site went
down"); one copy of a function failing while another copy works ("the one in the footer
works fine": a minor bug); one user who forgot a password
(account help, low); a colour code asked for however loudly ("URGENT ... #2E7D32": a design change);
and a security question asked for reassurance with nothing noticed.

The sentences here are NOT taken from batch 25: they say the same thing in other words.
NEAR_MISSES must stay at the level given (they name the trap in a comment).
"""

# ruff: noqa: E501  (a table of whole sentences)
from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # the failure named on phone and computer alike, often in a neither/nor
    (
        "critical",
        "en",
        "The website is down, it won't open neither on my phone nor on the laptop at the office.",
    ),
    (
        "critical",
        "nl",
        "De website ligt plat, hij opent niet op mijn telefoon en niet op de laptop.",
    ),
    ("critical", "de", "Die Webseite ist down, sie lädt weder am Handy noch am Rechner im Büro."),
    (
        "critical",
        "no",
        "Nettbutikken er nede, vi får ikke åpnet den verken på mobilen eller på kontoret.",
    ),
    # another company's data in a customer's view
    (
        "critical",
        "en",
        "When our clients log in to the portal they see the invoices and address of another company's account.",
    ),
    (
        "critical",
        "nl",
        "Als onze klanten inloggen zien ze de facturen en de naam van een ander bedrijf in hun overzicht.",
    ),
    (
        "critical",
        "de",
        "Nach dem Einloggen sehen unsere Kunden die Rechnungen und die Adresse einer anderen Firma.",
    ),
    (
        "critical",
        "no",
        "Når kundene logger inn i portalen ser de fakturaene og adressen til en annen bedrift.",
    ),
    # a form that spins forever and sends nothing, a form's genitive
    (
        "urgent",
        "nl",
        "Wie het aanvraagformulier invult ziet het rondje eindeloos draaien en bij ons komt niks binnen.",
    ),
    (
        "urgent",
        "de",
        "Beim Abschicken des Anfrageformulars kommt seit gestern nur eine Fehlermeldung.",
    ),
    # what customers book online no longer reaches the business's own system
    (
        "urgent",
        "en",
        "Bookings our guests make online no longer show up in our booking system since Monday.",
    ),
    (
        "urgent",
        "nl",
        "Reserveringen die gasten online doen komen sinds maandag niet meer in onze planning.",
    ),
    (
        "urgent",
        "de",
        "Die Buchungen aus dem Onlineshop landen seit Montag nicht mehr in unserer Warenwirtschaft.",
    ),
    (
        "urgent",
        "no",
        "Bestillingene fra nettbutikken havner ikke lenger i lagersystemet vårt etter oppdateringen.",
    ),
    # a login failing for everyone while the app or site itself opens (urgent)
    (
        "urgent",
        "en",
        "None of our members can sign in since tonight, it keeps saying the password is wrong, but the app opens and the class list shows.",
    ),
    (
        "urgent",
        "nl",
        "Geen enkel lid kan nog inloggen, er staat steeds wachtwoord onjuist, maar de app opent wel en het rooster staat erin.",
    ),
    (
        "urgent",
        "de",
        "Kein Mitglied kann sich mehr einloggen, es heißt immer falsches Passwort, aber die App öffnet sich und der Kursplan ist da.",
    ),
    (
        "urgent",
        "no",
        "Ingen av medlemmene får logget inn lenger, det står feil passord hver gang, men appen åpner seg og kurslista vises.",
    ),
    # a size or search filter that finds nothing while ordering works
    (
        "standard",
        "nl",
        "Filter je de jassen op de kleur rood, dan zijn er geen producten te zien, hoewel het magazijn vol rode jassen ligt.",
    ),
    (
        "standard",
        "nl",
        "Het zoekveld in de winkel levert nergens resultaten op, bestellen via de categorieën lukt wel.",
    ),
    # a list in the wrong order
    (
        "standard",
        "en",
        "The events page sorts the concerts the wrong way now, the oldest ones come first.",
    ),
    (
        "standard",
        "nl",
        "De agenda op de site zet de wedstrijden in de verkeerde volgorde, de oudste bovenaan.",
    ),
    (
        "standard",
        "de",
        "Die Veranstaltungsseite zeigt die Termine in der falschen Reihenfolge, die ältesten oben.",
    ),
    (
        "standard",
        "no",
        "Arrangementssiden viser konsertene i feil rekkefølge, de eldste står øverst.",
    ),
    # thanks for help with an old outage, then one small new thing
    (
        "standard",
        "en",
        "Thanks for the quick help when the shop was offline on Friday. One small thing: the link to our terms in the footer gives a 404.",
    ),
    (
        "standard",
        "nl",
        "Bedankt voor de snelle hulp toen de site vrijdag plat lag. Nog een kleinigheid: de link naar de voorwaarden geeft een 404.",
    ),
    (
        "standard",
        "de",
        "Danke für die schnelle Hilfe als der Shop am Freitag offline war. Noch eine Kleinigkeit: der Link zu den AGB führt auf eine 404-Seite.",
    ),
    (
        "standard",
        "no",
        "Takk for rask hjelp da butikken var nede på fredag. En liten ting: lenken til vilkårene gir en 404-side.",
    ),
    # a test system down while the production site is fine
    (
        "standard",
        "en",
        "Our staging site is down today, the production site is fine. Could you look at it this week?",
    ),
    ("standard", "no", "Testserveren svarer ikke i dag. Produksjonssiden er fin, så ingen hast."),
    # a spoken question about a supposed outage, without question marks (a voicemail)
    (
        "low",
        "en",
        "hi it's tom from the garden centre nothing is broken I just wanted to know how much would it cost if our shop went offline on a sunday call me back",
    ),
    (
        "low",
        "nl",
        "hallo met petra van de bakkerij er is niks kapot hoor ik heb een vraagje wat zou het kosten als de webshop in het weekend plat gaat bel me maar terug",
    ),
    (
        "low",
        "de",
        "hallo hier ist jens vom autohaus es ist alles in ordnung ich wollte nur wissen was kostet es wenn die seite am wochenende ausfällt rufen sie mich zurück",
    ),
    (
        "low",
        "no",
        "hei det er kari fra blomsterbutikken alt er i orden jeg lurte bare på hva koster det hvis nettsiden går ned i helgen ring meg tilbake",
    ),
    # one copy of a function fails while another copy works (a minor bug)
    (
        "standard",
        "en",
        "The booking form on the contact page throws an error after you press send. But the one on the start page works.",
    ),
    (
        "standard",
        "nl",
        "Het inschrijfformulier onder de nieuwsberichten geeft een foutmelding bij versturen. Die op de homepage werkt wel.",
    ),
    (
        "standard",
        "de",
        "Das Kontaktformular auf der Teamseite zeigt beim Absenden einen Fehler. Das auf der Startseite funktioniert.",
    ),
    (
        "standard",
        "no",
        "Kontaktskjemaet på om oss-siden gir feilmelding når man sender. Den på forsiden virker.",
    ),
    # one user who forgot a password cannot log in: account help
    (
        "low",
        "en",
        "Hi, our new intern Sam can't log in to the site, I think he forgot his password. Could you send him a fresh one?",
    ),
    (
        "low",
        "nl",
        "Onze stagiair Daan kan niet inloggen, hij is zijn wachtwoord vergeten volgens mij. Kunnen jullie hem een nieuw sturen?",
    ),
    (
        "low",
        "de",
        "Unser Azubi Jonas kommt nicht ins Backend, er hat wohl sein Passwort vergessen. Können Sie ihm ein neues schicken?",
    ),
    (
        "low",
        "no",
        "Lærlingen vår Ida får ikke logget inn, hun har nok glemt passordet sitt. Kan dere sende henne et nytt?",
    ),
    # a colour code asked for, however loudly (a design change)
    (
        "low",
        "en",
        "URGENT please make the banner on the homepage dark blue #1A3C6E before the fair on Monday",
    ),
    (
        "low",
        "nl",
        "DRINGEND: graag de achtergrond van de header in onze nieuwe kleur #F28C1B zetten, vandaag nog",
    ),
    ("low", "de", "EILT!!! Bitte die Überschriften ab sofort in unserem Rot #C8102E darstellen"),
    ("low", "no", "HASTER: kan knappene på forsiden få den nye fargen vår #0B6E4F før lanseringen"),
    # a security question asked for reassurance, nothing noticed
    (
        "low",
        "en",
        "A friend's shop got hacked last month. Is our site protected too? We haven't noticed anything wrong, just asking.",
    ),
    (
        "low",
        "nl",
        "Is onze site eigenlijk goed beveiligd? We hebben niets geks gemerkt, ik vraag het voor de zekerheid.",
    ),
    (
        "low",
        "de",
        "Ist unsere Seite eigentlich gut geschützt? Uns ist nichts aufgefallen, ich frage nur zur Sicherheit.",
    ),
    (
        "low",
        "no",
        "Er nettsiden vår godt nok sikret? Så langt vi ser er alt fint, men jeg lurer litt.",
    ),
]

NEAR_MISSES = [
    # no customer can log in at all, whatever one colleague forgot: still the login of everyone
    (
        "critical",
        "en",
        "Since the update none of our customers can log in to their accounts, and my colleague forgot her password on top of it.",
    ),
    # the other copy fails too: the function is lost
    (
        "urgent",
        "en",
        "The contact form gives an error after pressing send, and the one on the start page doesn't work either.",
    ),
    # an order number or an error code after a "#" is no colour
    (
        "critical",
        "en",
        "Order #204518 and every other order since noon failed, nobody can pay in the shop.",
    ),
    (
        "critical",
        "en",
        "Every page only shows error #a3f2c1 since the update, the whole site is down.",
    ),
    # the outage is real and the cost question is about the repair
    (
        "critical",
        "en",
        "hi tom here our whole website has been down since early today and nobody can order how much would it be if you fixed it tonight",
    ),
    # nobody can log in and the app does not open either: down
    (
        "critical",
        "en",
        "Nobody can log in and the app does not even start any more, it crashes for everyone.",
    ),
    # only on the phone: a limited scope (urgent), not every device
    ("urgent", "en", "The website is down, but only on my phone, on the laptop it opens."),
    ("urgent", "no", "Nettsiden er nede, men bare på mobil; på datamaskinen går den fint."),
    # another company's invoices as a wish, not as something seen
    (
        "low",
        "en",
        "Could the portal also hold the invoices of our sister company? Please send a quote.",
    ),
    # a booking link wish, nothing broken
    (
        "low",
        "nl",
        "Kunnen afspraken die klanten online maken ook in onze agenda komen? Graag een offerte.",
    ),
    # thanks only: nothing new reported
    ("low", "no", "Takk for rask hjelp da butikken var nede på fredag. Alt har virket fint siden."),
    # one size-filter wish, nothing broken
    (
        "low",
        "nl",
        "Kunnen jullie een filter op maat toevoegen aan de webshop? Dat zou klanten helpen.",
    ),
]

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
