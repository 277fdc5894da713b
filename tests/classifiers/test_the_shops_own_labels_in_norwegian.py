"""The shop's own labels ("etikettene" on the product images, in the menu) are no shipping labels.

"Etikettene i menyen er feilstavet ... Kan dere rette det?" was urgent:
no.shipping_label_failing_near (1e7f017) read the bare "etiketter"/"etikettene" beside "feil*" as
shipping labels that fail. A bare label is a shipping label only with a shipping word in its
clause (the parcels, the shipments, the carrier, the label tool: no.shipping_labels_named_near);
the labels on product images, in the menu or in a product filter are content or design. The
label tools by name and the labels for the parcels stay a failing shipping integration (urgent).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("low", "no", "Etikettene «Nyhet» og «Salg» på produktbildene har feil farge. Kan dere endre "
                  "dem til grønn?"),
    ("low", "no", "Etikettene i menyen er feilstavet, det skal stå «Kontakt oss». Kan dere rette "
                  "det?"),
    ("standard", "no", "Shipmondo virker fint, men etikettene i produktfilteret viser feil navn. "
                       "Ikke noe hast."),
]  # fmt: skip

NEAR_MISSES = [
    ("urgent", "no", "Etikettene for forsendelsene gir feilmelding, vi får ikke sendt pakker."),
    ("urgent", "no", "Shipmondo gir feil på alle etiketter i dag. Butikken går som vanlig."),
    ("urgent", "no", "Bring-etikettene gir feil i dag, pakkene blir liggende."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
