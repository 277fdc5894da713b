"""The ending of a Norwegian web address is no "no": it negates nothing after it.

"Alle sider på bilutleie.no viser bare «Feil ved oppretting av databasetilkobling»": the token
reader split the address into "bilutleie" and "no", and "no" is the English negation, so every
phrase within three words after a .no address was cancelled (a database error on every page
read standard). The ending is read as a word of its own now; a real "no" after a sentence's
dot ("down. No one can pay") keeps its meaning.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "no", "Siden i natt viser alle sider på sykkelbua.no bare «Feil ved oppretting av "
                       "databasetilkobling»."),
    ("critical", "no", "Siden kl. 02 gir frisorbooking.no feil ved oppretting av "
                       "databasetilkobling."),
    ("critical", "en", "Every page on fjordhytter.no shows only Error establishing a database "
                       "connection."),
    ("critical", "no", "Nettbutikken er nede, klokkeklar.no viser bare en hvit side for alle."),
]  # fmt: skip

NEAR_MISSES = [
    # a real negation after a sentence's end still negates
    ("low", "en", "The site is back up, thank you. No error since you restarted it."),
    # the address named in a content request stays a content request
    ("low", "no", "Kan dere bytte logoen på sykkelbua.no til den nye versjonen? Ingen hast."),
    # "no one" after a dot typed without a space is still "no one"
    ("critical", "en", "The whole site is down.no one can pay since midnight"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
