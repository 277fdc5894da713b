"""The domain that leads to another company's website: the customer's own site is gone.

"Etter at dere endret DNS-innstillingene på tirsdag, kommer man til nettsiden til en helt
annen bedrift ... når man skriver johansenregnskap.example" (batch69): whoever types the
address lands on someone else's site, so the site is down for all (critical, as a registrar's
for-sale page is; `<lang>.cx_domain_leads_to_other_site_near`: the domain, DNS or the typing of
the address, the arrival, the other company's site). A link or a button that leads to another
company's site names no domain and is a broken link at most.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "no", "Etter at dere endret DNS-innstillingene på tirsdag, kommer man til "
                       "nettsiden til en helt annen bedrift når man skriver adressen vår."),
    ("critical", "en", "Since you changed the DNS on Tuesday, our domain takes you to another "
                       "company's website. Everyone I asked gets the same."),
    ("critical", "nl", "Sinds jullie de DNS hebben aangepast, kom je op de website van een heel "
                       "ander bedrijf als je onze domeinnaam intypt."),
    ("critical", "de", "Seit der DNS-Umstellung landet man auf der Website einer ganz anderen "
                       "Firma, wenn man unsere Adresse eingibt."),
]  # fmt: skip

NEAR_MISSES = [
    # a link or a button that leads to another company's site: no domain named
    ("standard", "de", "Der Button im Footer führt zu der Website einer anderen Firma, bitte den "
                       "Link korrigieren."),
    ("standard", "nl", "De knop in de footer verwijst naar de website van een ander bedrijf."),
    ("low", "en", "The logo in the footer takes you to another company's website, could you fix "
                  "the link?"),
    # a wish to point the domain elsewhere
    ("low", "en", "We would like our domain to point to a completely different site from next "
                  "month."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
