"""What the writer found no sign of ("es gibt keine Hinweise, dass jemand eingedrungen ist",
"no sign that anyone got in") is denied, not reported: the breach words inside such a denial do
not count (engine `_DENIAL`), and the mail is what else it tells.

Batch40 had one false critical of this meaning: a portal suddenly slow under a flood of
requests, "Es gibt keine Hinweise, dass jemand eingedrungen ist, die Inhalte sind alle
unverändert" (urgent: site suddenly slow).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "Since noon the website has been extremely slow, pages take half a minute. "
                     "The host sees a flood of requests, but there is no sign that anyone got "
                     "into the site."),
    ("urgent", "nl", "Sinds vanmiddag is de website extreem traag, pagina's laden pas na een "
                     "halve minuut. Er zijn geen aanwijzingen dat iemand is binnengedrongen."),
    ("urgent", "de", "Seit heute Mittag ist die Website extrem langsam. Es gibt keine Anzeichen, "
                     "dass jemand eingedrungen ist."),
    ("urgent", "no", "Siden i formiddag er nettsiden ekstremt treg. Det er ingen tegn på at "
                     "noen har brutt seg inn."),
]  # fmt: skip

NEAR_MISSES = [
    # the intrusion told, not denied
    ("critical", "en", "The site is slow and we found signs that someone got into the admin "
                       "last night."),
    ("critical", "de", "Die Seite ist langsam, und es gibt klare Hinweise, dass jemand "
                       "eingedrungen ist: ein neuer Admin, den keiner von uns angelegt hat."),
    ("critical", "nl", "Geen idee hoe, maar onze website is gehackt: er staat een casino op de "
                       "homepage."),
    ("critical", "no", "Ingen tegn til bedring: nettsiden er fortsatt nede for alle."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
