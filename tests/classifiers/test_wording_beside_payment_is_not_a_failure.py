"""A mistake in a text, or an error message to reword, beside a payment method pages nobody.

"Er staat een fout in de tekst bij iDEAL" (a Dutch "fout" is a mistake as well as an
error) and "Können Sie den Text der Fehlermeldung bei PayPal freundlicher formulieren?"
were critical: the failure word near the payment method read as a broken checkout. The
clause that says the mistake is in words no longer counts as a failure; a real outage
beside it, in its own sentence or clause, still does.
"""

from __future__ import annotations

import pytest

from classifiers import MessageText, classify

WORDING_ONLY = [
    ("nl", "Hallo, er staat een fout in de tekst bij iDEAL op de afrekenpagina: 'betaal nu' "
           "moet 'Betaal nu' zijn. Groet, Anja"),
    ("de", "Können Sie den Text der Fehlermeldung bei PayPal etwas freundlicher formulieren? "
           "Danke, Jonas"),
    ("de", "Die Fehlermeldung an der Kasse bitte freundlicher formulieren, da steht nur "
           "Fehler 17."),
    ("en", "Could you make the error message at checkout friendlier? It just says Error 17 "
           "when a card is declined."),
    ("nl", "Kunnen jullie de foutmelding bij het afrekenen vriendelijker maken? Er staat nu "
           "alleen 'Fout 17'."),
    ("no", "Hei, det er en feil i teksten ved Vipps på kassesiden, det står Vips. Hilsen Kari"),
]  # fmt: skip

OUTAGE_BESIDE_WORDING = [
    ("nl", "Bij iDEAL krijgen klanten een foutmelding, niemand kan meer betalen. Er staat ook "
           "een foutje in de tekst van de footer."),
    ("en", "There is an error in the text next to the PayPal button, and nobody can pay "
           "since 9."),
    ("en", "PayPal checkout shows an error and nobody can pay since 9. Also the error message "
           "text is ugly."),
    ("de", "Seit heute früh kann niemand mehr mit PayPal bezahlen. Und im Text der "
           "Fehlermeldung ist ein Tippfehler."),
    ("no", "Ingen kunder får betalt med Vipps siden i morges, og det er en skrivefeil i "
           "teksten på kassesiden."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), WORDING_ONLY)
def test_a_mistake_in_words_beside_a_payment_method_is_not_paged(lang: str, text: str) -> None:
    got = classify(MessageText(body=text, language=lang))
    assert got.severity in ("standard", "low"), [(r.id, r.matched) for r in got.rules]


@pytest.mark.parametrize(("lang", "text"), OUTAGE_BESIDE_WORDING)
def test_an_outage_beside_a_wording_remark_is_still_critical(lang: str, text: str) -> None:
    got = classify(MessageText(body=text, language=lang))
    assert got.severity == "critical", [(r.id, r.matched) for r in got.rules]
