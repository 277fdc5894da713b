"""A claim the writer doubts ("is that even true?") beside a site said to work: a question.

"Ein Anwalt schreibt, unsere Seite verstoße gegen den Datenschutz. Stimmt das überhaupt? Die
Website selbst läuft ganz normal": a lawyer's letter, an insurer's scan or a mail claiming a
breach, which the writer doubts while saying the site itself works, is a question (low), as
"is this real?" beside "everything works" is. Evidence of a break-in (an admin none of us made)
fires rules of its own and stays critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("low", "de", "Ein Anwalt schreibt, unsere Website habe eine Datenschutzverletzung begangen, "
                  "wir sollen 200 Euro zahlen. Stimmt das überhaupt? Die Website selbst läuft "
                  "ganz normal."),
    ("low", "en", "A law firm writes that our website is a GDPR breach because of the fonts. Is "
                  "that even true? The site is fine otherwise."),
    ("low", "nl", "Een advocaat schrijft dat onze site in strijd met de AVG is. Klopt dat wel? "
                  "De site zelf werkt gewoon normaal."),
    ("low", "no", "Et advokatfirma skriver at nettsiden vår er et brudd på GDPR. Stemmer det "
                  "egentlig? Ellers virker alt som det skal."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "en", "There is a new admin user none of us made. Is that even true, can that "
                       "happen? The site itself works normally."),
    ("critical", "de", "Stimmt das überhaupt? Seit heute früh kann kein Kunde mehr bezahlen."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
