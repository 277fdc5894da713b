"""Rule files: shipped as package data, operator overrides by id, one-line errors."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from classifiers import MessageText, RuleFileError, classify, load_rules
from classifiers.rules import SHIPPED_FILES


def test_shipped_rule_files_are_package_resources_for_all_languages() -> None:
    base = resources.files("classifiers") / "rules"
    names = {p.name for p in base.iterdir()}
    assert {"en.toml", "nl.toml", "de.toml", "no.toml", "neutral.toml"} <= names
    rules = load_rules()
    languages = {r.language for r in rules.rules}
    assert {"en", "nl", "de", "no", "neutral"} <= languages
    assert len(SHIPPED_FILES) == 5


def _write(tmp_path: Path, text: str, name: str = "ops.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_toml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    path = _write(tmp_path, 'language = "en"\n[[rule]]\nid = "x"\nphrases = ["a", \n')
    with pytest.raises(RuleFileError) as info:
        load_rules([path])
    message = str(info.value)
    assert message.startswith(f"{path}:")
    assert "\n" not in message
    line = int(message.split(":")[1])
    assert line >= 4


def test_unknown_level_points_at_the_level_line(tmp_path: Path) -> None:
    text = (
        'language = "en"\n\n[[rule]]\nid = "ok"\nlevel = "low"\nphrases = ["a b"]\n\n'
        '[[rule]]\nid = "bad"\nlevel = "catastrophic"\nphrases = ["x y"]\n'
    )
    path = _write(tmp_path, text)
    with pytest.raises(RuleFileError, match=rf"^{path}:10: rule bad: level 'catastrophic'"):
        load_rules([path])


@pytest.mark.parametrize(
    "body, problem",
    [
        ('id = "r"\nlevel = "low"\nregex = ["(unclosed"]\n', "bad regex"),
        ('id = "r"\nlevel = "low"\n', "needs `phrases`, `near` or `regex`"),
        ('id = "r"\nlevel = "low"\nphrases = ["ok"]\nweight = -1\n', "weight must be a positive"),
        ('id = "r"\nlevel = "low"\nphrases = ["ok"]\nfields = ["footer"]\n', "fields must be"),
        ('id = "r"\nlevel = "low"\nphrases = ["ok"]\ncolour = "red"\n', "unknown key 'colour'"),
        ('id = "r"\nlevel = "low"\nnear = [["only one group"]]\n', "near must be two or more"),
        ('level = "low"\nphrases = ["ok"]\n', "rule without an `id`"),
    ],
)
def test_malformed_rule_is_one_line_naming_file_and_line(
    tmp_path: Path, body: str, problem: str
) -> None:
    path = _write(tmp_path, f'language = "en"\n[[rule]]\n{body}')
    with pytest.raises(RuleFileError) as info:
        load_rules([path])
    message = str(info.value)
    assert message.startswith(f"{path}:") and problem in message and "\n" not in message


def test_duplicate_id_in_one_file_is_an_error(tmp_path: Path) -> None:
    text = (
        'language = "en"\n[[rule]]\nid = "a"\nlevel = "low"\nphrases = ["x"]\n'
        '[[rule]]\nid = "a"\nlevel = "low"\nphrases = ["y"]\n'
    )
    with pytest.raises(RuleFileError, match=r":7: duplicate rule id a"):
        load_rules([_write(tmp_path, text)])


def test_missing_rule_file_is_an_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(RuleFileError, match="cannot read rule file"):
        load_rules([tmp_path / "nope.toml"])


def test_operator_switches_a_shipped_rule_off_by_id() -> None:
    msg = MessageText(body="Our website is down.")
    assert any(r.id == "en.site_down" for r in classify(msg).rules)
    rules = load_rules(inline=[{"id": "en.site_down", "enabled": False}])
    assert not any(r.id == "en.site_down" for r in classify(msg, rules).rules)


def test_operator_overrides_a_shipped_rule_by_id_from_a_file(tmp_path: Path) -> None:
    # This agency treats any mention of its intranet as critical.
    path = _write(
        tmp_path,
        'language = "en"\n[[rule]]\nid = "en.minor_bug"\nlevel = "critical"\nweight = 2.0\n'
        'phrases = ["intranet ... error*"]\n',
    )
    rules = load_rules([path])
    assert classify(MessageText(body="The intranet shows errors."), rules).severity == "critical"
    # The replaced rule's old phrases are gone with it.
    assert not any(
        r.id == "en.minor_bug" for r in classify(MessageText(body="small bug"), rules).rules
    )


def test_inline_rule_from_config_adds_a_phrase() -> None:
    rules = load_rules(
        inline=[
            {"id": "ops.kassasysteem", "level": "critical", "weight": 2, "phrases": ["pos down"]}
        ]
    )
    assert classify(MessageText(body="The POS down in every store"), rules).severity == "critical"


def test_inline_rule_error_names_the_config_entry() -> None:
    with pytest.raises(RuleFileError, match=r"config \[\[classifier.rules\]\] #1: .*level"):
        load_rules(inline=[{"id": "x", "level": "meh", "phrases": ["a"]}])


def test_negate_object_without_negate_near_is_an_error_naming_the_key() -> None:
    # negate_object widens negate_near's check to the first near group; alone it did nothing,
    # silently, so a rule written with it alone was not what its author meant
    with pytest.raises(RuleFileError, match=r"`negate_object` needs `negate_near = true`"):
        load_rules(
            inline=[{"id": "x.y", "level": "low", "near": [["a"], ["b"]], "negate_object": True}]
        )


_LOW_ALPHA = 'language = "en"\n[[rule]]\nid = "ops.a"\nlevel = "low"\nphrases = ["alpha"]\n'


def test_the_same_rules_loaded_again_in_one_process_are_not_compiled_again(
    tmp_path: Path,
) -> None:
    # Every app, SIGHUP and check-config loads the rules: seconds of compiling each time.
    assert load_rules() is load_rules([], [])
    inline = [{"id": "ops.pos", "level": "critical", "weight": 2, "phrases": ["pos down"]}]
    assert load_rules(inline=inline) is load_rules(inline=[dict(inline[0])])
    assert load_rules(inline=inline) is not load_rules()
    path = _write(tmp_path, _LOW_ALPHA)
    first = load_rules([path])
    assert load_rules([path]) is first


def test_an_edited_rule_file_is_read_again_not_taken_from_the_process_cache(
    tmp_path: Path,
) -> None:
    path = _write(tmp_path, _LOW_ALPHA)
    before = load_rules([path])
    assert classify(MessageText(body="alpha"), before).severity == "low"
    path.write_text(
        'language = "en"\n[[rule]]\nid = "ops.a"\nlevel = "critical"\nweight = 2.0\n'
        'phrases = ["alpha"]\n',
        encoding="utf-8",
    )
    after = load_rules([path])
    assert after is not before
    assert classify(MessageText(body="alpha"), after).severity == "critical"
    path.write_text('language = "en"\n[[rule]]\nid = "ops.a"\nlevel = "meh"\n', encoding="utf-8")
    with pytest.raises(RuleFileError, match="level"):
        load_rules([path])
