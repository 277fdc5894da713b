"""A breach told, then a doubt about something else ("is that true?" of a reporting deadline):
still a breach (critical).

"Our site got hacked last night and the hacker sent us a ransom note demanding bitcoin.
Customers don't notice anything yet. My colleague says we must report it to the authority
within 72 hours - is that true?": the writer doubts the deadline, not the hack. A doubt is
about the claim in its own sentence or the one right before it (engine `_drop_doubted_claims`),
and "customers don't notice" (`.visitors_unaffected`) is no "all works" beside a hack or an
extortion. A claim someone else raised and the writer doubts right away, beside "everything
works", stays a question (low).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Our site got hacked last night and the hacker sent us a ransom note "
                       "demanding bitcoin. Customers don't notice anything yet. My colleague "
                       "says we must report it to the authority within 72 hours - is that "
                       "true?"),
    ("critical", "de", "Unsere Website wurde gehackt, der Hacker verlangt Lösegeld in Bitcoin. "
                       "Die Kunden merken nichts davon. Mein Kollege sagt, wir müssen das "
                       "innerhalb von 72 Stunden melden - stimmt das denn?"),
    ("critical", "nl", "Onze site is gehackt, de hacker eist losgeld in bitcoin. De klanten "
                       "merken er niets van. Mijn collega zegt dat we het binnen 72 uur moeten "
                       "melden - klopt dat wel?"),
    ("critical", "no", "Nettsiden vår ble hacket i natt og hackeren har sendt oss et "
                       "løsepengekrav i bitcoin. Kundene merker ingenting ennå. Kollegaen min "
                       "sier at vi må melde det innen 72 timer - er det sant?"),
    # the doubt a few sentences on, "all works" beside it: the hack is told, not doubted
    ("critical", "en", "Our webshop has been hacked, there is a ransom note on the admin page. "
                       "We changed all passwords. Our accountant says we must tell every "
                       "customer, is that even true? Otherwise the site is fine."),
]  # fmt: skip

NEAR_MISSES = [
    # the claim someone else raised, doubted right after it, beside "all works": a question
    ("low", "en", "A man emailed me saying he hacked our webshop and wants bitcoin. Is this "
                  "real? Everything looks completely normal."),
    ("low", "de", "Ein Anwalt schreibt, unsere Website habe eine Datenschutzverletzung "
                  "begangen. Stimmt das überhaupt? Die Website selbst läuft ganz normal."),
    ("low", "nl", "Ik kreeg een mail dat onze website gehackt is. De site doet het gewoon. Is "
                  "dit echt?"),
    ("low", "no", "Jeg fikk en e-post som sier at nettsiden vår er hacket. Er dette ekte? Alt "
                  "virker som det skal hos oss."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
