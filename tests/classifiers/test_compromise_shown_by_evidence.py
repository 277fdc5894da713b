"""Concrete evidence of a compromise happening now, told without the word "hacked": mail sent
from our own mailbox that none of us sent, a dump of our user table published on a paste site,
other customers' quotes opened by strangers. A breach (critical) whatever words it uses.

Batch40 missed three criticals of this meaning: customers getting invoices "von uns, die wir nie
geschickt haben" with a stranger's IBAN, and a mailbox rule "die haben wir nicht eingerichtet"
(`de.cx_not_written_by_us`: "wir nie", "eingerichtet"); "our user table is on a paste site", a
recent dump of the production database (`<lang>.data_exfiltrated_near`: user table, paste site);
and a quote link that shows "de offerte van een andere klant" when its number is changed
(`<lang>.others_documents_visible_near`: a quote is a document).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Mehrere Kunden haben heute Rechnungen von unserer Adresse bekommen, die "
                       "wir nie geschickt haben, mit einer fremden Bankverbindung."),
    ("critical", "nl", "Klanten krijgen vanaf ons eigen adres facturen die we nooit verstuurd "
                       "hebben, met een vreemd rekeningnummer erop."),
    ("critical", "en", "Someone sent me a link: our production database is on pastebin, "
                       "thousands of rows with names and emails."),
    ("critical", "nl", "Iemand heeft onze gebruikerstabel op pastebin gezet, met namen en "
                       "e-mailadressen van al onze leden."),
    ("critical", "de", "Ein Kunde hat uns gezeigt, dass unsere Kundentabelle auf Pastebin "
                       "steht, mit Namen und Adressen."),
    ("critical", "no", "En kunde sa at brukertabellen vår er lagt ut på nettet, med navn og "
                       "e-post til alle."),
    ("critical", "en", "If you change the number in the link you can see the quotes of other "
                       "customers, with their names and addresses."),
    ("critical", "no", "Endrer man tallet i lenken, ser man tilbudene til andre kunder, med "
                       "navn og adresse."),
]  # fmt: skip

NEAR_MISSES = [
    # our own data moved or asked for: no breach
    ("low", "en", "Could you export the user table for our new mailing tool and post it in our "
                  "shared folder? No rush."),
    ("low", "nl", "Kunnen jullie de offerte voor de nieuwe website nog eens sturen? Ik kan hem "
                  "niet meer vinden."),
    ("low", "de", "Wir haben die Rechnungsvorlage geändert, können Sie die neue "
                  "Bankverbindung im Shop eintragen?"),
    # a real breach stays critical with "hacked" too
    ("critical", "en", "Our site has been hacked and the user table is on a paste site."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
