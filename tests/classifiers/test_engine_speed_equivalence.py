"""The classifier's shortcuts for speed give what the plain definitions give.

bench/classify_equivalence.py compares the whole engine with a reference copy over the corpus;
these tests pin the pieces that replace a slow definition with a fast equivalent.
"""

from __future__ import annotations

import random

import pytest

from classifiers.engine import _tokens, _triggers_in
from classifiers.rules import RuleSet, load_rules
from classifiers.sentences import SENTENCE, sentences

# Characters and fragments the sentence regex treats specially: ends, newlines (single and
# blank lines), numbers with dots, abbreviations before a dot.
_PIECES = ["a", "b", " ", "\n", ".", "!", "?", "1", "2", "ca", "bzw", "Ca", "\t", "x.y", "\r",
           "  \n", "é", "usw", "19.00", "ca. 3", "\n\n"]  # fmt: skip


@pytest.mark.parametrize("seed", range(4))
def test_sentences_is_findall_on_random_text(seed: int) -> None:
    rnd = random.Random(seed)
    for _ in range(5000):
        text = "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 30)))
        assert sentences(text) == SENTENCE.findall(text), repr(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n",
        "Hello.",
        "foo\n",
        "a line\nwrapped at ca. 19.00\nhere",
        "Since 10.30 the shop\nis down\n\nPlease help!\n",
        "kind regards\n-- \nAnn",
    ],
)
def test_sentences_is_findall_on_mail_shapes(text: str) -> None:
    assert sentences(text) == SENTENCE.findall(text)


def _naive_triggers(rules: RuleSet, lowered: str) -> set[str]:
    return {t for t in (*rules.word_triggers, *rules.other_triggers) if t in lowered}


def test_triggers_found_per_word_are_the_substrings_of_the_text() -> None:
    rules = load_rules()
    triggers = [*rules.word_triggers, *rules.other_triggers]
    glue = [" ", "", "'", "’", "_", "-", "\n\n", ".", "İ", "ß", "1"]
    rnd = random.Random(7)
    texts = [
        "Our SITE is DOWN, totally (tot!) and it doesn't load: 503 Service Unavailable",
        "niet bereikbaar; nettsiden er nede; läuft nicht; ERR_CONNECTION_REFUSED",
    ]
    for _ in range(3000):
        texts.append("".join(rnd.choice(triggers + glue) for _ in range(rnd.randint(0, 12))))
    for text in texts:
        lowered = text.lower()
        assert _triggers_in(rules, lowered, _tokens(text)) == _naive_triggers(rules, lowered)
