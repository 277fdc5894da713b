"""A word spelled another way is still the word: English contractions typed without the
apostrophe ("the site wont load", "its just her") and chat spellings ("no1 can pay"),
Norwegian written in Nynorsk ("nettsida verkar ikkje for nokon, berre kvit side"), German
"nich" for "nicht".

Session 15 wrote these sentences itself, as a phone, a hurried writer or a speech recogniser
spells them: the rules had the apostrophe and Bokmål only, so "the website doesnt load for
anyone" was standard and "Medlemane får ikkje logga inn, ingen kjem inn i appen" was standard.
`classifiers/spelling.py` reads each such form as the rules spell it, on both sides.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "the website doesnt load for anyone since 3am"),
    ("critical", "en", "the site wont load for anyone"),
    ("critical", "en", "the shop wont load for any of our customers since midnight"),
    ("critical", "en", "ur checkout is broke, no1 can pay"),
    ("critical", "no", "Det kjem berre ei kvit side når ein opnar nettsida, for alle"),
    ("critical", "no", "Medlemane får ikkje logga inn, ingen kjem inn i appen"),
    ("critical", "no", "nettsida virkar ikkje for nokon, berre kvit side"),
    ("critical", "no", "Heile nettbutikken er nede, kundane får ikkje handla noko"),
    ("critical", "de", "die kasse geht nich, niemand kann zahlen"),
    # a pupil's own login, told without the apostrophe: one person's problem
    ("standard", "en", "one of my pupils cant log in to the lesson booking on the website, the "
                       "others are all fine, its just her"),
]  # fmt: skip

NEAR_MISSES = [
    # negated in the writer's spelling: no outage
    ("urgent", "en", "the site isnt down, its just very slow on every page since this morning"),
    ("low", "en", "dont worry, the shop isnt down, we just want to change the banner"),
    ("low", "en", "i dont know how to add a new product, can you help?"),
    ("urgent", "no", "Nettsida er ikkje nede, men ho er veldig treg i dag"),
    ("low", "no", "Kan de endre opningstidene på nettsida? Det hastar ikkje"),
    # the apostrophe as the rules wrote it: unchanged
    ("critical", "en", "the site won't load for anyone"),
    ("critical", "no", "Nettsiden virker ikke for noen, bare hvit side"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
