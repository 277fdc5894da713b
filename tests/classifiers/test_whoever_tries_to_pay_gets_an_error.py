"""Everyone who tries to pay fails: "every customer who tries to pay gets an error", "Wer
bezahlen will, bekommt eine Fehlermeldung", "Wie wil betalen, krijgt een foutmelding", "Alle
som vil bestille, får en feil". Nobody can pay, so checkout impossible: critical.

The lead found these with a probe in session 16: the payment word and the error stand in two
clauses (a relative clause, or German and Dutch "wer/wie ..., ..." set off by a comma), which
the near rules do not join, so each was standard.
"""

from __future__ import annotations

from classifiers import MessageText, classify
from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Every customer who tries to pay gets an error."),
    ("critical", "en", "Anyone who wants to check out sees a blank page since this morning."),
    ("critical", "en", "Hi, all our customers who try to place an order get a 502 error."),
    ("critical", "de", "Wer bezahlen will, bekommt eine Fehlermeldung."),
    ("critical", "de", "Jeder Kunde, der bestellen möchte, landet auf einer Fehlerseite."),
    ("critical", "de", "Seit heute Morgen landet jeder Kunde, der bestellen will, auf einer "
                       "Fehlerseite."),
    ("critical", "de", "Seit heute bekommen alle, die bezahlen wollen, eine Fehlermeldung."),
    ("critical", "nl", "Wie wil betalen, krijgt een foutmelding."),
    ("critical", "nl", "Iedere klant die wil afrekenen, krijgt een foutmelding."),
    ("critical", "no", "Alle som vil bestille, får en feil."),
    ("critical", "no", "Hver kunde som prøver å betale, får en feilmelding."),
]  # fmt: skip

NEAR_MISSES = [
    # what everyone who pays gets, asked about: a content request
    ("low", "en", "Whoever tries to pay gets a confirmation email, right? Can you check the "
                  "text of that mail?"),
    ("low", "de", "Wer bezahlen will, bekommt eine Bestätigung per Mail. Können Sie den Text "
                  "ändern?"),
    ("low", "nl", "Wie wil betalen, krijgt een bevestiging. Kunnen jullie de tekst aanpassen?"),
    ("low", "no", "Alle som vil betale, får en kvittering på e-post. Kan dere endre teksten?"),
    # the test system, the live shop fine
    ("standard", "en", "On the staging site anyone who tries to pay gets an error, the live "
                       "shop is fine."),
    # the past, over
    ("standard", "en", "Yesterday anyone who tried to pay got an error, now it works again."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)


def test_one_payment_method_named_is_not_this_rule() -> None:
    # "wer mit PayPal bezahlen will": that method's failure, for the method rules to weigh
    for text in [
        "Wer mit PayPal bezahlen will, bekommt eine Fehlermeldung.",
        "Wie met iDEAL wil betalen, krijgt een foutmelding.",
        "Alle som vil betale med Vipps, får en feil.",
    ]:
        fired = {r.id for r in classify(MessageText(subject="", body=text)).rules}
        assert not any(".cx_w" in i or ".cx_alle_som" in i for i in fired), fired
