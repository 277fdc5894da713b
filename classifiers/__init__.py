"""Severity classification: multilingual phrase rules (data files), the new text of a mail,
and the guard against automated mail. Pure functions; no I/O besides reading rule files."""

# The names below are imported on first use (PEP 562), not with the package: importing
# `classifiers.config` for the settings then costs no SQLAlchemy, rule engine or channels, and
# `frontdesk serve` can spawn its worker processes before it loads the rest.
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from classifiers.automated import detect_automated
    from classifiers.engine import classify
    from classifiers.model import LEVELS, Classification, FiredRule, MessageText
    from classifiers.quoting import new_text
    from classifiers.rules import Rule, RuleFileError, RuleSet, load_rules
    from classifiers.words import guess_language

_WHERE = {
    "detect_automated": "classifiers.automated",
    "classify": "classifiers.engine",
    "guess_language": "classifiers.words",
    "LEVELS": "classifiers.model",
    "Classification": "classifiers.model",
    "FiredRule": "classifiers.model",
    "MessageText": "classifiers.model",
    "new_text": "classifiers.quoting",
    "Rule": "classifiers.rules",
    "RuleFileError": "classifiers.rules",
    "RuleSet": "classifiers.rules",
    "load_rules": "classifiers.rules",
}

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


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # found in the module's dict from now on, without this call
    return value
