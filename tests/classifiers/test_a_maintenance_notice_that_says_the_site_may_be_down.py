"""A maintenance notice that says the site MAY be unreachable during the work: no outage now.

"Tijdens dit onderhoud kan uw website maximaal 30 minuten onbereikbaar zijn. Moeten wij iets
doen?": the host's notice of work to come, pasted with a question. Its "onbereikbaar" was read
as the site down (critical). A sentence that names the work and then a word of possibility
("may", "misschien", "eventuell", "kanskje") or a "can ... be" ("kan ... zijn", "kann ... sein",
"kan ... være") is a supposed case (`_WORK_MAY_BRING_DOWNTIME` in
classifiers/steps/supposed.py). Not "since/after the maintenance the site can't be reached",
"nach der Wartung kann die Seite nicht mehr aufgerufen werden", nor a shop stuck in
maintenance mode where nobody can order: those are told now.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("low", "en", "Our host sent this: \"Planned maintenance: during this maintenance your "
                  "website may be unreachable for up to 30 minutes.\" Do we need to do anything?"),
    ("low", "nl", "De hosting stuurde dit: \"Gepland onderhoud: tijdens dit onderhoud kan uw "
                  "website maximaal 30 minuten onbereikbaar zijn.\" Moeten wij iets doen?"),
    ("low", "de", "Der Hoster schreibt: \"Während der Wartung kann Ihre Website bis zu 30 Minuten "
                  "nicht erreichbar sein.\" Müssen wir etwas tun?"),
    ("low", "no", "Hostingen skriver: \"Under vedlikeholdet kan nettsiden din være utilgjengelig "
                  "i opptil 30 minutter.\" Må vi gjøre noe?"),
]  # fmt: skip

NEAR_MISSES = [
    # the work done, the site down now
    ("critical", "en", "Since the maintenance last night the site can't be reached by anyone."),
    ("critical", "de", "Nach der Wartung kann die Seite nicht mehr aufgerufen werden, alle Kunden "
                       "sehen einen Fehler."),
    ("critical", "nl", "Sinds het onderhoud kan niemand meer op de website, hij is onbereikbaar."),
    ("critical", "de", "Die Wartung war heute Nacht, jetzt ist die Seite nicht erreichbar."),
    ("critical", "en", "The shop hangs in maintenance mode, nobody can order and it can't be "
                       "reached."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
