"""Rule files: named word classes (`[classes]`, `@name`) and compound affixes (`*x`, `*x*`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from classifiers import MessageText, RuleFileError, classify, load_rules
from classifiers.rules import parse_rule_file

CLASSES = """\
language = "en"
negation = ["not"]

[classes]
people = ["customers", "members", "patient*"]
fields = ["date* of birth", "phone number*", "@ids"]
ids = ["passport number*", "iban*"]

[[rule]]
id = "x.exposed"
level = "critical"
weight = 2.0
span_commas = true
window = 12
near = [["@people"], ["@fields"], ["visible", "downloadable"]]

[[rule]]
id = "x.list"
level = "urgent"
phrases = ["list of @people", "all @people ... gone"]
"""


def test_a_class_expands_in_near_groups_and_inside_phrases() -> None:
    rules, _lang, _neg = parse_rule_file(CLASSES, "x.toml")
    exposed, listed = rules
    assert "patient*" in exposed.near[0]
    # a class naming another class is flattened
    assert {"date* of birth", "phone number*", "passport number*", "iban*"} <= set(exposed.near[1])
    assert set(listed.phrases) == {
        "list of customers", "list of members", "list of patient*",
        "all customers ... gone", "all members ... gone", "all patient* ... gone",
    }  # fmt: skip


def test_classes_in_a_loaded_file_classify(tmp_path: Path) -> None:
    path = tmp_path / "x.toml"
    path.write_text(CLASSES, encoding="utf-8")
    rs = load_rules([path])
    text = "The patients' passport numbers and IBANs are visible to anyone."
    assert classify(MessageText(body=text), rs).severity == "critical"


@pytest.mark.parametrize(
    ("text", "line", "what"),
    [
        # an unknown class in a rule: the line of the key that uses it
        (
            'language = "en"\n[classes]\na = ["x"]\n[[rule]]\nid = "r"\nlevel = "low"\n'
            'phrases = ["@b y"]\n',
            7,
            "unknown class @b",
        ),
        # an unknown class inside a class: the class's line
        ('language = "en"\n[classes]\na = ["x"]\nb = ["@zz"]\n', 4, "class b: unknown class @zz"),
        # a circle of classes
        ('[classes]\na = ["@b"]\nb = ["@a"]\n', 2, "circular class a -> b -> a"),
        # a bad token in a class member
        ('[classes]\n\nfoo = ["ok", "bad!"]\n', 3, "bad token 'bad!'"),
        # an empty class, a bad name
        ("[classes]\nfoo = []\n", 2, "non-empty list"),
        ('[classes]\nFoo-Bar = ["x"]\n', 2, "class name 'Foo-Bar'"),
        # an affix too short to mean anything
        ('[[rule]]\nid = "r"\nlevel = "low"\nphrases = ["*ab"]\n', 4, "non-word token '*ab'"),
    ],
)
def test_class_errors_name_file_and_line(text: str, line: int, what: str) -> None:
    with pytest.raises(RuleFileError) as err:
        parse_rule_file(text, "ops.toml")
    message = str(err.value)
    assert message.startswith(f"ops.toml:{line}: "), message
    assert what in message, message


def test_an_expansion_beyond_the_limit_is_an_error() -> None:
    many = ", ".join(f'"w{i}"' for i in range(100))
    text = f'[classes]\na = [{many}]\n[[rule]]\nid = "r"\nlevel = "low"\nphrases = ["@a @a"]\n'
    with pytest.raises(RuleFileError, match=r"ops.toml:6: .*expand to 10000"):
        parse_rule_file(text, "ops.toml")


def test_suffix_and_infix_words_match_compounds(tmp_path: Path) -> None:
    path = tmp_path / "x.toml"
    path.write_text(
        'language = "de"\n[[rule]]\nid = "x.gone"\nlevel = "critical"\nweight = 2.0\n'
        'near = [["*konten", "*bestilling*"], ["weg", "borte"]]\n',
        encoding="utf-8",
    )
    rs = load_rules([path])
    for text in ("Alle Teilnehmerkonten sind weg.", "Alle timebestillingene er borte."):
        assert classify(MessageText(body=text), rs).severity == "critical", text
    # a suffix is the end of the word, not its middle
    assert classify(MessageText(body="Die Kontenübersicht ist weg."), rs).severity != "critical"
