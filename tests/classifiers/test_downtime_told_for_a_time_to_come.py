"""Downtime told for a time to come, or for the work it waits for, without the word
"planned": "The site will be down for maintenance on Sunday night", "Der Shop wird am Sonntag
wegen Wartung offline sein", "De webshop zal zondag van 2 tot 4 uur offline zijn",
"Nettbutikken vil være nede på søndag". Nothing is broken now: not critical.

Session 28 found them critical at main: `_PLANNED_WORK_DOWNTIME` needs a word of planning
("planned", "scheduled", "gepland") before the downtime, so a notice that names only the day
or the maintenance paged as a site down (`en.critical_object_total_failure_near` "shop ...
offline", `no.site_down` "nettbutikken vil være nede").

The near misses keep the outage: a site down now beside the downtime to come ("... and will
be down tomorrow too", "... tomorrow as well"), the work told as past or done ("was down for
maintenance on Sunday and now ...", "Nach der Wartung am Sonntag ist der Shop immer noch
offline"), the checkout to come down after a payment account was frozen, a question, and a
failure said after the downtime in a transcript without punctuation.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "en", "The site will be down for maintenance on Sunday night."),
    ("standard", "en", "Heads up: the shop will be offline tomorrow from 2 to 4 am while the "
                       "hosting company replaces a disk."),
    ("low", "en", "Our shop will be offline on Sunday for the planned migration."),
    ("standard", "de", "Der Shop wird am Sonntag wegen Wartung offline sein."),
    ("standard", "de", "Zur Info: Unsere Seite wird nächste Woche für zwei Stunden nicht "
                       "erreichbar sein."),
    ("standard", "nl", "De webshop zal zondag van 2 tot 4 uur offline zijn."),
    ("standard", "no", "Nettbutikken vil være nede på søndag."),
]  # fmt: skip

NEAR_MISSES = [
    # down now, and the downtime to come beside it
    ("critical", "en", "The shop is down for everyone since this morning and will be down "
                       "tomorrow too if you don't fix it."),
    ("critical", "en", "The whole shop is offline right now, will it be offline tomorrow as "
                       "well?"),
    # the work told as past or done, the site down now
    ("critical", "en", "The site was down for maintenance on Sunday and now it is still offline "
                       "for everyone!"),
    ("critical", "en", "The maintenance on Sunday is done but the shop is still offline for all "
                       "customers."),
    ("critical", "de", "Nach der Wartung am Sonntag ist der Shop immer noch offline, keiner kann "
                       "bestellen."),
    ("critical", "nl", "Sinds het onderhoud van zondag is de webshop offline voor iedereen."),
    ("critical", "no", "Etter vedlikeholdet på søndag er nettbutikken fortsatt nede for alle."),
    # a failure told after the downtime to come, no punctuation between (a transcript)
    ("critical", "en", "hi my wife asks if the shop will be down during the move on sunday the "
                       "checkout fails all the time nobody can pay"),
    # the checkout to come down: a payment account frozen makes it an outage on its way now
    ("critical", "en", "Mollie has frozen our merchant account. The checkout will be down for "
                       "all customers tonight."),
    # "as well": down now too
    ("critical", "en", "Hi, the shop will be offline for everyone tomorrow as well."),
    # a question about the downtime to come: low, as before
    ("low", "en", "Is the site going to be down on Sunday during the maintenance?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
