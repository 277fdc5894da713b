"""An outage on and off, still going on: the site lost every few minutes, each time back a
little later ("it works for a moment, then everyone gets a 503, and then it's back up
again", "og så er den oppe igjen", "und dann ist sie wieder erreichbar", "en dan is hij weer
bereikbaar"). Its return is a step of the cycle, not the outage over: the level is what the
outage says (everyone getting an error page: critical; the shop going offline every ten
minutes, with nothing more: the shipped rules' partial outage, urgent).

Session 18 found it in batch 49: in Norwegian "oppe igjen" and "tilbake igjen" are resolved
cues (two steps down), so a mail that said the site drops out every five minutes for
everyone "og så er den tilbake igjen" was standard; a works-again clause ("is dan weer
online", "it's back up again") likewise forgot the outage in its sentence. The engine now
passes over a return told after "then/så/dann/dan" in a text that names a cycle ("every few
minutes", "av og på", "im Minutentakt", "om de paar minuten"); the partial-outage rules read
"fällt alle zehn Minuten aus", "går ned hvert tiende minutt", "ligt om de paar minuten plat".

The near misses keep the outage over: on and off last night and fine since (low), on and off
this morning and back up since eleven with the cause to be found (standard), and a return
told after "then" with no cycle at all ("then it was back up again at ten", low).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # everyone gets an error in each window, still so: critical
    ("critical", "en", "Since nine our booking site has been up and down every few minutes: it "
                       "works for a moment, then everyone gets a 503, and then it's back up "
                       "again. Still happening now."),
    ("critical", "de", "Seit heute Morgen ist die Website alle paar Minuten weg: Sie läuft kurz, "
                       "dann bekommen alle einen 502-Fehler, und dann ist sie wieder erreichbar. "
                       "Das geht immer noch so."),
    ("critical", "nl", "Sinds tien uur is de site om de paar minuten weg: even werkt hij, dan "
                       "krijgt iedereen een 502-fout, en dan is hij weer bereikbaar. Het gebeurt "
                       "nog steeds."),
    ("critical", "no", "Siden i morges har nettsiden vært nede av og på: den virker litt, så får "
                       "alle en 503-feil, og så er den oppe igjen. Det pågår fortsatt."),
    # spoken, with no punctuation: the cycle, then down for all now
    ("critical", "no", "nettsiden har vært nede av og på hele dagen den er nede noen minutter og "
                       "så oppe igjen men nå er den helt nede for alle"),
    ("critical", "no", "nettbutikken er nede hvert femte minutt og så tilbake igjen og akkurat nå "
                       "er den helt nede for alle kunder"),
    # the shop going offline every ten minutes, nothing more said: a partial outage
    ("urgent", "de", "Der Onlineshop fällt alle zehn Minuten aus und ist dann wieder da. Das "
                     "geht noch immer so."),
    ("urgent", "no", "Nettbutikken går ned hvert tiende minutt og er så oppe igjen. Det skjer "
                     "fortsatt."),
]  # fmt: skip

NEAR_MISSES = [
    # on and off last night, fine since: a question after the fact
    ("low", "en", "The site was down on and off last night, but it has been fine since this "
                  "morning. What happened?"),
    ("low", "de", "Die Seite war gestern Abend alle paar Minuten weg, seit heute Morgen läuft "
                  "alles stabil. Was war da los?"),
    ("low", "nl", "De site lag gisteravond om de paar minuten plat, sinds vanochtend werkt alles "
                  "weer. Wat was er aan de hand?"),
    # on and off this morning, back since eleven, the cause to be found
    ("standard", "en", "The site went down every few minutes this morning. Since eleven it is "
                       "back up again and stable. Could you find the cause?"),
    ("standard", "de", "Die Seite war heute Morgen alle paar Minuten weg. Seit elf Uhr ist sie "
                       "wieder erreichbar. Können Sie die Ursache suchen?"),
    ("standard", "nl", "De site lag vanochtend om de paar minuten plat. Sinds elf uur is hij "
                       "weer bereikbaar. Kunnen jullie de oorzaak zoeken?"),
    ("standard", "no", "Nettsiden var nede av og på i morges. Siden kl. 11 er den oppe igjen. "
                       "Kan dere finne årsaken?"),
    # back "then", with no cycle: over
    ("low", "en", "The site was down for a while this morning, then it was back up again at "
                  "ten. It has been fine since. What happened?"),
    ("low", "de", "Die Seite war heute früh kurz weg, dann war sie um zehn wieder erreichbar. "
                  "Seitdem läuft alles. Was war los?"),
    ("low", "nl", "De site was vanochtend even plat, daarna was hij om tien uur weer "
                  "bereikbaar. Sindsdien werkt alles. Wat was er aan de hand?"),
    ("low", "no", "Nettsiden var nede en stund i morges, så var den oppe igjen ved ti. Alt har "
                  "fungert siden. Hva skjedde?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
