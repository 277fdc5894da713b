"""Norwegian "ingen" right before a word of trouble or haste: "no", not "nobody".

"Black Friday gikk veldig bra, ingen problemer i det hele tatt. Vi vil planlegge neste år.
Ingen hast." was paged: the bare "ingen" of "ingen problemer" and "Ingen hast" was read as a
scope of all (no.outage_scope_all) beside "Black Friday". "Ingen" is "nobody" and "no" both;
before a word of trouble or haste it is the "no" of an absent trouble (low). "Ingen kommer
gjennom kassen", "ingen kunder får betalt" stay a scope of all, and the others' "ingen
problemer" beside some users who have them is read as before. A search result that sends
people on ("videre til") to a bitcoin page, beside "ingen hast", is a hijacked site without the
"ingen" (batch41 was critical through it).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("low", "no", "Black Friday gikk veldig bra, ingen problemer i det hele tatt. Vi vil planlegge "
                  "neste år. Ingen hast."),
    ("low", "no", "Black Friday gikk veldig bra. Vi vil planlegge neste år. Ingen hast."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "no", "Det er Black Friday og ingen kommer gjennom kassen. Ingen feilmelding."),
    ("critical", "no", "Black Friday: ingen får handlet, ingen hast med svar men fiks det."),
    ("critical", "no", "Ingen hast. Når hun søker opp menigheten på Google og trykker på "
                       "lenken, kommer hun et øyeblikk til vår side og så videre til en side om "
                       "bitcoin."),
    ("urgent", "no", "Noen brukere ser bare hvit skjerm etter oppstart, de andre har ingen "
                     "problemer."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
