"""The site named by its web address as what fails ("tickets.example.org doesn't load at all",
"www.bakkerij.nl laadt helemaal niet meer", "Seit heute früh ist gemeinde-bergdorf.de nicht mehr
erreichbar", "www.turlag.no laster ikke"): a bare host name is the whole site, so it not
loading, not answering or down is the site down for all (critical).

Session 44 found it in batch 44 (a reply, "It's gone completely now. <host> doesn't load at
all ... connection timed out", read as urgent, the timeout as slowness): `<lang>.site_down`
knew "the site", "the shop", "the portal" as the subject of its down verbs, but not the site by
its address ("example.com is down." was standard). `neutral.site_by_address_down` reads a host
name (no path after it, no e-mail address, no acc./staging./test. host, not after "on", "op",
"auf", "på") followed by a not-loading or down verb in the four languages, and the verb first
after a time ("Sinds vanmiddag is x.nl niet bereikbaar"). Each of its regexes needs its verb
phrase as a literal, so a host in a signature costs nothing.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "It's gone completely now. tickets.example.org doesn't load at all, the "
                       "browser spins and then says the connection timed out."),
    ("critical", "en", "Since 7pm www.harbourcottages.co.uk is down, I get nothing on my laptop "
                       "or my phone."),
    ("critical", "en", "https://shop.greenleaf.com isn't responding since this morning."),
    ("critical", "nl", "www.bakkerijdevries.nl laadt helemaal niet meer, de browser zegt na een "
                       "minuut dat de verbinding is verlopen."),
    ("critical", "nl", "Sinds vanmiddag is tennisclub-ace.nl niet meer bereikbaar, ook niet via "
                       "4G."),
    ("critical", "nl", "Sinds vanochtend: kapsalonmarga.nl ligt helemaal plat, ik krijg niets "
                       "te zien."),
    ("critical", "de", "www.praxis-muster.de lädt gar nicht mehr, auch nicht am Handy."),
    ("critical", "de", "Seit heute früh ist gemeinde-bergdorf.de nicht mehr erreichbar."),
    ("critical", "no", "www.turlag.no laster ikke i det hele tatt, verken på mobil eller pc."),
    ("critical", "no", "Hei, kulturhuset-fjord.no er helt nede siden i natt."),
]  # fmt: skip

NEAR_MISSES = [
    # a page by its path, on one device
    ("standard", "en", "The page example.com/contact doesn't load on my phone."),
    # an e-mail address, a test host beside a live site that works
    ("low", "en", "Please send the invoice to info@example.com, the old address doesn't work."),
    ("standard", "en", "staging.example.com is down, the live site is fine."),
    # an object after the verb: something on the site does not load
    ("standard", "en", "www.example.com doesn't load the images on the team page."),
    ("standard", "de", "www.praxis-muster.de lädt die Bilder nicht."),
    # the address as the place where something else fails
    ("standard", "no", "Bildene på www.turlag.no laster ikke."),
    ("low", "nl", "Op www.bakkerij.nl laadt het logo niet goed."),
    # a question, the verb first at the sentence's start
    ("standard", "en", "Is example.com down for maintenance tonight? Just asking."),
    ("low", "nl", "Wij willen de domeinnaam bakkerij.nl laten doorverwijzen, kan dat?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
