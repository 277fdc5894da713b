"""Downtime of planned work still to come: a question about how long the site will be down
during a migration, a server move or maintenance ("Wie lange ist die Seite während der
Migration nicht erreichbar?", "Ligt de webshop plat tijdens de serververhuizing?", "Blir
siden nede mens flyttingen pågår?"), or the announcement repeated ("maintenance is scheduled
for Saturday and the shop will be down then", "er staat onderhoud gepland en dan is de
website niet bereikbaar"). Nothing is broken now: a question or scheduling, low.

Session 18 found it in batch 49: the planned-work question drop knew "migration" and
"flytting" but not "migratie", "Serverumzug", "migreringen", "flyttingen" or "server move",
so the outage words in the question fired; the announcement, not a question, was an outage
told; and a question about downtime during the move had no low signal of its own.

The near misses keep the outage: the failure placed after or since the work, asked why it
came ("Why is the site down since the migration?", the question form too), a planned work
that went wrong, the work told as past ("was planned for yesterday, since then ..."), a
planned sale beside a site down now, and "is this the announced maintenance?" after a site
that is down.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # a question about the downtime the move will bring
    ("low", "en", "How long will the shop be unreachable during next week's server move?"),
    ("low", "en", "Will the website be down while you move it to the new server on Thursday, "
                  "and for how long?"),
    ("low", "en", "Quick question about the migration tomorrow: will there be any downtime?"),
    ("low", "de", "Wie lange ist der Shop während des Serverumzugs am Dienstag nicht "
                  "erreichbar?"),
    ("low", "de", "Ist die Website während der Migration morgen offline, und wenn ja, wie "
                  "lange?"),
    ("low", "de", "Gibt es eine Ausfallzeit beim Umzug auf den neuen Server?"),
    ("low", "nl", "Is de webshop onbereikbaar tijdens de migratie van donderdag, en hoe lang "
                  "dan?"),
    ("low", "nl", "Hoe lang ligt de site plat tijdens de serververhuizing volgende week?"),
    ("low", "nl", "Komt er downtime bij de verhuizing naar de nieuwe server?"),
    ("low", "no", "Hvor lenge blir nettbutikken nede under serverflyttingen på tirsdag?"),
    ("low", "no", "Vil siden være utilgjengelig under migreringen i morgen, og i så fall hvor "
                  "lenge?"),
    ("low", "no", "Om det blir nedetid under flyttingen, kan dere gjøre det etter kl. 22?"),
    # the announcement repeated, a change of date asked for
    ("low", "en", "We were told maintenance is scheduled for Saturday morning and the site "
                  "will be down for two hours. Can it move to the evening?"),
    ("low", "de", "Laut Ihrer Mail ist am Samstag eine Wartung geplant und die Seite ist dann "
                  "nicht erreichbar. Lässt sich das verschieben?"),
    ("low", "nl", "Er staat zaterdag onderhoud gepland en dan is de webshop niet bereikbaar. "
                  "Kan dat een week later?"),
    ("low", "no", "Dere skrev at flyttingen er planlagt til lørdag og at nettsiden da blir "
                  "nede. Kan den flyttes til søndag?"),
]  # fmt: skip

NEAR_MISSES = [
    # the failure after or since the work: told
    ("critical", "en", "Why is the site down since the migration last night?"),
    ("critical", "en", "The site has been down since the planned maintenance, when will it be "
                       "back?"),
    ("critical", "de", "Warum ist die Website seit der Migration gestern nicht erreichbar?"),
    ("critical", "nl", "Waarom is de website sinds de migratie van gisteren niet bereikbaar?"),
    ("critical", "no", "Etter det planlagte vedlikeholdet i natt er nettsiden nede."),
    # a planned work that went wrong, or told as past
    ("critical", "en", "The scheduled maintenance last night went wrong and the site has been "
                       "down since."),
    ("critical", "de", "Die geplante Wartung ist schiefgegangen und der Shop ist offline."),
    ("critical", "de", "Der Umzug war für gestern geplant, seitdem ist der Shop offline."),
    ("critical", "nl", "Het geplande onderhoud is mislukt, de site is plat."),
    ("critical", "no", "Flyttingen var planlagt i går, og siden da er nettbutikken nede."),
    # a minor problem the move left: told, not asked about
    ("standard", "en", "Since the server move last week, three images on the about page are "
                       "missing."),
    ("standard", "de", "Seit dem Serverumzug fehlen auf der Teamseite drei Bilder."),
    ("standard", "nl", "Sinds de serververhuizing ontbreken er drie foto's op de "
                       "over-ons-pagina."),
    ("standard", "no", "Etter serverflyttingen mangler tre bilder på om oss-siden."),
    # something else planned, the site down now
    ("critical", "en", "We have a big sale planned for tomorrow and the site is down right now!"),
    # asked whether an outage now is the announced work
    ("critical", "en", "The shop is down for everyone. Is this the scheduled maintenance?"),
    ("critical", "de", "Die Seite ist weg. Ist das die angekündigte Wartung?"),
    ("critical", "nl", "De website is plat. Is dit het aangekondigde onderhoud?"),
    ("critical", "no", "Nettsiden er nede. Er dette det planlagte vedlikeholdet?"),
    # the planned work said to be done, and a failure now after a "but"
    ("critical", "en", "The planned maintenance is finished but checkout won't load, nobody can "
                       "pay."),
    ("critical", "de", "Die geplante Wartung ist vorbei, aber die Seite wird nicht angezeigt, "
                       "niemand kann bestellen."),
    ("critical", "nl", "Het geplande onderhoud is klaar, maar de site wil niet laden en niemand "
                       "kan bestellen."),
    ("critical", "no", "Det planlagte vedlikeholdet er ferdig, men nettsiden vil ikke laste og "
                       "ingen får betalt."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
