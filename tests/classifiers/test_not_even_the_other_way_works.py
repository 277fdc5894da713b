"""'Not even as a guest': a focus particle between the negation and what it denies.

"Nobody can check out. Not even guest checkout works", "nicht einmal als Gast geht die
Bestellung durch", "niet eens als gast", "ikke engang som gjest går bestillingen gjennom":
the other way to buy is said to fail too, so checkout is impossible (critical). The
particle ("even", "einmal", "mal", "sogar", "zelfs", "eens", "engang") stands between the
"not" and the verb without taking the verb out of the negation's reach, so it does not count
towards the negation window (`scan.negated`); otherwise "guest checkout … works" reads as
another way still selling and lowers the level. Said without the "not", the twin stays one
step down. A "not" before the other way itself ("heller ikke kjøp som gjest fungerer", "no
guest checkout works either") cancels the works cue as one before its verb does
(`negate_object` on `<lang>.cx_guest_checkout_works.other_methods_still_work`).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    (
        "critical",
        "en",
        "Since the update nobody can check out at all. Not even guest checkout "
        "works, every order fails at the payment step.",
    ),
    (
        "critical",
        "en",
        "Since this morning no customer can pay. Not even as a guest can they "
        "order, every attempt ends in an error.",
    ),
    (
        "critical",
        "de",
        "Seit dem Update kann niemand mehr bezahlen. Nicht einmal als Gast geht "
        "die Bestellung durch, alles bricht ab.",
    ),
    ("critical", "de", "Seit heute früh kann kein Kunde bezahlen, nicht mal als Gast klappt es."),
    (
        "critical",
        "nl",
        "Sinds de update kan niemand meer afrekenen. Niet eens als gast gaat de "
        "bestelling door, alles loopt vast bij betalen.",
    ),
    ("critical", "nl", "Sinds vanochtend kan geen klant betalen, zelfs als gast lukt het niet."),
    (
        "critical",
        "no",
        "Siden oppdateringen får ingen kunder betalt. Ikke engang som gjest går "
        "bestillingen gjennom.",
    ),
    ("critical", "no", "Siden i morges får ingen betalt, ikke engang som gjest fungerer det."),
]

PARAPHRASES += [
    (
        "critical",
        "no",
        "Ingen kan betale i nettbutikken siden i morges, heller ikke kjøp som gjest fungerer.",
    ),
    ("critical", "en", "Nobody can pay since this morning, and no guest checkout works either."),
]

NEAR_MISSES = [
    (
        "urgent",
        "en",
        "Since the update nobody who is logged in can check out. Guest checkout works, though.",
    ),
    (
        "urgent",
        "no",
        "Siden oppdateringen får ingen innloggede kunder betalt. Som gjest går "
        "bestillingen rett gjennom.",
    ),
]

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
