"""The site fails only on the writer's own network and works off it ("Op mijn mobiel met de
wifi uit werkt hij gewoon, dus het zit in ons netwerk", "Eine Kollegin im Homeoffice kommt
problemlos drauf", "A colleague working from home says it loads fine", "Med wifien av på
mobilen virker den"): no outage for the site's users, a problem of one place (standard,
`<lang>.cx_own_network_only.single_user` and `<lang>.cx_works_off_our_network.single_user`).

At 522d096 these were critical (one German form urgent): only "alleen vanaf kantoor", "nur
aus dem Büro", "über LTE geht", "on 4g it works" and the like were known, word for word. The
site down at home and on 4G as well, or not loading from home either, stays critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "en", "Since nine our site won't load here, just \"connection timed out\". "
                       "With the wifi off on my phone it works, so it's something with our "
                       "network."),
    ("standard", "en", "The shop is unreachable in our office. A colleague working from home "
                       "says it loads fine."),
    ("standard", "nl", "Sinds negen uur is de site hier onbereikbaar, \"time-out\". Op mijn "
                       "mobiel met de wifi uit werkt hij gewoon, dus het zit in ons netwerk."),
    ("standard", "nl", "De webshop doet het niet op kantoor. Een collega die thuiswerkt kan er "
                       "gewoon op."),
    ("standard", "de", "Seit neun ist unsere Seite hier nicht erreichbar, nur "
                       "\"Zeitüberschreitung\". Mit ausgeschaltetem WLAN auf dem Handy geht es, "
                       "es liegt also an unserem Netzwerk."),
    ("standard", "de", "Der Shop ist bei uns im Büro offline. Eine Kollegin im Homeoffice "
                       "kommt problemlos drauf."),
    ("standard", "no", "Siden ni har nettsiden vært utilgjengelig her, bare \"tidsavbrudd\". "
                       "Med wifien av på mobilen virker den, så det er noe med nettverket vårt."),
    ("standard", "no", "Nettbutikken er nede på kontoret. En kollega på hjemmekontor sier den "
                       "fungerer helt fint."),
]  # fmt: skip

NEAR_MISSES = [
    # down at home and on 4G as well: down for all
    ("critical", "en", "Our website is down for everyone; from home it's the same, and on 4G "
                       "as well."),
    ("critical", "en", "The website is down. I'm working from home today and it doesn't load "
                       "here either."),
    ("critical", "nl", "De website ligt plat, ook thuis en via 4G doet hij het niet."),
    ("critical", "de", "Die Webseite ist offline, zu Hause geht es auch nicht, über LTE ebenso "
                       "wenig."),
    ("critical", "de", "Unser Shop ist seit heute früh offline, auch von zu Hause und über 4G."),
    ("critical", "no", "Nettsiden er nede, hjemmefra fungerer den heller ikke."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
