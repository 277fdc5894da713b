"""The site that still works, only slowly ("it's still working just painfully slow", "er
funktioniert noch, nur quälend langsam", "hij werkt nog wel, alleen heel traag", "den virker
fortsatt, bare veldig tregt"): the site suddenly slow (urgent), whatever half signals of an
outage its words hold ("every page", "the website has gone really slow").

Session 54 found it in batch 54 (a voicemail read as critical): "every page" and "website ...
gone" (of "has gone really slow") added up to an outage. `<lang>.goes_through_eventually` now
knows "still works ... slow": the engine then takes the half signals as the slowness they are.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "hi it's Jen from kitchen loft the website has gone really slow since this "
                     "morning every page takes like twenty seconds it's still working just "
                     "painfully slow customers are complaining"),
    ("urgent", "en", "The site has gone slow on every page since the update. It still works, "
                     "just very slow."),
    ("urgent", "de", "Die Seite ist seit heute früh auf jeder Seite extrem langsam geworden, sie "
                     "funktioniert noch, nur quälend langsam."),
    ("urgent", "nl", "De website is sinds vanochtend op elke pagina heel traag, hij werkt nog "
                     "wel, alleen heel traag."),
    ("urgent", "no", "Nettsiden har blitt veldig treg på hver side siden i morges, den virker "
                     "fortsatt, bare veldig tregt."),
]  # fmt: skip

NEAR_MISSES = [
    # slow, then down: critical
    ("critical", "en", "The site was slow all morning and now it is completely down for "
                       "everyone."),
    ("critical", "de", "Erst war der Shop langsam, jetzt ist er komplett offline und niemand "
                       "kann bestellen."),
    # slow only in the admin, the visitors notice nothing: a minor problem
    ("standard", "en", "The admin is a bit slow today, the public site is fast and visitors "
                       "notice nothing."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
