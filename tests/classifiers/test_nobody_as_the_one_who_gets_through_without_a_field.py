"""A field the form requires only when nobody is the one who gets through, pays or orders.

ec49904 read any clause with a "nobody" word and a "without" a field as a field the checkout
requires (standard). "Everyone can download the member list with home addresses without logging
in and nobody knows why" lost its breach that way, "Nobody can place an order with or without
an account" its checkout impossible, and "No customer can complete an order without the e-mail
address field throwing an error" its failing checkout. The requirement is read only where the
"nobody" word is the subject of getting through, paying or ordering in the clause of the
"without" ("and"/"og" with a new subject opens a clause of its own), never of "with or without",
never when the field itself throws the error; a breach rule keeps its level.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "de", "Kein Kunde kann ohne Telefonnummer bestellen, könnt ihr das Feld optional "
                       "machen?"),
    ("standard", "no", "Ingen kan betale uten å oppgi fødselsdato, kan dere fjerne det feltet?"),
    ("standard", "nl", "Niemand kan afrekenen zonder een bedrijfsnaam in te vullen, kunnen jullie "
                       "dat veld optioneel maken?"),
    ("standard", "en", "Nobody can place an order without a company name, could you make that "
                       "field optional?"),
]  # fmt: skip

NEAR_MISSES = [
    # data open to all; the "nobody" opens a clause of its own
    ("critical", "en", "Everyone can download the member list with home addresses without logging "
                       "in and nobody knows why."),
    ("critical", "no", "Alle kan laste ned medlemslisten med adresser uten å logge inn og ingen "
                       "vet hvorfor."),
    ("critical", "en", "Anyone can open other customers' accounts without a password and nobody at "
                       "our end noticed until today."),
    ("critical", "de", "Jeder kann die Mitgliederliste mit Adressen ohne Anmeldung herunterladen "
                       "und niemand weiß warum."),
    ("critical", "nl", "Iedereen kan de ledenlijst met adressen downloaden zonder in te loggen en "
                       "niemand weet waarom."),
    # getting into the shop at all: the site locked for all
    ("critical", "en", "Since the update nobody can get into the shop without entering a password, "
                       "the whole site is locked for all customers."),
    ("critical", "de", "Niemand kommt ohne Passwort in den Shop, die ganze Seite ist für alle "
                       "Kunden gesperrt."),
    # with or without: no way through at all
    ("critical", "en", "Nobody can place an order with or without an account since this morning."),
    ("critical", "en", "Since the update no customer can check out with or without an account."),
    ("critical", "de", "Niemand kann mit oder ohne Kundenkonto bestellen, seit heute früh."),
    ("critical", "de", "Seit dem Update kann kein Kunde mit oder ohne Kundenkonto bestellen."),
    ("critical", "nl", "Niemand kan bestellen met of zonder account sinds vanochtend."),
    ("critical", "no", "Ingen kan bestille med eller uten konto siden i morges."),
    # the field throws the error: the checkout fails
    ("critical", "en", "No customer can complete an order without the e-mail address field "
                       "throwing an error."),
    ("critical", "no", "Ingen kunder kan fullføre en bestilling uten at e-postfeltet gir en "
                       "feilmelding."),
    ("critical", "nl", "Geen klant kan een bestelling afronden zonder dat het e-mailadresveld een "
                       "foutmelding geeft."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
