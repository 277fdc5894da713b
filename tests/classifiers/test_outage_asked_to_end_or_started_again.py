"""An outage is not over because the writer asks when it will be, or says it started again:
"Nettbutikken er nede for alle. Blir den oppe igjen i natt?", "De site ligt plat voor
iedereen. Is hij vannacht weer online?" (`_drop_over_cue_in_question` in
classifiers/steps/over.py); "Seit 20 Uhr geht es wieder los, der Shop ist für alle Kunden nicht
erreichbar" ("geht es wieder los": the trouble is back; `_WORKS_AGAIN`, `de.resolved_statement`,
`de.thanks`).

The batch-43 rule writer of session 14 noticed both in sentences of its own: at 50d8bb8 the
questions were standard and the German "los" low, all three missed criticals. A works-again
told as a statement, before or after a question, still ends the outage.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "no", "Nettbutikken er nede for alle. Blir den oppe igjen i natt?"),
    ("critical", "nl", "De site ligt plat voor iedereen. Is hij vannacht weer online?"),
    ("critical", "de", "Seit 20 Uhr geht es wieder los, der Shop ist für alle Kunden nicht "
                       "erreichbar."),
    ("critical", "de", "Jetzt geht es wieder los: der Shop ist für alle Kunden nicht "
                       "erreichbar."),
]  # fmt: skip

NEAR_MISSES = [
    ("low", "no", "Nettbutikken var nede i natt. Nå er den oppe igjen, takk! Kan dere sjekke "
                  "hvorfor?"),
    ("low", "en", "Is it back up? For me it works again, thanks."),
    ("low", "de", "Danke, der Shop geht wieder!"),
    ("low", "de", "Gestern war der Shop für alle nicht erreichbar, seit heute Morgen geht es "
                  "wieder."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
