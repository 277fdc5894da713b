"""The outage over, and the next sentence says a new problem with its "but" a few words in, as
German and Norwegian put it after the verb ("Seit dem Neustart bekommen die Kunden aber keine
Rechnungen mehr per Mail", "Siden omstarten får kundene derimot ikke fakturaene på e-post"):
the new problem is the report (here transactional mail not sent, urgent), not thanks for the fix.

Session 45 found it in batch 45 (a reply: "der Shop läuft wieder", then invoice mails failing
for everyone, read as standard): the engine cut the over cues off a new problem only at a "but"
that opens a sentence or follows a comma. It now also cuts where a sentence starts whose "aber",
"jedoch", "leider", "derimot", "dessverre", "echter", "though", "unfortunately" stands within its
first seven words. Norwegian `@not_arriving` now also knows the subject between "får ... ikke".
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "de", "Danke, der Shop läuft wieder und es gehen auch Bestellungen ein. Seit dem "
                     "Neustart bekommen die Kunden aber keine Rechnungen mehr per Mail."),
    ("urgent", "de", "Danke, der Shop läuft wieder. Seit dem Neustart bekommen die Kunden jedoch "
                     "keine Bestellbestätigungen mehr."),
    ("urgent", "no", "Takk, nettbutikken går igjen og det kommer inn bestillinger. Siden "
                     "omstarten får kundene derimot ikke fakturaene sine på e-post lenger."),
    ("urgent", "no", "Siden i går får kundene ikke ordrebekreftelser."),
    ("urgent", "nl", "Bedankt, de webshop draait weer. Sinds de herstart krijgen klanten echter "
                     "geen orderbevestigingen meer."),
]  # fmt: skip

NEAR_MISSES = [
    # the "but" brings a request, or the mail arrives: the outage over, nothing new
    ("low", "de", "Danke, der Shop läuft wieder. Das Logo ist aber noch das alte, können Sie das "
                  "tauschen?"),
    ("low", "no", "Kundene får e-posten fint, men kan dere endre teksten i den?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
