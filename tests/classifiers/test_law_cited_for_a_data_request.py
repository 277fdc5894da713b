"""The law cited for a data request: "she asked us to delete her data (she pointed out GDPR)".

"En kunde har bedt oss om å slette all informasjon om henne (hun viste til GDPR)" beside "how
do I delete her account?" was critical: `.data_protection_alarm` takes a customer who cites
the GDPR as someone raising a data incident. Beside a data-rights request (erasure, access:
`.cx_data_rights_request`) the citation alone is the customer's ground for the request, a
question for us (low; engine, `_drop_law_cited_for_a_request`). The citation without a request,
a report to the authority and data exposed to others stay critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("low", "en", "A customer asked us to delete all her data (she pointed out the GDPR). How "
                  "do I remove her account completely?"),
    ("low", "nl", "Een klant vroeg ons al haar gegevens te verwijderen en wees ons op de AVG. "
                  "Hoe doe ik dat in het systeem?"),
    ("low", "de", "Ein Kunde hat uns gebeten, alle seine Daten zu löschen, und hat auf die "
                  "DSGVO hingewiesen. Wie mache ich das?"),
    ("low", "no", "En kunde ber oss slette alt vi har om ham, han viste til GDPR. Hvordan gjør "
                  "jeg det i bookingsystemet?"),
]  # fmt: skip

NEAR_MISSES = [
    # the citation without a request: someone raises the law about what happened
    ("critical", "de", "Ein Vater hat uns wegen des Newsletters bereits auf die DSGVO "
                       "hingewiesen."),
    # data exposed to others stays a breach, whatever the customer asks for
    ("critical", "en", "A customer could see another customer's invoices in her account and "
                       "pointed out the GDPR; she asked us to delete her account."),
    # a report to the authority is no citation
    ("critical", "no", "En kunde vil ha slettet kontoen sin og sier at dette må meldes til "
                       "Datatilsynet."),
    # a request with no citation: a question, as before
    ("low", "nl", "Een klant heeft een inzageverzoek gedaan, hoe exporteer ik haar gegevens?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
