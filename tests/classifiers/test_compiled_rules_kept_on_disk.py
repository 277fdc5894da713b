"""Compiled rules kept on disk (classifiers/rule_cache.py): read back by the next process,
compiled afresh when anything they are made of changed, never read from a file someone else
could have written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from classifiers import MessageText, classify, load_rules, rule_cache
from classifiers import rules as rules_module
from classifiers.config import ClassifierConfig
from ingest.parse import parse_email

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"


@pytest.fixture
def fresh_process(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Forget the rules this process compiled (as a new process would start), and count
    how often they are compiled."""
    monkeypatch.setattr(rules_module, "_COMPILED", {})
    compiled: list[int] = []
    real = rules_module._compile

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        compiled.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(rules_module, "_compile", counting)
    return compiled


def _forget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rules_module, "_COMPILED", {})


def test_a_second_process_reads_the_compiled_rules_instead_of_compiling(
    tmp_path: Path, fresh_process: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    load_rules([], [], tmp_path)
    assert len(fresh_process) == 1
    assert len(list(tmp_path.glob("rules-*.pickle"))) == 1
    _forget(monkeypatch)
    load_rules([], [], tmp_path)
    assert len(fresh_process) == 1  # read, not compiled


def _corpus_texts() -> list[tuple[Path, MessageText]]:
    texts = []
    for path in sorted(CORPUS.rglob("*.eml")):
        mail = parse_email(path.read_bytes())
        texts.append((path, MessageText(subject=mail.subject or "", body=mail.text)))
    for path in sorted(CORPUS.rglob("transcripts/**/*.txt")):
        transcript = path.read_text(encoding="utf-8")
        texts.append((path, MessageText(subject="", body="", transcript=transcript)))
    return texts


def test_rules_read_back_classify_the_labelled_corpus_as_compiled_ones(
    tmp_path: Path, fresh_process: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    compiled = load_rules([], [], tmp_path)
    _forget(monkeypatch)
    read_back = load_rules([], [], tmp_path)
    assert read_back is not compiled and len(fresh_process) == 1
    texts = _corpus_texts()
    assert len(texts) > 200
    for path, text in texts:
        a, b = classify(text, compiled), classify(text, read_back)
        assert a == b, path


def test_an_edited_rule_file_is_compiled_afresh(
    tmp_path: Path, fresh_process: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    ops = tmp_path / "ops.toml"
    ops.write_text('language = "en"\n[[rule]]\nid = "ops.a"\nlevel = "low"\nphrases = ["zebra"]\n')
    cache = tmp_path / "cache"
    load_rules([ops], [], cache)
    ops.write_text('language = "en"\n[[rule]]\nid = "ops.a"\nlevel = "low"\nphrases = ["okapi"]\n')
    _forget(monkeypatch)
    rules = load_rules([ops], [], cache)
    assert len(fresh_process) == 2
    assert classify(MessageText(subject="", body="an okapi"), rules).rules[0].id == "ops.a"


def test_inline_rules_are_part_of_what_is_kept(
    tmp_path: Path, fresh_process: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    inline = [{"id": "ops.b", "level": "low", "language": "en", "phrases": ["quokka"]}]
    load_rules([], [], tmp_path)
    _forget(monkeypatch)
    rules = load_rules([], inline, tmp_path)
    assert len(fresh_process) == 2
    assert classify(MessageText(subject="", body="a quokka"), rules).rules[0].id == "ops.b"


def test_a_damaged_file_is_compiled_afresh_and_replaced(
    tmp_path: Path, fresh_process: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    load_rules([], [], tmp_path)
    (kept,) = tmp_path.glob("rules-*.pickle")
    kept.write_bytes(kept.read_bytes()[:1000])  # a write cut short
    _forget(monkeypatch)
    load_rules([], [], tmp_path)
    assert len(fresh_process) == 2
    _forget(monkeypatch)
    load_rules([], [], tmp_path)
    assert len(fresh_process) == 2  # the replacement is read


def test_a_file_others_may_write_is_never_read(
    tmp_path: Path, fresh_process: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    load_rules([], [], tmp_path)
    (kept,) = tmp_path.glob("rules-*.pickle")
    os.chmod(kept, 0o666)  # anyone could have put code in it: a pickle runs code when read
    _forget(monkeypatch)
    load_rules([], [], tmp_path)
    assert len(fresh_process) == 2


def test_a_directory_others_may_write_is_neither_read_nor_written(
    tmp_path: Path, fresh_process: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o777)
    load_rules([], [], shared)
    assert list(shared.iterdir()) == []
    _forget(monkeypatch)
    load_rules([], [], shared)
    assert len(fresh_process) == 2


def test_a_cache_that_cannot_be_written_only_costs_the_compile(
    tmp_path: Path, fresh_process: list[int]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    rules = load_rules([], [], blocker / "cache")
    assert len(fresh_process) == 1 and rules.rules


def test_only_the_most_recently_used_files_are_kept(tmp_path: Path) -> None:
    for n in range(rule_cache.KEEP):
        rule_cache.write(tmp_path, f"key{n}", {"n": n})
        os.utime(tmp_path / f"rules-key{n}.pickle", (1_000_000 + n, 1_000_000 + n))
    rule_cache.read(tmp_path, "key0")  # used again: kept
    rule_cache.write(tmp_path, "newest", {"n": -1})
    kept = {p.name for p in tmp_path.glob("rules-*.pickle")}
    assert len(kept) == rule_cache.KEEP
    assert {"rules-newest.pickle", "rules-key0.pickle"} <= kept
    assert "rules-key1.pickle" not in kept


def test_the_cache_directory_follows_systemd_then_xdg_then_home(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("CACHE_DIRECTORY", "/var/cache/frontdesk")
    monkeypatch.setenv("XDG_CACHE_HOME", "/x")
    assert rule_cache.default_directory() == Path("/var/cache/frontdesk")
    monkeypatch.delenv("CACHE_DIRECTORY")
    assert rule_cache.default_directory() == Path("/x/frontdesk")
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert rule_cache.default_directory() == tmp_path / ".cache" / "frontdesk"


def test_the_config_can_turn_the_cache_off_or_name_its_directory(tmp_path: Path) -> None:
    assert ClassifierConfig(compiled_cache=False).compiled_cache_path() is None
    assert ClassifierConfig(compiled_cache_dir=tmp_path).compiled_cache_path() == tmp_path
