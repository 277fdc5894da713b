"""A hijacked search result or back end, told in words the first rules did not know.

A visitor who searches for us and "ended up on a site with slot machines", "havner på en side
med kasino og premier", "kom je terecht op een site met gokkasten", or who "landet" on a prize
page at the end of a German subordinate clause, was standard: the verb's tense or word order,
the scam's name or a longer sentence fell outside `<lang>.cx_search_result_lands_on_scam`.
A full stop or "!" inside a quotation ('("Sie haben ein iPhone gewonnen!") landet, wenn
...') no longer ends the writer's clause. Users "in the website back end" that none of us
recognise, or that "none of our staff set up", are an intruder's
(`<lang>.cx_unrecognised_admin_near`).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "My colleague searched for us on Google on her phone, tapped our listing, "
                       "and ended up on a site with slot machines and a \"congratulations, "
                       "you've won\" pop-up."),
    ("critical", "nl", "Als je ons googelt en op de link klikt kom je terecht op een site met "
                       "gokkasten."),
    ("critical", "de", "Seit gestern bekommen wir Anrufe, dass man auf einer Gewinnspiel-Seite "
                       "(\"Sie haben ein iPhone gewonnen!\") landet, wenn man uns bei Google "
                       "sucht und auf den Eintrag klickt."),
    ("critical", "no", "når pasienter søker oss opp på google og trykker på oss så havner de på "
                       "en side med kasino og premier"),
    ("critical", "en", "There are three users in the website back end that none of us "
                       "recognise."),
    ("critical", "en", "Two admin accounts appeared overnight and none of our staff set them "
                       "up."),
    ("critical", "de", "Im Backend gibt es drei Benutzer im Backend, die keiner von uns kennt."),
    ("critical", "no", "Det ligger to nye brukere i adminpanelet som ingen av oss kjenner."),
]  # fmt: skip

NEAR_MISSES = [
    ("low", "en", "Could you check how we show up on Google? Our listing still has the old "
                  "opening hours."),
    ("low", "en", "Our prize draw page on the site needs a new photo of the prize, could you "
                  "swap it?"),
    ("low", "nl", "Kunnen jullie een nieuwe gebruiker in de backend aanmaken voor onze "
                  "stagiair?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
