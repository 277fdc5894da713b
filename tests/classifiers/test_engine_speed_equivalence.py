"""The classifier's shortcuts for speed give what the plain definitions give.

bench/classify_equivalence.py compares the whole engine with a reference copy over the corpus;
these tests pin the pieces that replace a slow definition with a fast equivalent.
"""

from __future__ import annotations

import random
import re
from pathlib import Path
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

import pytest

from classifiers.cues import _NOW_OK_GATES
from classifiers.engine import classify
from classifiers.evaluation import load_corpus
from classifiers.literals import Prefilter, required
from classifiers.matching import _WRAP, _triggers_in, _unwrap
from classifiers.model import MessageText
from classifiers.quoting import new_text
from classifiers.rules import RuleSet, load_rules
from classifiers.sentences import SENTENCE, sentences
from classifiers.steps.past import _says_now_ok
from classifiers.words import _NUMBER_DOT, _numbers_before_dots, _tokens
from frontdesk.cli.classify import load_email_file

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"

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


# Line breaks between words, spaces, tabs and other whitespace (a CR, a no-break space, a
# line separator) on either side: what the unwrap regex looks at around a break.
_WRAP_PIECES = ["a", "b", " ", "\t", "\n", "\r", "\x0b", "\u00a0", "\u2028", "é", "  \n", "\n\n"]


@pytest.mark.parametrize("seed", range(4))
def test_unwrap_is_the_wrap_regex_on_random_text(seed: int) -> None:
    rnd = random.Random(seed)
    for _ in range(20000):
        text = "".join(rnd.choice(_WRAP_PIECES) for _ in range(rnd.randint(0, 16)))
        assert _unwrap(text) == _WRAP.sub(" ", text), repr(text)


# Digits (also other scripts' and a superscript), dots, spaces and capitals: what the
# number-before-a-sentence-end search looks at.
_NUMBER_PIECES = ["1", "12", "٣", "²", ".", ". ", " ", "\t", "A", "Ø", "a", "x", "\n", "3. Oktober"]


@pytest.mark.parametrize("seed", range(4))
def test_numbers_before_dots_are_the_number_dot_regex_on_random_text(seed: int) -> None:
    rnd = random.Random(seed)
    for _ in range(20000):
        text = "".join(rnd.choice(_NUMBER_PIECES) for _ in range(rnd.randint(0, 16)))
        expected = [(m.start(), m.end(1)) for m in _NUMBER_DOT.finditer(text)]
        assert list(_numbers_before_dots(text)) == expected, repr(text)


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


def _gates() -> list[Prefilter]:
    import classifiers.engine as engine

    gates = [v for v in vars(engine).values() if isinstance(v, Prefilter)]
    gates += [p for _, _, patterns in load_rules().regexes for p in patterns]
    assert len(gates) > 20
    return gates


@pytest.mark.parametrize("seed", range(3))
def test_prefilters_never_rule_out_a_text_the_regex_matches(seed: int) -> None:
    """Texts made of the patterns' own literals (cut, joined, upper-cased, with spaces, a
    few non-ASCII letters): wherever a regex matches, its prefilter lets it run."""
    rnd = random.Random(seed)
    gates = _gates()
    # words and phrases as they stand in the patterns' source (not from the prefilters)
    pieces = sorted(
        {w for g in gates for w in re.findall(r"[^\W\d_]+(?: [^\W\d_]+)*", g.pattern.pattern)}
    )
    glue = [" ", "  ", "\n", ",", "'", "-", "x", "ä", "ſ", "K", "İ", "/", "503 ", "http "]
    for _ in range(4000):
        parts = []
        for _ in range(rnd.randint(1, 6)):
            word = rnd.choice(pieces)
            cut = rnd.randint(0, 2)
            word = word[cut:] if rnd.random() < 0.3 else word
            parts.append(word.upper() if rnd.random() < 0.2 else word)
            parts.append(rnd.choice(glue))
        text = "".join(parts)
        for gate in gates:
            for t in (text, text.lower()):
                if gate.pattern.search(t):
                    assert gate.may_match(t, t.lower()), (gate.pattern.pattern[:60], t)


def _sample(items: Any, rnd: random.Random) -> str:
    """A random string shaped by a parsed pattern (it may fail the pattern's assertions)."""
    out = []
    for op, av in items:
        if op is C.LITERAL:
            out.append(chr(av))
        elif op is C.IN:
            kind, value = rnd.choice(av)
            if kind is C.LITERAL:
                out.append(chr(value))
            elif kind is C.RANGE:
                out.append(chr(rnd.randint(value[0], value[1])))
            else:
                out.append(rnd.choice(" a5"))
        elif op is C.BRANCH:
            out.append(_sample(rnd.choice(av[1]), rnd))
        elif op is C.SUBPATTERN:
            out.append(_sample(av[3], rnd))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, high, inner = av
            count = rnd.randint(low, min(high, low + 2))
            out.extend(_sample(inner, rnd) for _ in range(count))
        elif op is C.ANY:
            out.append(rnd.choice(" a."))
    return "".join(out)


@pytest.mark.parametrize("seed", range(3))
def test_prefilters_let_through_strings_sampled_from_the_regexes(seed: int) -> None:
    rnd = random.Random(seed)
    for gate in _gates():
        parsed = _parser.parse(gate.pattern.pattern, gate.pattern.flags & ~re.IGNORECASE)
        for _ in range(300):
            text = (
                f"{rnd.choice(['', 'x ', 'we '])}{_sample(parsed, rnd)}{rnd.choice(['', ' ', '.'])}"
            )
            for t in (text, text.upper(), text.lower()):
                if gate.pattern.search(t):
                    assert gate.may_match(t, t.lower()), (gate.pattern.pattern[:60], t)


@pytest.mark.parametrize("seed", range(3))
def test_says_now_ok_is_the_now_ok_search_on_strings_sampled_from_it(seed: int) -> None:
    # _says_now_ok drops the optional "now" of its gates and searches the whole gate only
    # when a "now" word stands before a non-word character ("now 's up again").
    rnd = random.Random(seed)
    before = ["", "x ", "not ", "now ", "now  ", "nu ", "i dag ", "it ", "stopped ", "today\n"]
    for gate in _NOW_OK_GATES:
        parsed = _parser.parse(gate.pattern.pattern, gate.pattern.flags)
        for _ in range(400):
            sample = _sample(parsed, rnd)
            text = f"{rnd.choice(before)}{sample}{rnd.choice(['', ' ', '.', ' not', ' nicht'])}"
            for t in (text, text.replace("now ", "now '"), f"{rnd.choice(before)}'s up again"):
                expected = any(g.pattern.search(t) for g in _NOW_OK_GATES)
                assert _says_now_ok(t) == expected, t


def test_required_literals_of_simple_patterns() -> None:
    assert required(r"\b(last (week|month)|a[bc]?d)\b") == {
        "last week", "last month", "ad", "abd", "acd",
    }  # fmt: skip
    assert required(r"\bweb ?site\s+down") == {"down"} or required(r"\bweb ?site\s+down") == {
        "website",
        "web site",
    }
    assert required(r"\w+ing") == {"ing"}
    assert required(r"(?i:foo)") is None
    assert required(r"a*") is None


def test_a_callers_new_text_gives_the_verdict_classify_finds_itself() -> None:
    # The pipeline hands classify() the new text it keeps as the ticket's description
    # (MessageText.body_new_text) instead of having it stripped of quotes a second time.
    mails = [m for m in load_corpus(CORPUS, load_email_file) if m.text.body][::7]
    assert len(mails) > 200
    for mail in mails:
        own = classify(mail.text)
        given = classify(
            MessageText(
                subject=mail.text.subject,
                body=mail.text.body,
                body_new_text=new_text(mail.text.body),
            )
        )
        assert given == own, mail.path


@pytest.mark.parametrize("seed", range(2))
def test_a_long_candidate_list_indexed_by_last_word_keeps_every_phrase_that_could_match(
    seed: int,
) -> None:
    # "seit" starts 1,620 German passive phrases "seit ... kann nicht ... bestellt": the scan
    # takes only those whose last word lies within reach, in the list's order.
    from classifiers.scan import _exact_entry, _LastIndexed

    rules = load_rules()
    plain, _pairs, _near = _exact_entry(rules, {}, "seit", "body")
    assert type(plain) is _LastIndexed and len(plain) > 1000
    words = sorted({p.last for p in plain if p.last} | {"seit", "kann", "nicht", "heute"})
    rnd = random.Random(seed)
    for _ in range(300):
        tokens = ["seit", *(rnd.choice(words) for _ in range(rnd.randint(0, 14)))]
        taken = plain.within(tokens, 0)
        could_match = [p for p in plain if p.last is None or p.last in tokens[1 : 1 + p.max_span]]
        assert set(map(id, could_match)) <= set(map(id, taken))
        position = {id(p): k for k, p in enumerate(plain)}
        assert [position[id(p)] for p in taken] == sorted(position[id(p)] for p in taken)
    assert (
        classify(MessageText(body="Seit heute kann leider nicht mehr bestellt werden.")).severity
        == "critical"
    )
