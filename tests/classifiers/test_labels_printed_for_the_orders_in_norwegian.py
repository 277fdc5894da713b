"""Norwegian labels printed for the day's orders, failing: the shipping labels.

"Vi får feilmelding når vi prøver å skrive ut etikettene til dagens ordrer, ingenting kan
sendes": labels printed for the orders, to send them, are shipping labels
(`no.shipping_labels_named_near`, 5e37d11, reads the printing, the orders and the sending as
shipping words beside the bare "etikettene"); the shop's own labels on a page whose name holds
"bestilling" or "ordre" ("bestillingssiden", "ordrebekreftelsen") are content.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "no", "Vi får feilmelding når vi prøver å skrive ut etikettene til dagens ordrer, "
                     "ingenting kan sendes."),
    ("urgent", "no", "Vi får feil når vi printer etikettene til ordrene i dag."),
]  # fmt: skip

NEAR_MISSES = [
    ("low", "no", "Etikettene på bestillingssiden har feil farge, kan dere endre dem?"),
    ("low", "no", "Etikettene på ordrebekreftelsen er feilstavet. Kan dere rette det?"),
    ("low", "no", "Etikettene «Nyhet» og «Salg» på produktbildene har feil farge. Kan dere endre "
                  "dem til grønn?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
