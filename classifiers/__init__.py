"""Severity classification: multilingual phrase rules (data files), the new text of a mail,
and the guard against automated mail. Pure functions; no I/O besides reading rule files."""

from classifiers.automated import detect_automated
from classifiers.engine import classify, guess_language
from classifiers.model import LEVELS, Classification, FiredRule, MessageText
from classifiers.quoting import new_text
from classifiers.rules import Rule, RuleFileError, RuleSet, load_rules

__all__ = [
    "LEVELS",
    "Classification",
    "FiredRule",
    "MessageText",
    "Rule",
    "RuleFileError",
    "RuleSet",
    "classify",
    "detect_automated",
    "guess_language",
    "load_rules",
    "new_text",
]
