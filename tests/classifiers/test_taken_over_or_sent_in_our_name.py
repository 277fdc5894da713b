"""An account taken over, phishing sent in our name, a domain offered as available: critical.

"Noen har tatt over admin-kontoen vår?" was standard: a takeover was no breach word
(`<lang>.security_breach` gains "taken over our admin", "account overgenomen", "Konto
übernommen", "tatt over kontoen", "hijacked"/"gekaapt"/"gekapert"/"kapret"). Mail with a link
"om je gegevens te bevestigen" that "hebben wij niet verstuurd" was low: a lure
(`<lang>.cx_phishing_bait`, half a signal) beside "we didn't send that"
(`<lang>.cx_not_written_by_us`, half a signal) is phishing in our name. Our address showing
"Dit domein is beschikbaar" was standard: the registrar's page where the site was
(`<lang>.domain_for_sale`).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "I think someone has taken over our admin account, the password no longer "
                       "works."),
    ("critical", "nl", "Iemand heeft ons admin-account overgenomen."),
    ("critical", "de", "Jemand hat unser Admin-Konto übernommen."),
    ("critical", "no", "Noen har tatt over admin-kontoen vår."),
    ("critical", "en", "Parents got an email from our address with a link to confirm your "
                       "details. We didn't send that."),
    ("critical", "nl", "Er worden mails verstuurd met ons adres als afzender met een link om je "
                       "gegevens te bevestigen. Dat hebben wij niet verstuurd."),
    ("critical", "de", "Kunden bekommen Mails von unserer Adresse mit einem Link, um ihre Daten zu "
                       "bestätigen. Das haben wir nicht verschickt."),
    ("critical", "no", "Alle foreldre fikk en e-post fra skolens nettside om å bekrefte BankID via "
                       "en lenke. Det har ikke vi sendt."),
    ("critical", "en", "When you go to our address it says 'This domain is available' now."),
    ("critical", "nl", "Als je naar onze site gaat staat er \"Dit domein is beschikbaar\"."),
    ("critical", "de", "Auf unserer Adresse steht jetzt \"Diese Domain ist verfügbar\"."),
    ("critical", "no", "På adressen vår står det nå \"Dette domenet er ledig\"."),
]  # fmt: skip

NEAR_MISSES = [
    ("low", "en", "Could you add a line to the newsletter asking members to confirm their "
                  "details?"),
    ("low", "nl", "Kunnen jullie in de nieuwsbrief vragen of leden hun gegevens bevestigen?"),
    ("low", "en", "We sent the parents a reminder to confirm your details on the portal, could "
                  "you check the wording?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
