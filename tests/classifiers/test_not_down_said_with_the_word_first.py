"""A slow site said not to be down, with "down" put first.

"Ausgefallen ist sie nicht, sie kommt ja irgendwann", "Plat ligt hij niet", "Nede er den ikke":
the verb-second languages put the word first and the "not" after the site. The writer says the
site is up and slow (the table's "site suddenly slow", urgent), as "sie ist nicht ausgefallen"
already read; the bare "ausgefallen" counted as an outage beside "every page takes 30 seconds",
and the mail paged as critical. "Not only for me" after it is no such statement, and a site
that shows only an error on every page is down whatever the writer calls it.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "de", "Unsere Website lädt seit heute Morgen extrem langsam, jede Seite braucht "
                     "30 Sekunden. Ausgefallen ist sie nicht, sie kommt ja irgendwann."),
    ("urgent", "nl", "Onze website is sinds vanmorgen extreem traag, elke pagina duurt 30 "
                     "seconden. Plat ligt hij niet, hij komt uiteindelijk wel."),
    ("urgent", "no", "Nettsiden er ekstremt treg siden i morges, hver side tar 30 sekunder. Nede "
                     "er den ikke, den kommer til slutt."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "de", "Die Website ist seit heute Morgen ausgefallen, jede Seite zeigt nur "
                       "einen Fehler."),
    ("critical", "de", "Ausgefallen ist sie nicht, aber jede Seite zeigt nur eine weiße Fläche."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
