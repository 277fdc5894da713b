"""Another company's site pictured, or reached on the test server: the live domain is fine.

6228142 read the domain, the arrival and another company's site anywhere in a sentence as the
own site gone for all (`<lang>.cx_domain_leads_to_other_site_near`, critical). "The portfolio
page shows a screenshot of a completely different website next to our domain name, can you
replace the picture?" was paged that way (low -> critical): the other site pictured ("a
screenshot of", "ein Screenshot einer", "een screenshot van", "et skjermbilde av") is a
picture on a page. "I typed in our address on the staging server and get a completely different
site, is that expected for the test server?" went standard -> urgent: the address typed on a
test system (in the clause with the domain or the typing) is that system's setup. A domain
that, typed in, leads to another company's site stays critical, with a test server named as
fine in a clause of its own.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("low", "en", "The portfolio page shows a screenshot of a completely different website next "
                  "to our domain name, can you replace the picture?"),
    ("low", "no", "Referansesiden viser et skjermbilde av en helt annen nettside ved siden av "
                  "domenet vårt, kan dere bytte bildet?"),
    ("standard", "en", "I typed in our address on the staging server and get a completely "
                       "different site, is that expected for the test server?"),
    ("standard", "de", "Wenn ich auf dem Testserver unsere Adresse eingebe, landet man auf einer "
                       "ganz anderen Website. Ist das beim Testsystem normal?"),
    ("standard", "nl", "Als ik op de testomgeving ons adres intyp, kom je op een heel andere "
                       "website. Is dat normaal voor de testserver?"),
    ("standard", "no", "Når jeg skriver inn adressen vår på testserveren, havner man på en helt "
                       "annen side. Er det normalt for testmiljøet?"),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "en", "When I type in our address I get a completely different site."),
    ("critical", "en", "Since the DNS change our domain shows a completely different website."),
    ("critical", "de", "Seit der DNS-Umstellung landet man auf der Website einer ganz anderen "
                       "Firma, wenn man unsere Adresse eingibt, auf dem Testserver ist alles "
                       "normal."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
