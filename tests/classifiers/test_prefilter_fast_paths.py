"""Prefilter.finditer: the same matches as the pattern's own finditer, faster; NeedleIndex:
the same answer as Prefilter.may_match, from one read of the text.

A case-insensitive pattern with only lower-case letters runs on lower-cased text without
IGNORECASE, split at its leading assertions (\\b, look-behinds). Texts with characters that
IGNORECASE folds specially ("ſ" ~ "s", "ı" ~ "i"), upper-case patterns and splits that would
change the meaning (a top-level alternation) keep the pattern's own search.
"""

from __future__ import annotations

import re

import pytest

from classifiers.literals import NeedleIndex, Prefilter, split_leading_assertions

PATTERNS = [
    r"(?<!\bon )(?<!\bin )\b(our|my|the whole)\s+(web ?site|shop)\s+(is not|isn\x27t) working\b",
    r"\b(site|shop|app)\s+(down|offline|unreachable)\b",
    r"\b(?:(?<=not )|(?<=n\x27t ))(?:down|offline)\b(?!\s+but)",
    r"\bkasse\s+geht\s+nicht\b",
    r"\bside(?:n)?\s+er\s+nede\b",
    r"\bsite down|shop offline",  # a top-level alternation: never split
    r"\bWebsite down\b",  # an upper-case letter: never run without IGNORECASE
    # no first characters to skip to after the assertions: the \b stays with the rest
    r"\b(?<!not )(?<!n\x27t )((is|was) fine|works? again|(it\x27s )?back up)\b",
]
TEXTS = [
    "hi, our website is not working since 9. the shop down? no: the site down for all.",
    "on our website is not working (quoted). in my shop isn't working. my shop isn't working",
    "it is not down, but slow. it's not offline but the app offline for everyone",
    "die kasse geht nicht. kassegeht nicht. die kasse  geht   nicht!",
    "siden er nede. sidenerer nede. nettsiden er nede",
    "the ſite down and the shop offline",  # long s: IGNORECASE matches it to "s"
    "the website down, website down",
    "it's not fine. it is fine, it was fine, works again, it's not back up, it's back up",
    "not works again. n't works again; isfine was fine works againx",
    "",
]


@pytest.mark.parametrize("source", PATTERNS)
def test_finditer_finds_what_the_pattern_finds_on_lower_cased_text(source: str) -> None:
    pattern = re.compile(source, re.IGNORECASE)
    gate = Prefilter(pattern)
    for text in TEXTS:
        lowered = text.lower()
        expected = [(m.span(), m.group(0)) for m in pattern.finditer(lowered)]
        assert [(m.span(), m.group(0)) for m in gate.finditer(lowered, lowered=True)] == expected
        assert [(m.span(), m.group(0)) for m in gate.finditer(text)] == [
            (m.span(), m.group(0)) for m in pattern.finditer(text)
        ]


@pytest.mark.parametrize("source", PATTERNS)
def test_a_case_sensitive_pattern_finds_what_it_finds_itself(source: str) -> None:
    pattern = re.compile(source)
    gate = Prefilter(pattern)
    for text in TEXTS + [t.lower() for t in TEXTS]:
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in gate.finditer(text)] == expected


def test_split_finditer_agrees_with_the_pattern_on_random_texts() -> None:
    import random

    words = ["not", "n't", "is", "was", "fine", "works", "work", "again", "it's", "back", "up"]
    words += ["site", "down", "offline", "on", "our", "shop", "x", "", "\n", ",", "."]
    rnd = random.Random(7)
    gates = [(re.compile(p), Prefilter(re.compile(p))) for p in PATTERNS[1:3] + PATTERNS[-1:]]
    for _ in range(3000):
        text = "".join(rnd.choice(words) + rnd.choice([" ", "", "  "]) for _ in range(12))
        for pattern, gate in gates:
            expected = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in gate.finditer(text)] == expected, (pattern.pattern, text)


def test_a_long_s_in_the_text_keeps_ignorecase() -> None:
    gate = Prefilter(re.compile(r"\bsite down\b", re.IGNORECASE))
    assert [m.group(0) for m in gate.finditer("the ſite down", lowered=True)] == ["ſite down"]


def test_assertions_are_split_off_only_where_the_meaning_stays() -> None:
    split = split_leading_assertions(re.compile(r"(?<!\bon )\b(site|shop) down"))
    assert split is not None
    assert [p.pattern for p in split] == [r"(?<!\bon )\b", "(site|shop) down"]
    assert split_leading_assertions(re.compile(r"\bsite down|shop offline")) is None
    assert split_leading_assertions(re.compile(r"\b(?:down)?")) is None  # may match empty
    assert split_leading_assertions(re.compile(r"(?<=(a))\bdown")) is None  # a group moves
    assert split_leading_assertions(re.compile(r"site down")) is None  # nothing to split
    # The rest starts with a group of phrases (no first characters to skip to): the \b
    # stays with it, the look-behinds are checked apart; with no look-behinds, no split.
    split = split_leading_assertions(re.compile(r"\b(?<!not )((is|was) fine|works again)"))
    assert split is not None
    assert [p.pattern for p in split] == [r"(?<!not )", r"\b((is|was) fine|works again)"]
    assert split_leading_assertions(re.compile(r"\b((is|was) fine|works again)")) is None


def test_a_needle_index_answers_as_each_prefilter_does_on_every_text() -> None:
    # Case-sensitive and case-insensitive gates, ASCII and non-ASCII texts (a case-insensitive
    # gate is not prefiltered on non-ASCII text), texts with none, one or overlapping literals.
    sources = [(source, re.IGNORECASE) for source in PATTERNS[:5]]
    sources += [(r"\b(gestern|yesterday|i går)\b", 0), (r"wieder|again", 0)]
    plain = [Prefilter(re.compile(source, flags)) for source, flags in sources]
    indexed = [Prefilter(re.compile(source, flags)) for source, flags in sources]
    index = NeedleIndex(indexed)
    assert all(gate.index is index for gate in indexed)
    texts = [
        *TEXTS,
        "yesterday it went down again",
        "i går var siden nede",
        "Gestern WIEDER",
        "über",
    ]
    for text in texts:
        lowered = text.lower()
        for alone, gate in zip(plain, indexed, strict=True):
            assert gate.may_match(text, lowered) == alone.may_match(text, lowered), (
                gate.pattern.pattern,
                text,
            )
    assert indexed[-1].may_match("it works again", "it works again")
    assert not indexed[-1].may_match("it works now", "it works now")


def test_a_gate_refuses_non_ascii_text_without_its_literals() -> None:
    # Dutch, German and Norwegian mail is rarely ASCII: the gate reads the lower-cased text
    # for its literals unless a character IGNORECASE folds onto another (the long s) occurs.
    gate = Prefilter(re.compile(r"\b(um|om) \w+ (zu vermeiden|te voorkomen)\b", re.IGNORECASE))
    text = "Die Kasse geht nicht, Zahlungen schlagen fehl. Grüße aus Köln"
    assert not gate.may_match(text, text.lower())
    wanted = "Um Datenverlust ZU VERMEIDEN, hätten wir gern ein Backup."
    assert gate.may_match(wanted, wanted.lower())
    long_s = "Um Datenverluſt zu vermeiden"  # "ſ" matches "s" under IGNORECASE: not refused
    assert gate.may_match(long_s, long_s.lower())


def test_a_common_word_standing_for_longer_literals_does_not_run_the_pattern_alone() -> None:
    # "since" stands for "been fine since" and "since then, it" among the literals a match
    # needs; a mail that says "since this morning ... does not work" holds none of them.
    gate = Prefilter(
        re.compile(
            r"\b(?<!not )(works? (again|now)|(been|was) fine (since|today|again)|"
            r"all good since|since then,? (it|everything) (works|has worked)|"
            r"(has|have) (worked|been fine) since)\b"
        )
    )
    assert gate.need is not None and "since" in gate.need  # the fewer, weaker literals
    failing = "since this morning the contact form does not work. " * 40
    assert not gate.may_match(failing, failing)
    for fixed in ("it has been fine since noon", "since then it works", "it works again"):
        text = failing + fixed
        assert gate.may_match(text, text)
        assert gate.search(text) is not None
