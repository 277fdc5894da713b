"""A failure named in each place tried: "not on the office network and not on mobile data".

"www.northmarsh.gov.uk doesn't resolve at all, not on the council network and not on mobile
data" (batch56, en_council_fwd_domain_not_resolving: urgent, labelled critical): "on mobile"
read as a limited scope (one step down), and the "not" before "mobile data" cancelled the
several-networks cue that would have taken it back. "not on X and not on Y", "neither on X nor
on Y" (and "nicht im ... und nicht im", "weder ... noch", "niet op ... en niet op", "noch ...
noch", "ikke på ... og ikke på", "verken ... eller") name each place where it fails: a widen cue
that no "not" cancels (`*.cx_not_here_nor_there.tried_several_devices`).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "www.northmarsh.gov.uk doesn't resolve at all, not on the council network "
                       "and not on mobile data (DNS_PROBE_FINISHED_NXDOMAIN in Chrome, \"Hmm. "
                       "We're having trouble finding that site\" in Firefox)."),
    ("critical", "en", "The website is down for everyone: it doesn't open, neither on the office "
                       "wifi nor on mobile."),
    ("critical", "de", "Die Website ist komplett down, sie lädt nicht, weder im Büro noch am "
                       "Handy."),
    ("critical", "nl", "De website is helemaal plat, hij laadt niet, niet op kantoor en niet op "
                       "mobiel."),
    ("critical", "no", "Nettsiden er nede, den laster ikke, verken på kontoret eller på mobil."),
]  # fmt: skip

NEAR_MISSES = [
    # one device named as failing, the other as working: a limited scope
    ("urgent", "en", "The website is down, but only on mobile; on the desktop it works fine."),
    # a past outage in each place
    ("low", "en", "Last month the site was down, not on wifi and not on mobile either. It has "
                  "been fine since; can we talk about monitoring?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
