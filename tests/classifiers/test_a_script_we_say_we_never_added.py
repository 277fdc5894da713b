"""A script the writer says they never (or not yet) added, asked for: a wish.

"Wir haben das Klarna-Skript nie an der Kasse eingebaut. Könnt ihr das machen?" was paged
(critical: de.spam_injection_near read "Skript ... eingebaut" past the "nie", four words
before the verb at the clause's end). A clause with a first-person subject, a "never"/"not"
and a verb of adding denies the planting: a wish (low). A stranger's script added ("aber
jemand hat ein Skript an der Kasse eingebaut") stays a breach, and so does a script told first
and then denied as ours ("Das Skript haben wir nicht eingebaut": the writer not its subject
first) or one in a relative clause ("casinolinks die wij er niet op hebben gezet").
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("low", "de", "Wir haben das Klarna-Skript nie an der Kasse eingebaut. Könnt ihr das machen?"),
    ("low", "de", "Wir haben das Klarna-Skript noch nicht auf der Seite eingebaut. Könnt ihr das "
                  "machen?"),
    ("low", "nl", "We hebben het Klarna-script nooit in de kassa ingebouwd. Kunnen jullie dat "
                  "doen?"),
    ("low", "no", "Vi har aldri bygget inn Klarna-scriptet i kassen. Kan dere gjøre det?"),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "de", "Wir haben nichts geändert, aber jemand hat ein Skript an der Kasse "
                       "eingebaut."),
    ("critical", "de", "Jemand hat ein Skript an der Kasse eingebaut."),
    ("critical", "de", "Auf der Bezahlseite wird ein Skript geladen, das die Kartennummer "
                       "irgendwohin schickt. Das Skript haben wir jedenfalls nicht eingebaut."),
    ("critical", "de", "Direkt über den Kartenfeldern lädt ein Skript von einer komischen Domain, "
                       "das wir definitiv nie eingebaut haben."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
