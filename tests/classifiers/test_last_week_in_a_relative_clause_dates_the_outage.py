"""An outage dated last week in a relative clause or an aside: past, not back.

"Som forrige uke", "wie letzte Woche" and "zoals vorige week" also compare ("akkurat som forrige
uke: ingen kommer inn" is the failure back now, test_the_same_failure_back_as_last_week.py), but
they lead a relative clause or an aside as often: "feilen som forrige uke stoppet alle
betalinger er borte", "wie letzte Woche besprochen", "zoals vorige week gemeld". There the
week dates an outage that is over, and a thank-you or a request for the report about it is not
an emergency. A comparison with the present after it, or the time ending the clause, still
says the failure is back.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Wie letzte Woche ist der Checkout für alle Kunden kaputt."),
    ("critical", "de", "Wie letztes Mal: niemand kann bezahlen."),
    ("critical", "nl", "Zoals vorige week: niemand kan afrekenen."),
    ("critical", "no", "Som forrige gang kan ingen betale."),
    ("critical", "no", "Nettbutikken er nede, som forrige helg."),
    # "again" after the time: the comparison, back now (session 19's review)
    ("critical", "de", "Wie letzte Woche wieder: niemand kann bezahlen."),
    ("critical", "de", "Der Shop ist wie letzte Woche wieder down."),
    ("critical", "nl", "Zoals vorige week weer ligt de hele webshop plat."),
    ("critical", "no", "Som forrige uke igjen ligger hele siden nede."),
]  # fmt: skip

NEAR_MISSES = [
    ("standard", "no", "Feilen som forrige uke stoppet alle betalinger er borte. Tusen takk."),
    ("low", "no", "Som forrige uke nevnt: ingen kunder kunne betale på mandag. Kan dere sende "
                  "en rapport?"),
    ("standard", "de", "Wie letzte Woche besprochen: der Checkout war am Montag für alle Kunden "
                       "kaputt. Bitte schicken Sie uns den Bericht."),
    ("standard", "de", "Der Checkout war letzte Woche für alle Kunden kaputt, wie letzte Woche "
                       "besprochen. Bitte schicken Sie den Bericht."),
    ("low", "nl", "Zoals vorige week gemeld: niemand kon afrekenen op maandag. Kunnen jullie "
                  "een verslag sturen?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
