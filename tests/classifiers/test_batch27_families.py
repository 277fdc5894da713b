"""Meaning families missed in held-out batch 27 (a bad week at the agency: a plugin update,
a payment provider's partial outage, an expired certificate, a spam wave through forms, a DNS
change gone wrong), in all four languages, as round 20's word classes see them: every URL of
an app answering with a server error (the scope "every URL", critical); administrator
accounts nobody of ours recognises or created (a breach in progress); an online payment
service named beside an error message or "temporarily unavailable" (a payment that fails:
critical alone, urgent while other methods still take money); another payment method named
as working in two words ("kort betaling går fint", "payment by card works"); buyers who get
nothing by email, no ticket and no confirmation (transactional mail not sent, urgent); mail
to the business's own addresses that stops arriving after a DNS change, told with the verb
before its subject after a past time ("i går kommer det ikke e-post til oss") while the website
works (urgent, not an outage that is over); a member login failing for everyone while the
open site works (`.live_fine`: urgent, not an outage); a spam wave through a form that
still works (standard); thanks for a fixed outage followed by "now I see that ..." and a
small new bug (standard); one colleague who forgot her password "for the website" (account
help, low); and a forwarded news item about another organisation's breach ("Fwd:
nieuwsbericht datalek") asked about for reassurance (low).

The sentences here are NOT taken from batch 27: they say the same thing in other words.
NEAR_MISSES must stay at the level given (they name the trap in a comment).
"""

# ruff: noqa: E501  (a table of whole sentences)
from __future__ import annotations

import pytest

from tests.classifiers.conftest import assert_mail_level, family_tests

PARAPHRASES = [
    # every URL of the app answers with a server error
    (
        "critical",
        "en",
        "Every URL of our booking portal gives a 502 Bad Gateway since half past six, the start page too.",
    ),
    (
        "critical",
        "nl",
        "Elke url van het klantenportaal geeft sinds vanochtend een 503, ook de inlogpagina.",
    ),
    (
        "critical",
        "de",
        "Jede URL unserer Plattform liefert seit sieben Uhr nur noch einen 503-Fehler, auch die Anmeldung.",
    ),
    (
        "critical",
        "no",
        "Hver URL i portalen vår svarer med 503 siden i morges, innloggingssiden også.",
    ),
    # administrators nobody of ours recognises or created
    (
        "critical",
        "en",
        "Under Users we found three admin accounts none of us created, all made in the middle of the night.",
    ),
    (
        "critical",
        "nl",
        "Bij Gebruikers staan ineens twee beheerders die wij niet kennen, aangemaakt om vier uur 's nachts.",
    ),
    (
        "critical",
        "de",
        "In der Benutzerliste stehen plötzlich zwei Administratoren, die wir nicht kennen, angelegt heute Nacht.",
    ),
    (
        "critical",
        "no",
        "Under brukere ligger det tre administratorer vi ikke kjenner, laget i natt.",
    ),
    # one payment service shows an error while other methods still take money
    (
        "urgent",
        "en",
        "Since lunch PayPal shows customers an error message at the end, but paying by card works and orders still arrive.",
    ),
    (
        "urgent",
        "nl",
        "Klanten die Bancontact kiezen zien sinds tien uur een foutmelding, met creditcard werkt het wel.",
    ),
    (
        "urgent",
        "de",
        "Bei Klarna steht seit dem Vormittag im Bezahlschritt eine Fehlermeldung, Überweisung und Kreditkarte gehen aber.",
    ),
    (
        "urgent",
        "no",
        "Klarna gir kundene en feilmelding i kassen i dag, men betaling med kort går fint.",
    ),
    # a payment service "temporarily unavailable" while others work
    (
        "urgent",
        "en",
        "Apple Pay says the payment method is temporarily unavailable, card payments still work though.",
    ),
    (
        "urgent",
        "nl",
        "Bij het afrekenen staat bij iDEAL dat deze betaalmethode nu niet beschikbaar is, PayPal en creditcard werken nog.",
    ),
    (
        "urgent",
        "de",
        "Sofortüberweisung ist laut Kasse gerade nicht verfügbar, PayPal geht noch.",
    ),
    (
        "urgent",
        "no",
        "Vipps står som midlertidig utilgjengelig i kassa, faktura fungerer fortsatt.",
    ),
    # a payment service's error with nothing else working named: a payment that fails
    (
        "critical",
        "en",
        "Our only payment option is Stripe and since noon every buyer gets an error message at the last step.",
    ),
    (
        "critical",
        "no",
        "Vi har bare Vipps i nettbutikken, og alle kundene får feilmelding når de skal betale.",
    ),
    # buyers who get nothing by email
    (
        "urgent",
        "en",
        "People who paid for the workshop got nothing by email since yesterday, neither the ticket nor a receipt.",
    ),
    (
        "urgent",
        "nl",
        "Wie een kaartje koopt, krijgt niets per mail, geen e-ticket en geen bevestiging.",
    ),
    (
        "urgent",
        "de",
        "Käufer bekommen ihre Tickets nicht, per E-Mail kommt gar nichts, obwohl die Zahlung durch ist.",
    ),
    (
        "urgent",
        "no",
        "De som kjøper billett får ingenting på e-post, verken billett eller kvittering.",
    ),
    # the business's own mail stops arriving after a DNS change, the website works
    (
        "urgent",
        "no",
        "Etter domeneflyttingen i går kommer det ikke lenger e-post til oss. Nettsiden virker fint.",
    ),
    (
        "urgent",
        "en",
        "Since the DNS change, emails to our office addresses are bouncing back to the senders. The website itself is fine.",
    ),
    (
        "urgent",
        "nl",
        "Sinds we gisteren de DNS hebben aangepast, komt er op ons adres geen mail meer binnen. De website werkt wel gewoon.",
    ),
    (
        "urgent",
        "de",
        "Seit der DNS-Umstellung gestern kommen keine E-Mails mehr an unsere Adressen an. Die Webseite läuft normal.",
    ),
    # a member login failing for everyone while the open site works
    (
        "urgent",
        "no",
        "Siden oppdateringen får ingen av medlemmene logget inn på medlemssidene. Den åpne nettsiden virker som den skal.",
    ),
    (
        "urgent",
        "en",
        "Since the update none of our members can log in to the members' area, they end up on the login page again. The public website works.",
    ),
    # a spam wave through a working form
    (
        "standard",
        "en",
        "For a week we've had rubbish enquiries through the quote form, dozens a day, real customers still get through. Could you add a captcha?",
    ),
    (
        "standard",
        "nl",
        "Er komt sinds het weekend veel spam binnen via het offerteformulier, echte aanvragen komen ook nog door.",
    ),
    (
        "standard",
        "de",
        "Wir bekommen seit Tagen Spam durch das Kontaktformular, echte Anfragen kommen trotzdem an.",
    ),
    (
        "standard",
        "no",
        "Vi får mye spam gjennom kontaktskjemaet på nettsiden, men ekte henvendelser kommer også frem.",
    ),
    # thanks for a fixed outage, then "now I see that" and a small new bug
    (
        "standard",
        "en",
        "It's back, thanks a lot! I do see now that the team page shows every photo twice.",
    ),
    (
        "standard",
        "nl",
        "Het werkt weer, top! Wel zie ik dat op de contactpagina het adres dubbel staat.",
    ),
    (
        "standard",
        "de",
        "Es geht wieder, vielen Dank! Jetzt sehe ich allerdings, dass auf der Teamseite jedes Foto doppelt steht.",
    ),
    (
        "standard",
        "no",
        "Det virker igjen, takk! Nå ser jeg at på kontaktsiden står adressen to ganger.",
    ),
    # one colleague who forgot her password for the website
    (
        "low",
        "de",
        "Unser Kollege hat sein Passwort für das Redaktionssystem vergessen und kommt nicht mehr hinein. Können Sie es zurücksetzen?",
    ),
    (
        "low",
        "nl",
        "Onze stagiaire is haar wachtwoord voor de website vergeten en kan niet meer inloggen. Kunnen jullie het resetten?",
    ),
    (
        "low",
        "en",
        "Our receptionist forgot her password for the website and can't log in. Could you reset it?",
    ),
    (
        "low",
        "no",
        "Vikaren har glemt passordet sitt til nettsiden og kommer ikke inn. Kan dere nullstille det?",
    ),
]

NEAR_MISSES = [
    # "every URL" beside a request, nothing broken
    ("low", "en", "Could every URL of the blog get the year in it? Please send a quote."),
    # the payment service named beside a question, no error
    ("low", "nl", "Kunnen we naast iDEAL ook Bancontact aanbieden? Graag een offerte."),
    # another payment service wished for, nothing failing
    (
        "low",
        "de",
        "Können wir neben PayPal auch Klarna anbieten? Bitte um ein Angebot, keine Eile.",
    ),
    # every payment method fails: checkout impossible stays critical
    (
        "critical",
        "no",
        "Verken Vipps eller kort fungerer i kassen, ingen kunder får betalt.",
    ),
    # administrators we created ourselves: a request, no breach
    (
        "low",
        "en",
        "Could you give the two new admin accounts we created yesterday the editor role instead?",
    ),
    # the customer's own news posts gone after an update stays an incident
    (
        "critical",
        "nl",
        "Na de update zijn alle nieuwsberichten van de afgelopen jaren weg, ook op de website zelf, en de ledenlijst is leeg.",
    ),
    # a login failing for everyone with no working site named stays critical
    (
        "critical",
        "no",
        "Nettsiden er nede og ingen får logget inn, verken medlemmer eller vi.",
    ),
    # a test system down while the live site works stays standard
    (
        "standard",
        "no",
        "Testmiljøet er nede siden i går, men produksjonssiden virker fint.",
    ),
    # thanks only: nothing new reported
    ("low", "nl", "Het werkt weer, dank jullie wel voor de snelle hulp!"),
    # a form that no longer sends: a major feature broken, not a spam nuisance
    (
        "urgent",
        "en",
        "The contact form doesn't send anything since the weekend, no enquiries arrive at all.",
    ),
    # nobody can log in beside a forgotten password: the login fails for everyone
    (
        "critical",
        "de",
        "Niemand kann sich mehr einloggen, weder Kunden noch wir, und eine Kollegin hat obendrein ihr Passwort vergessen.",
    ),
]

# A forwarded news item about another organisation's breach, asked about for reassurance:
# the forward's subject names the news, not a breach of ours.
FORWARDED_NEWS = [
    (
        "low",
        "nl",
        "Fwd: nieuwsbericht hack",
        "Las dit in het nieuws over een andere school die gehackt is. Zijn wij ook kwetsbaar? Bij ons zien we niets geks.",
    ),
    (
        "low",
        "de",
        "WG: Zeitungsartikel Datenleck",
        "Haben Sie das gelesen? Lokalzeitung über einen anderen Verein, bei dem Daten gestohlen wurden. Sind wir gut geschützt? Bei uns ist alles normal.",
    ),
    (
        "low",
        "no",
        "Vs: nyhetssak datainnbrudd",
        "Så denne saken på nyhetene om en annen barnehage som ble hacket. Er vi trygge? Hos oss virker alt som vanlig.",
    ),
    (
        "low",
        "en",
        "Fwd: news article data breach",
        "Saw this in the news about another clinic that got hacked. Are we at risk too? Nothing looks odd on our side.",
    ),
    # our own site hacked, told in a forward: still a breach
    (
        "critical",
        "en",
        "Fwd: our site",
        "Our website has been hacked, there's a casino page on the homepage now.",
    ),
]


@pytest.mark.parametrize(("level", "lang", "subject", "body"), FORWARDED_NEWS)
def test_forwarded_news_about_another_breach(
    level: str, lang: str, subject: str, body: str
) -> None:
    assert_mail_level(level, subject, body)


test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
