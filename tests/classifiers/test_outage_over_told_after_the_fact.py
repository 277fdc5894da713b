"""An outage that is over, told after the fact: in the past with a bounded period ("was down
for about 20 minutes", "eine halbe Stunde lang", "een uur lang", "i en halvtimes tid") or an
end ("between 2 and 3 a.m.", "bis etwa 8 Uhr", "tot een uur of acht", "fram til ca. 8"), or
with a return ("came back by itself", "kam von selbst wieder", "kwam vanzelf terug", "kom
tilbake av seg selv", "since then everything works", "alt har fungert siden"). It is no
outage now: a question about it (or a note that it came back) is low, a request to find or
fix its cause standard.

Session 15 found it: `_drop_past` knew long-ago times ("last month") and recent ones beside
"works now", but not a period that ended; a clock time today ("heute gegen 7:40", "rundt 7.40
i dag") read as "still today"; "seitdem läuft alles", "alt har fungert siden", "since then
everything works" and the returns were no works-again cues; "i natt var siden ..." read
"siden" (the page) as "since".

The near misses keep the outage: the present perfect or "seit/sinds/al" with a duration (still
going: "has been down for 20 minutes", "seit 20 Minuten", "al 20 minuten", "har vært nede i
20 minutter"), a repeated outage ("every 20 minutes", "alle 20 Minuten"), one that came back
and is down again, a past outage beside a current one (in the same words too: a rule keeps
its first match only, which lay in the past sentence), and a time it worked until ("bis 8 Uhr
lief alles, seitdem ...").
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # a question about it: low
    ("low", "en", "Our site was down for about 20 minutes this morning around 7:40, then it came "
                  "back on its own. Since then everything works. What happened?"),
    ("low", "en", "The shop was offline for half an hour last night but came back by itself. "
                  "What caused it?"),
    ("low", "en", "Between 2 and 3 a.m. our booking site was unreachable for everyone. Just "
                  "curious, what went wrong?"),
    ("low", "en", "The webshop was down until about 8 this morning. What happened?"),
    ("low", "en", "Today at 7:40 the site was down for 20 minutes; since then everything works. "
                  "What happened?"),
    ("low", "nl", "De site was vanochtend rond 7.40 uur zo'n 20 minuten plat, sindsdien werkt "
                  "alles weer. Wat was er aan de hand?"),
    ("low", "nl", "De webshop lag gisteravond een uur lang plat, daarna kwam hij vanzelf terug. "
                  "Wat was er aan de hand?"),
    ("low", "nl", "Vannacht tussen 2 en 3 uur was onze site onbereikbaar. Wat is er gebeurd?"),
    ("low", "nl", "De site was vandaag rond 7.40 uur zo'n twintig minuten offline, sindsdien "
                  "werkt alles. Wat was de oorzaak?"),
    ("low", "nl", "De website was een halfuur onbereikbaar, maar is nu weer terug. Hoe kwam "
                  "dat?"),
    ("low", "de", "Die Seite war heute gegen 7:40 etwa 20 Minuten nicht erreichbar, seitdem "
                  "läuft alles. Was war los?"),
    ("low", "de", "Unser Shop war gestern Abend eine halbe Stunde lang offline, kam dann aber "
                  "von selbst wieder. Woran lag es?"),
    ("low", "de", "Heute Nacht war die Website zwischen 2 und 3 Uhr nicht erreichbar. Was war "
                  "da los?"),
    ("low", "de", "Die Seite war heute früh bis etwa 8 Uhr nicht erreichbar, jetzt läuft alles "
                  "wieder. Was war da los?"),
    ("low", "no", "Nettsiden var nede i ca. 20 minutter rundt 7.40 i dag, alt har fungert "
                  "siden. Hva skjedde?"),
    ("low", "no", "Nettbutikken var nede i en halvtimes tid i går kveld, men kom tilbake av seg "
                  "selv. Hva var årsaken?"),
    ("low", "no", "I natt var siden utilgjengelig mellom 2 og 3. Hva skjedde?"),
    ("low", "no", "Siden vår var nede fram til ca. 8 i dag tidlig, nå virker alt. Hva "
                  "skjedde?"),
    # over and back, told only so we know: low (no report of anything broken now)
    ("low", "en", "The shop was offline for half an hour last night but came back by itself."),
    # its cause to be found and fixed: standard; a return with no time told: the outage
    # lowered by the return (standard), as "it works again" does
    ("standard", "en", "Our website was down for an hour yesterday evening. Please find the "
                       "cause and fix it."),
    ("standard", "en", "The shop went down but came back by itself."),
    ("standard", "nl", "Onze webshop lag vanochtend tot een uur of acht plat. Kunnen jullie de "
                       "oorzaak zoeken en verhelpen?"),
    ("standard", "nl", "De webshop ging plat maar kwam vanzelf terug."),
    ("standard", "de", "Der Shop war heute früh bis etwa 8 Uhr down. Bitte finden Sie die "
                       "Ursache und beheben Sie sie."),
    ("standard", "de", "Unser Shop war eine Stunde lang down. Können Sie herausfinden, woran es "
                       "lag?"),
    ("standard", "no", "Nettbutikken lå nede fram til ca. 8 i morges. Kan dere finne årsaken og "
                       "fikse den?"),
    ("standard", "no", "Nettbutikken gikk ned, men kom tilbake av seg selv."),
]  # fmt: skip

NEAR_MISSES = [
    # over, back, and down again
    ("critical", "en", "The site was down for 20 minutes, came back, and now it's down again."),
    ("critical", "nl", "De site lag vanochtend een halfuur plat, kwam terug en nu is hij weer "
                       "onbereikbaar."),
    ("critical", "no", "Nettsiden var nede i 20 minutter, kom opp igjen, og nå er den nede "
                       "igjen."),
    # still going: the present perfect, "seit/sinds/al" with a duration
    ("critical", "en", "Our site has been down for 20 minutes now and nobody can order."),
    ("critical", "nl", "De site is al 20 minuten plat."),
    ("critical", "nl", "De webshop ligt sinds 20 minuten plat, niemand kan bestellen."),
    ("critical", "de", "Die Seite ist seit 20 Minuten nicht erreichbar."),
    ("critical", "no", "Nettsiden har vært nede i 20 minutter."),
    # down again and again
    ("critical", "en", "The shop goes down every 20 minutes, customers can't check out."),
    ("critical", "de", "Der Shop fällt alle 20 Minuten aus, niemand kann bestellen."),
    ("critical", "no", "Siden går ned hvert 20. minutt, kundene får ikke handlet."),
    # a past outage and a current one
    ("critical", "en", "Last night the shop was offline for an hour. Now it is down again for "
                       "everyone."),
    ("critical", "en", "Our shop was down yesterday and is down again today."),
    ("critical", "nl", "De webshop lag gisteren een uur plat en ligt vandaag weer plat."),
    ("critical", "de", "Die Seite war gestern eine Stunde lang nicht erreichbar und heute ist "
                       "sie wieder down."),
    ("critical", "de", "Der Shop war gestern eine Stunde lang offline. Jetzt ist die Seite schon "
                       "wieder nicht erreichbar."),
    ("critical", "no", "Nettbutikken var nede i en time i går, og nå er den nede igjen."),
    ("critical", "no", "Nettbutikken var nede i en time i går. Nå er nettsiden nede igjen for "
                       "alle."),
    # the same words for the past outage and the current one: the rule that fired on the
    # first still fires on the second
    ("critical", "en", "The shop was offline for an hour last night. The shop is offline "
                       "again."),
    ("critical", "en", "Last month the shop was offline. The shop is offline."),
    ("critical", "nl", "De webshop lag gisteravond een uur plat. De webshop ligt weer plat."),
    ("critical", "de", "Die Seite war gestern eine Stunde lang nicht erreichbar. Die Seite ist "
                       "wieder nicht erreichbar."),
    ("critical", "no", "Nettbutikken var nede i en time i går kveld. Nettbutikken er nede "
                       "igjen."),
    # the period that ended is something else, or the time it still worked
    ("critical", "en", "We were in a meeting until 3 and the site is down."),
    ("critical", "nl", "Vanochtend tot 8 uur werkte alles, sindsdien ligt de site plat."),
    ("critical", "de", "Bis 8 Uhr lief alles, seitdem ist die Seite nicht erreichbar."),
    ("critical", "no", "Fram til kl. 8 virket alt, siden da er nettsiden nede."),
    # a clock time today, with no end: down since then
    ("critical", "en", "Today at 7:40 the site went down. Nobody can order."),
    ("critical", "de", "Die Seite ist heute gegen 7:40 ausgefallen und seitdem nicht "
                       "erreichbar."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
